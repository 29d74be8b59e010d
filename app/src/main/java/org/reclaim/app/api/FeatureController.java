package org.reclaim.app.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.reclaim.app.register.FeatureService;
import org.reclaim.app.security.Caller;
import org.reclaim.app.security.Role;
import org.reclaim.io.Layer;
import org.reclaim.io.geojson.GeoJsonFeatureWriter;
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

  private final FeatureService features;

  FeatureController(FeatureService features) {
    this.features = features;
  }

  @Operation(summary = "List records of a layer, optionally within a lon/lat bounding box")
  @ApiResponse(
      responseCode = "200",
      content =
          @Content(
              mediaType = "application/geo+json",
              schema = @Schema(implementation = GeoJsonDocs.FeatureCollection.class)))
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
          Map<String, String> params,
      Principal user) {
    Layer l = addressable(layer);
    Map<String, String> equal = new TreeMap<>(params);
    equal.keySet().removeAll(List.of("bbox", "offset", "limit", "zoom"));
    ownOrganisation(l, user).ifPresent(org -> equal.put("operator_id", String.valueOf(org)));
    for (String name : equal.keySet()) {
      if (!features.filterableProperties(l).contains(name)) {
        throw new RequestFieldException(name, "is not a property of " + layer + " to filter on");
      }
    }
    if (offset < 0) {
      throw new RequestFieldException("offset", "must be >= 0, was " + offset);
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new RequestFieldException(
          "limit", "must be between 1 and " + MAX_LIMIT + ", was " + limit);
    }
    UnaryOperator<Geometry> drawn =
        zoom == null ? UnaryOperator.identity() : MapGeneralisation.forZoom(zoom);
    FeatureService.Page page =
        features.list(l, bbox == null ? null : parseBbox(bbox), equal, offset, limit, drawn);
    int returned = page.features().size();
    Map<String, Object> members = new LinkedHashMap<>();
    members.put("numberMatched", page.matched());
    members.put("numberReturned", returned);
    members.put("offset", offset);
    if (offset + returned < page.matched()) {
      members.put(
          "links",
          List.of(
              Map.of(
                  "rel", "next", "href", next(layer, bbox, zoom, equal, offset, returned, limit))));
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(256 + returned * 512);
    try (GeoJsonFeatureWriter w =
        GeoJsonFeatureWriter.collection(out, GeoJsonFeatureWriter.MAP_DECIMALS, members)) {
      page.features().forEach(w::write);
    }
    return ResponseEntity.ok().contentType(GEO_JSON).body(out.toByteArray());
  }

  private static String next(
      String layer,
      String bbox,
      Integer zoom,
      Map<String, String> equal,
      long offset,
      int returned,
      int limit) {
    StringBuilder next = new StringBuilder("/api/v1/").append(layer);
    next.append("?offset=").append(offset + returned).append("&limit=").append(limit);
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
    return next.toString();
  }

  @Operation(summary = "Get one record; its ETag is the version to send back in If-Match")
  @ApiResponse(
      responseCode = "200",
      content =
          @Content(
              mediaType = "application/geo+json",
              schema = @Schema(implementation = GeoJsonDocs.Feature.class)))
  @GetMapping("/{layer}/{id}")
  ResponseEntity<byte[]> get(@PathVariable String layer, @PathVariable long id, Principal user) {
    Layer l = addressable(layer);
    FeatureService.Stored s = features.get(l, id);
    java.util.OptionalLong org = ownOrganisation(l, user);
    if (org.isPresent()
        && !String.valueOf(org.getAsLong())
            .equals(String.valueOf(s.feature().properties().get("operator_id")))) {
      throw new org.springframework.security.access.AccessDeniedException(
          layer + " " + id + " belongs to another operator");
    }
    return respond(HttpStatus.OK, s);
  }

  /**
   * For an operator's field manager reading the own organisation's staff or EORE sessions: that
   * organisation (0 for an account without one: it sees none). Empty for other roles and layers.
   */
  private static java.util.OptionalLong ownOrganisation(Layer layer, Principal user) {
    Caller caller = Caller.of(user);
    if (!caller.is(Role.OPERATOR) || (layer != Layer.PERSONNEL && layer != Layer.EORE_SESSIONS)) {
      return java.util.OptionalLong.empty();
    }
    return java.util.OptionalLong.of(caller.organisation().orElse(0));
  }

  @Operation(
      summary =
          "Create a record from a GeoJSON Feature; checked as an import is. For an evidence report"
              + " the answer carries the live ranking's moves as the member 'ranking'.")
  @ApiResponse(
      responseCode = "201",
      content =
          @Content(
              mediaType = "application/geo+json",
              schema = @Schema(implementation = GeoJsonDocs.Feature.class)))
  @PostMapping(
      value = "/{layer}",
      consumes = {"application/geo+json", "application/json"})
  ResponseEntity<byte[]> create(
      @PathVariable String layer,
      @RequestBody @Schema(implementation = GeoJsonDocs.Feature.class) byte[] feature,
      Principal user) {
    FeatureService.Stored s = features.create(addressable(layer), feature, user.getName());
    return ResponseEntity.created(URI.create("/api/v1/" + layer + "/" + s.feature().id()))
        .eTag("\"" + s.version() + "\"")
        .contentType(GEO_JSON)
        .body(body(s));
  }

  @Operation(summary = "Replace a record; If-Match must name its current version")
  @ApiResponse(
      responseCode = "200",
      content =
          @Content(
              mediaType = "application/geo+json",
              schema = @Schema(implementation = GeoJsonDocs.Feature.class)))
  @PutMapping(
      value = "/{layer}/{id}",
      consumes = {"application/geo+json", "application/json"})
  ResponseEntity<byte[]> update(
      @PathVariable String layer,
      @PathVariable long id,
      @RequestHeader(value = "If-Match", required = false) String ifMatch,
      @RequestBody @Schema(implementation = GeoJsonDocs.Feature.class) byte[] feature,
      Principal user) {
    Layer l = addressable(layer);
    long version = version(ifMatch);
    return respond(HttpStatus.OK, features.update(l, id, version, feature, user.getName()));
  }

  @Operation(summary = "Delete a record; If-Match must name its current version")
  @DeleteMapping("/{layer}/{id}")
  ResponseEntity<Void> delete(
      @PathVariable String layer,
      @PathVariable long id,
      @RequestHeader(value = "If-Match", required = false) String ifMatch,
      Principal user) {
    features.delete(addressable(layer), id, version(ifMatch), user.getName());
    return ResponseEntity.noContent().build();
  }

  private static ResponseEntity<byte[]> respond(HttpStatus status, FeatureService.Stored s) {
    return ResponseEntity.status(status)
        .eTag("\"" + s.version() + "\"")
        .contentType(GEO_JSON)
        .body(body(s));
  }

  /**
   * The feature; for an evidence report the live ranking's answer is added as the foreign member
   * {@code ranking} (RFC 7946 §6.1): the run it follows, and the new rank of every area within the
   * report's reach.
   */
  private static byte[] body(FeatureService.Stored s) {
    Map<String, Object> foreign = new LinkedHashMap<>();
    s.ranking().ifPresent(u -> foreign.put("ranking", u));
    return GeoJsonFeatureWriter.feature(s.feature(), GeoJsonFeatureWriter.MAP_DECIMALS, foreign);
  }

  private Layer addressable(String layer) {
    Layer l = ImportController.layerOf(layer);
    if (!features.isAddressable(l)) {
      throw new UnknownLayerException(layer + " records are served with their areas, not alone");
    }
    return l;
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
      if (!Double.isFinite(v[i])) {
        throw new RequestFieldException("bbox", "'" + parts[i] + "' is not a finite number");
      }
    }
    if (v[0] > v[2] || v[1] > v[3] || v[0] < -180 || v[2] > 180 || v[1] < -90 || v[3] > 90) {
      throw new RequestFieldException(
          "bbox", "must be minLon,minLat,maxLon,maxLat within lon/lat ranges, was " + bbox);
    }
    return new Envelope(v[0], v[2], v[1], v[3]);
  }
}
