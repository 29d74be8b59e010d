package org.reclaim.io.geojson;

import java.io.InputStream;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Geometry;
import org.reclaim.io.ImportFormat;
import org.reclaim.io.ImportOptions;
import org.reclaim.io.ImportReport;
import org.reclaim.io.crs.CrsTransform;
import org.reclaim.io.crs.UnknownCrsException;
import org.reclaim.io.layer.GeometryRule;
import org.reclaim.io.layer.IssueCollector;
import org.reclaim.io.layer.LayerMapper;
import org.reclaim.io.layer.RecordPipeline;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a layer from an RFC 7946 GeoJSON FeatureCollection (or a single Feature), streaming with
 * Jackson: the features array is read one feature at a time, so a large file is never held whole.
 * Record numbers are 1-based feature numbers.
 *
 * <p>CRS: RFC 7946 GeoJSON is WGS84 lon/lat. A legacy (2008) {@code crs} member naming another CRS
 * ({@code {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::3857"}}}) is honoured and
 * the coordinates reprojected; it must come before {@code features}, as GDAL and QGIS write it. A
 * CRS that is not recognised rejects the file with one issue on field {@code crs}. Without a {@code
 * crs} member, {@link ImportOptions#crs()} applies.
 *
 * <p>Thread safe: each call works on its own state.
 */
public final class GeoJsonLayerReader {
  /** Deepest nesting of a GeoJSON file (a MultiPolygon's coordinates are 6 levels down). */
  public static final int MAX_DEPTH = 64;

  /** Longest single string value (a property), characters. */
  public static final int MAX_STRING_LENGTH = 10_000_000;

  /**
   * Reads one feature tree at a time from a stream that goes on after it, within {@link #MAX_DEPTH}
   * and {@link #MAX_STRING_LENGTH}: a deeper or longer one is refused as unreadable, the limit
   * named, before it can exhaust the server.
   */
  private static final ObjectMapper JSON =
      JsonMapper.builder(
              tools.jackson.core.json.JsonFactory.builder()
                  .streamReadConstraints(
                      tools.jackson.core.StreamReadConstraints.builder()
                          .maxNestingDepth(MAX_DEPTH)
                          .maxStringLength(MAX_STRING_LENGTH)
                          .build())
                  .build())
          .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  private GeoJsonLayerReader() {}

  /**
   * Reads every feature of {@code in} (not closed) into {@code sink}, while the file has no issue.
   *
   * @return the report; when it lists issues everything the sink received must be discarded
   */
  public static <T> ImportReport read(
      LayerMapper<T> mapper,
      InputStream in,
      String fileName,
      ImportOptions options,
      Consumer<? super T> sink) {
    return new Run<>(mapper, options, sink).read(in, fileName);
  }

  private static final class Run<T> {
    private final long start = System.nanoTime();
    private final LayerMapper<T> mapper;
    private final ImportOptions options;
    private final IssueCollector issues;
    private final RecordPipeline<T> pipeline;
    private final FeatureFields fields = new FeatureFields();
    private final Set<String> ignored = new TreeSet<>();
    private final Set<String> known;
    private CrsTransform crs = CrsTransform.wgs84();
    private boolean featuresSeen;
    private int recordsRead;

    Run(LayerMapper<T> mapper, ImportOptions options, Consumer<? super T> sink) {
      this.mapper = mapper;
      this.options = options;
      this.issues = new IssueCollector(ImportFormat.GEOJSON, options.maxIssues());
      this.pipeline = new RecordPipeline<>(mapper, options, issues, sink);
      this.known = Set.copyOf(mapper.columns());
    }

    ImportReport read(InputStream in, String fileName) {
      if (options.crs() == null || useCrs(options.crs())) {
        try (JsonParser p = JSON.createParser(in)) {
          readRoot(p);
        } catch (JacksonException e) {
          TokenStreamLocation at = e.getLocation();
          String where =
              at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
          issues.add(0, "(file)", "malformed JSON" + where + ": " + e.getOriginalMessage());
        }
      }
      return issues.toReport(
          mapper.layer(),
          fileName,
          recordsRead,
          ignored,
          Duration.ofNanos(System.nanoTime() - start));
    }

    private void readRoot(JsonParser p) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        issues.add(0, "(file)", "expected a GeoJSON FeatureCollection object");
        return;
      }
      ObjectNode root = JSON.createObjectNode();
      while (p.nextToken() == JsonToken.PROPERTY_NAME) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        if (name.equals("features") && value == JsonToken.START_ARRAY) {
          featuresSeen = true;
          while (p.nextToken() != JsonToken.END_ARRAY) {
            feature(JSON.readTree(p));
          }
        } else if (name.equals("crs")) {
          if (!declaredCrs(JSON.readTree(p))) {
            return;
          }
        } else {
          root.set(name, JSON.readTree(p));
        }
      }
      if (!featuresSeen) {
        String type = root.path("type").asString("");
        if (type.equals("Feature")) {
          feature(root);
        } else {
          issues.add(
              0,
              "(file)",
              "expected a FeatureCollection with a 'features' array, found type '" + type + "'");
        }
      }
    }

    /** Applies a legacy crs member; false when the file must be rejected. */
    private boolean declaredCrs(JsonNode member) {
      if (member.isNull()) {
        return true;
      }
      String type = member.path("type").asString("");
      JsonNode props = member.path("properties");
      String name =
          switch (type) {
            case "name" -> props.path("name").asString("");
            case "EPSG" -> "EPSG:" + props.path("code").asString("");
            default -> "";
          };
      if (name.isEmpty()) {
        issues.add(
            0,
            "crs",
            "unsupported crs member " + member + "; name the CRS, e.g. urn:ogc:def:crs:EPSG::3857");
        return false;
      }
      boolean before = featuresSeen;
      if (!useCrs(name)) {
        return false;
      }
      if (before && !crs.isIdentity()) {
        issues.add(
            0,
            "crs",
            "the crs member ("
                + name
                + ") comes after the features; move it before 'features' so that coordinates"
                + " are reprojected while reading");
        return false;
      }
      return true;
    }

    private boolean useCrs(String name) {
      try {
        crs = CrsTransform.from(name);
        return true;
      } catch (UnknownCrsException e) {
        issues.add(0, "crs", e.getMessage());
        return false;
      }
    }

    private void feature(@Nullable JsonNode feature) {
      int number = ++recordsRead;
      if (feature == null
          || !feature.isObject()
          || !feature.path("type").asString("").equals("Feature")) {
        issues.add(number, "type", "expected a GeoJSON object of type 'Feature'");
        return;
      }
      JsonNode properties = feature.path("properties");
      fields.reset(properties.isObject() ? properties : JSON.createObjectNode());
      for (String name : fields.names()) {
        if (!known.contains(name)) {
          ignored.add(name);
        }
      }
      boolean reported = false;
      Geometry geometry = null;
      JsonNode json = feature.path("geometry");
      if (mapper.geometryRule() != GeometryRule.NONE && !json.isNull() && !json.isMissingNode()) {
        geometry = geometry(number, json);
        reported = geometry == null;
      }
      pipeline.accept(number, fields, geometry, reported);
    }

    private @Nullable Geometry geometry(int number, JsonNode json) {
      try {
        return crs.toWgs84(GeoJsonGeometryBuilder.build(json));
      } catch (GeoJsonGeometryBuilder.MalformedGeometryException e) {
        issues.add(number, "geometry", e.getMessage());
      } catch (RuntimeException e) { // proj4j projection errors, JTS construction errors
        issues.add(number, "geometry", "cannot build or transform geometry: " + e.getMessage());
      }
      return null;
    }
  }
}
