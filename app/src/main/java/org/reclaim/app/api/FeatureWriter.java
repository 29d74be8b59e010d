package org.reclaim.app.api;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.function.UnaryOperator;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.geojson.GeoJsonWriter;
import org.reclaim.store.Versioned;
import org.reclaim.store.jdbc.Column;
import org.reclaim.store.jdbc.TableMapping;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes stored records as GeoJSON (RFC 7946) features: the mapping's columns become properties
 * (enums by name, dates ISO 8601), the geometry column becomes the feature's geometry, and the
 * record's version is a property {@code version} (also sent as the ETag of a single feature).
 *
 * <p>Thread safe: a GeoJSON writer per thread.
 */
final class FeatureWriter {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final ThreadLocal<GeoJsonWriter> GEOJSON =
      ThreadLocal.withInitial(
          () -> {
            GeoJsonWriter w = new GeoJsonWriter(9);
            w.setEncodeCRS(false);
            return w;
          });

  private FeatureWriter() {}

  /** A FeatureCollection with paging members after OGC API - Features. */
  static <T> byte[] collection(
      TableMapping<T> mapping, List<Versioned<T>> page, long matched, long offset, String next) {
    return collection(mapping, page, matched, offset, next, UnaryOperator.identity());
  }

  /**
   * A FeatureCollection with paging members, each geometry passed through {@code drawn} (e.g. a
   * {@link MapGeneralisation}) before it is written.
   */
  static <T> byte[] collection(
      TableMapping<T> mapping,
      List<Versioned<T>> page,
      long matched,
      long offset,
      String next,
      UnaryOperator<Geometry> drawn) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256 + page.size() * 512);
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.writeStartObject();
      g.writeStringProperty("type", "FeatureCollection");
      g.writeNumberProperty("numberMatched", matched);
      g.writeNumberProperty("numberReturned", page.size());
      g.writeNumberProperty("offset", offset);
      if (next != null) {
        g.writeName("links");
        g.writeStartArray();
        g.writeStartObject();
        g.writeStringProperty("rel", "next");
        g.writeStringProperty("href", next);
        g.writeEndObject();
        g.writeEndArray();
      }
      g.writeName("features");
      g.writeStartArray();
      for (Versioned<T> v : page) {
        feature(g, mapping, v, drawn);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    return out.toByteArray();
  }

  /** One Feature. */
  static <T> byte[] single(TableMapping<T> mapping, Versioned<T> record) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
    try (JsonGenerator g = JSON.createGenerator(out)) {
      feature(g, mapping, record, UnaryOperator.identity());
    }
    return out.toByteArray();
  }

  private static <T> void feature(
      JsonGenerator g, TableMapping<T> mapping, Versioned<T> v, UnaryOperator<Geometry> drawn) {
    T r = v.value();
    g.writeStartObject();
    g.writeStringProperty("type", "Feature");
    g.writeNumberProperty("id", mapping.id().applyAsLong(r));
    Geometry geometry = null;
    g.writeName("properties");
    g.writeStartObject();
    for (Column<T> c : mapping.columns()) {
      Object value = c.getter().apply(r);
      if (c.type() == Column.ColumnType.GEOMETRY) {
        geometry = (Geometry) value;
        continue;
      }
      g.writeName(c.name());
      writeValue(g, value);
    }
    g.writeNumberProperty("version", v.version());
    g.writeEndObject();
    g.writeName("geometry");
    if (geometry == null) {
      g.writeNull();
    } else {
      g.writeRawValue(GEOJSON.get().write(drawn.apply(geometry)));
    }
    g.writeEndObject();
  }

  private static void writeValue(JsonGenerator g, Object value) {
    switch (value) {
      case null -> g.writeNull();
      case Integer i -> g.writeNumber(i);
      case Long l -> g.writeNumber(l);
      case Double d -> g.writeNumber(d);
      case Number n -> g.writeNumber(n.doubleValue());
      case Enum<?> e -> g.writeString(e.name());
      default -> g.writeString(value.toString());
    }
  }

  /** {@code feature} (a JSON object) with one more member {@code name} holding {@code value}. */
  static byte[] withMember(byte[] feature, String name, Object value) {
    tools.jackson.databind.node.ObjectNode node =
        (tools.jackson.databind.node.ObjectNode) JSON.readTree(feature);
    node.set(name, JSON.valueToTree(value));
    return JSON.writeValueAsBytes(node);
  }
}
