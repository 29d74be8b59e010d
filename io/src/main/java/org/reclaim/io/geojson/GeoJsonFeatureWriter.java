package org.reclaim.io.geojson;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.geojson.GeoJsonWriter;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one GeoJSON (RFC 7946) writer of Reclaim: the API's features, the layer exports and the
 * ranking exports all go through it, so a feature reads the same wherever it comes from.
 *
 * <p>A FeatureCollection is streamed: {@link #collection} writes the head (its {@code type} and any
 * foreign members, e.g. OGC API paging), {@link #write} one Feature at a time, {@link #close} the
 * tail. Property values are written by type: {@code null}; whole numbers ({@code Integer}, {@code
 * Long}) and other numbers as JSON numbers; {@code Boolean}; enums by name; {@code LocalDate} as
 * ISO 8601; anything else as its text. Geometry is WGS84 lon/lat ({@code null} for none), with
 * {@code decimals} digits after the point (9 ≈ 0.1 mm for maps; 16 so that every double reads back
 * as itself, for exports that import back).
 *
 * <p>Not thread safe: one writer per output.
 */
public final class GeoJsonFeatureWriter implements AutoCloseable {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** Digits after the point for maps and the API: about 0.1 mm. */
  public static final int MAP_DECIMALS = 9;

  /** Digits after the point that let every coordinate read back as the same double. */
  public static final int EXACT_DECIMALS = 16;

  private final JsonGenerator g;
  private final GeoJsonWriter geometry;

  private GeoJsonFeatureWriter(OutputStream out, int decimals) {
    this.g = JSON.createGenerator(out);
    this.geometry = new GeoJsonWriter(decimals);
    this.geometry.setEncodeCRS(false);
  }

  /**
   * Starts a FeatureCollection on {@code out} (closed by {@link #close}).
   *
   * @param members foreign members written before {@code features}, in iteration order (e.g. {@code
   *     numberMatched}, {@code links}); values are written as JSON by their type
   */
  public static GeoJsonFeatureWriter collection(
      OutputStream out, int decimals, Map<String, ?> members) {
    GeoJsonFeatureWriter w = new GeoJsonFeatureWriter(out, decimals);
    w.g.writeStartObject();
    w.g.writeStringProperty("type", "FeatureCollection");
    members.forEach(
        (name, value) -> {
          w.g.writeName(name);
          w.g.writePOJO(value);
        });
    w.g.writeName("features");
    w.g.writeStartArray();
    return w;
  }

  /**
   * Writes one Feature of the collection.
   *
   * @param id the feature's {@code id} member, or {@code null} for none
   * @param properties its properties in iteration order
   * @param geometry WGS84 geometry, or {@code null}
   */
  public void write(Long id, Map<String, ?> properties, Geometry geometry) {
    feature(id, properties, geometry, Map.of());
  }

  /** Writes one Feature of the collection. */
  public void write(Feature feature) {
    write(feature.id(), feature.properties(), feature.geometry());
  }

  private void feature(
      Long id, Map<String, ?> properties, Geometry geom, Map<String, ?> foreignMembers) {
    g.writeStartObject();
    g.writeStringProperty("type", "Feature");
    if (id != null) {
      g.writeNumberProperty("id", id);
    }
    g.writeName("properties");
    g.writeStartObject();
    properties.forEach(
        (name, value) -> {
          g.writeName(name);
          writeValue(value);
        });
    g.writeEndObject();
    g.writeName("geometry");
    if (geom == null) {
      g.writeNull();
    } else {
      g.writeRawValue(geometry.write(geom));
    }
    foreignMembers.forEach(
        (name, value) -> {
          g.writeName(name);
          g.writePOJO(value);
        });
    g.writeEndObject();
  }

  private void writeValue(Object value) {
    switch (value) {
      case null -> g.writeNull();
      case Integer i -> g.writeNumber(i);
      case Long l -> g.writeNumber(l);
      case Number n -> g.writeNumber(n.doubleValue());
      case Boolean b -> g.writeBoolean(b);
      case Enum<?> e -> g.writeString(e.name());
      case LocalDate d -> g.writeString(d.toString());
      default -> g.writeString(value.toString());
    }
  }

  /** Ends the collection and closes the output. */
  @Override
  public void close() {
    g.writeEndArray();
    g.writeEndObject();
    g.close();
  }

  /**
   * One Feature as a document of its own.
   *
   * @param foreignMembers members added after {@code geometry} (RFC 7946 §6.1), e.g. the live
   *     ranking's answer to an evidence report
   */
  public static byte[] feature(
      Long id,
      Map<String, ?> properties,
      Geometry geometry,
      int decimals,
      Map<String, ?> foreignMembers) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
    GeoJsonFeatureWriter w = new GeoJsonFeatureWriter(out, decimals);
    w.feature(id, properties, geometry, foreignMembers);
    w.g.close();
    return out.toByteArray();
  }

  /** One Feature as a document of its own, with foreign members after {@code geometry}. */
  public static byte[] feature(Feature feature, int decimals, Map<String, ?> foreignMembers) {
    return feature(
        feature.id(), feature.properties(), feature.geometry(), decimals, foreignMembers);
  }
}
