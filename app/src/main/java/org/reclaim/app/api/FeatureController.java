package org.reclaim.app.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.reclaim.app.prioritise.PrioritisationService;
import org.reclaim.app.register.ImportService;
import org.reclaim.app.register.LayerCatalog;
import org.reclaim.domain.evidence.Evidence;
import org.reclaim.io.ImportResult;
import org.reclaim.io.Layer;
import org.reclaim.store.ReclaimStore;
import org.reclaim.store.Versioned;
import org.reclaim.store.jdbc.Column;
import org.reclaim.store.jdbc.JdbcRepository;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The register's records as GeoJSON features, one collection per layer ({@code hazardous-areas},
 * {@code evidence}, {@code settlements}, …): list with bounding box and paging, get, create, update
 * and delete. Updates and deletes need {@code If-Match} with the version from the record's ETag, so
 * concurrent edits never silently overwrite each other.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Features", description = "Records of the register as GeoJSON features")
class FeatureController {
  static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");
  static final int MAX_LIMIT = 5_000;

  private final LayerCatalog catalog;
  private final ImportService imports;
  private final PrioritisationService prioritisation;

  FeatureController(ReclaimStore store, PrioritisationService prioritisation) {
    this.catalog = new LayerCatalog(store);
    this.imports = new ImportService(store);
    this.prioritisation = prioritisation;
  }

  @Operation(summary = "List records of a layer, optionally within a lon/lat bounding box")
  @GetMapping("/{layer}")
  ResponseEntity<byte[]> list(
      @PathVariable @Parameter(example = "hazardous-areas") String layer,
      @RequestParam(required = false)
          @Parameter(description = "minLon,minLat,maxLon,maxLat", example = "36.0,49.5,37.0,50.5")
          String bbox,
      @RequestParam(defaultValue = "0") long offset,
      @RequestParam(defaultValue = "500") int limit,
      @RequestParam(required = false)
          @Parameter(
              description =
                  "Web map zoom level (0-22): geometries generalised for drawing at that zoom"
                      + " (simplified to one pixel; smaller than 3 pixels: a point)")
          Integer zoom,
      @RequestParam
          @Parameter(
              description =
                  "Other parameters filter by equal column values,"
                      + " e.g. status=CONFIRMED or level=OBLAST")
          Map<String, String> params) {
    JdbcRepository<?> repo = repository(layer);
    Map<String, String> equal = new TreeMap<>(params);
    equal.keySet().removeAll(List.of("bbox", "offset", "limit", "zoom"));
    for (String name : equal.keySet()) {
      boolean known =
          repo.mapping().columns().stream()
              .anyMatch(c -> c.name().equals(name) && c.type() != Column.ColumnType.GEOMETRY);
      if (!known) {
        throw new RequestFieldException(name, "is not a property of " + layer + " to filter on");
      }
    }
    return ResponseEntity.ok()
        .contentType(GEO_JSON)
        .body(page(repo, layer, bbox, equal, offset, limit, zoom));
  }

  private <T> byte[] page(
      JdbcRepository<T> repo,
      String layer,
      String bbox,
      Map<String, String> equal,
      long offset,
      int limit,
      Integer zoom) {
    UnaryOperator<Geometry> drawn =
        zoom == null ? UnaryOperator.identity() : MapGeneralisation.forZoom(zoom);
    if (offset < 0) {
      throw new RequestFieldException("offset", "must be >= 0, was " + offset);
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new RequestFieldException(
          "limit", "must be between 1 and " + MAX_LIMIT + ", was " + limit);
    }
    JdbcRepository.Filter filter =
        new JdbcRepository.Filter(equal, bbox == null ? null : parseBbox(bbox));
    List<Versioned<T>> records = repo.list(filter, offset, limit);
    // A page that is not full (and not past the end) holds the last record: no count needed.
    long matched =
        records.size() < limit && (offset == 0 || !records.isEmpty())
            ? offset + records.size()
            : repo.count(filter);
    StringBuilder next = new StringBuilder("/api/v1/").append(layer);
    next.append("?offset=").append(offset + records.size()).append("&limit=").append(limit);
    if (bbox != null) {
      next.append("&bbox=").append(bbox);
    }
    if (zoom != null) {
      next.append("&zoom=").append(zoom);
    }
    equal.forEach(
        (k, v) ->
            next.append('&')
                .append(k)
                .append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
    return FeatureWriter.collection(
        repo.mapping(),
        records,
        matched,
        offset,
        offset + records.size() < matched ? next.toString() : null,
        drawn);
  }

  @Operation(summary = "Get one record; its ETag is the version to send back in If-Match")
  @GetMapping("/{layer}/{id}")
  ResponseEntity<byte[]> get(@PathVariable String layer, @PathVariable long id) {
    return single(repository(layer), id, HttpStatus.OK);
  }

  private <T> ResponseEntity<byte[]> single(JdbcRepository<T> repo, long id, HttpStatus status) {
    Versioned<T> v = repo.getById(id);
    return ResponseEntity.status(status)
        .eTag("\"" + v.version() + "\"")
        .contentType(GEO_JSON)
        .body(FeatureWriter.single(repo.mapping(), v));
  }

  @Operation(summary = "Create a record from a GeoJSON Feature; checked as an import is")
  @PostMapping(
      value = "/{layer}",
      consumes = {"application/geo+json", "application/json"})
  ResponseEntity<byte[]> create(
      @PathVariable String layer, @RequestBody byte[] feature, Principal user) {
    Layer l = ImportController.layerOf(layer);
    JdbcRepository<?> repo = repository(layer);
    long id = imports.allocateId(l);
    Object record = parse(l, feature, id, false);
    insert(repo, record, user.getName());
    ResponseEntity<byte[]> body = single(repo, id, HttpStatus.CREATED);
    return ResponseEntity.created(URI.create("/api/v1/" + layer + "/" + id))
        .eTag(body.getHeaders().getETag())
        .contentType(GEO_JSON)
        .body(withRanking(record, body.getBody()));
  }

  @Operation(summary = "Replace a record; If-Match must name its current version")
  @PutMapping(
      value = "/{layer}/{id}",
      consumes = {"application/geo+json", "application/json"})
  ResponseEntity<byte[]> update(
      @PathVariable String layer,
      @PathVariable long id,
      @RequestHeader(value = "If-Match", required = false) String ifMatch,
      @RequestBody byte[] feature,
      Principal user) {
    Layer l = ImportController.layerOf(layer);
    JdbcRepository<?> repo = repository(layer);
    repo.getById(id);
    long version = version(ifMatch);
    Object record = parse(l, feature, id, true);
    imports.update(l, record, version, user.getName());
    ResponseEntity<byte[]> body = single(repo, id, HttpStatus.OK);
    return ResponseEntity.ok()
        .eTag(body.getHeaders().getETag())
        .contentType(GEO_JSON)
        .body(withRanking(record, body.getBody()));
  }

  @Operation(summary = "Delete a record; If-Match must name its current version")
  @DeleteMapping("/{layer}/{id}")
  ResponseEntity<Void> delete(
      @PathVariable String layer,
      @PathVariable long id,
      @RequestHeader(value = "If-Match", required = false) String ifMatch,
      Principal user) {
    repository(layer).delete(id, version(ifMatch), user.getName());
    return ResponseEntity.noContent().build();
  }

  /**
   * For an evidence report: updates the live ranking and adds its answer to the feature as the
   * foreign member {@code ranking} (RFC 7946 §6.1): the run it follows, and the new rank of every
   * area within the report's reach. Other records pass unchanged.
   */
  private byte[] withRanking(Object record, byte[] feature) {
    if (!(record instanceof Evidence evidence)) {
      return feature;
    }
    return prioritisation
        .evidenceChanged(evidence)
        .map(u -> FeatureWriter.withMember(feature, "ranking", u))
        .orElse(feature);
  }

  private Object parse(Layer layer, byte[] feature, long id, boolean replacing) {
    ImportResult<?> result = imports.readFeature(layer, feature, id, replacing);
    if (!result.report().ok()) {
      throw new RecordRejectedException(result.report());
    }
    return result.records().get(0);
  }

  @SuppressWarnings("unchecked")
  private static <T> void insert(JdbcRepository<T> repo, Object record, String actor) {
    repo.insert((T) record, actor);
  }

  private JdbcRepository<?> repository(String layer) {
    Layer l = ImportController.layerOf(layer);
    if (!catalog.isAddressable(l)) {
      throw new UnknownLayerException(layer + " records are served with their areas, not alone");
    }
    return catalog.repository(l);
  }

  static long version(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank()) {
      throw new PreconditionRequiredException();
    }
    String v = ifMatch.strip().replace("W/", "").replace("\"", "");
    try {
      return Long.parseLong(v);
    } catch (NumberFormatException e) {
      throw new RequestFieldException(
          "If-Match", "must be a version such as \"3\", was " + ifMatch);
    }
  }

  static Envelope parseBbox(String bbox) {
    String[] parts = bbox.split(",");
    if (parts.length != 4) {
      throw new RequestFieldException("bbox", "must be minLon,minLat,maxLon,maxLat, was " + bbox);
    }
    double[] v = new double[4];
    for (int i = 0; i < 4; i++) {
      try {
        v[i] = Double.parseDouble(parts[i].strip());
      } catch (NumberFormatException e) {
        throw new RequestFieldException("bbox", "'" + parts[i] + "' is not a number");
      }
    }
    if (v[0] > v[2] || v[1] > v[3] || v[0] < -180 || v[2] > 180 || v[1] < -90 || v[3] > 90) {
      throw new RequestFieldException(
          "bbox", "must be minLon,minLat,maxLon,maxLat within lon/lat ranges, was " + bbox);
    }
    return new Envelope(v[0], v[2], v[1], v[3]);
  }
}
