package org.reclaim.io.export;

import java.io.OutputStream;
import java.time.LocalDate;
import org.locationtech.jts.io.geojson.GeoJsonWriter;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an {@link ExportTable} as an RFC 7946 FeatureCollection: one Feature per row, the fields
 * as {@code properties} (numbers as numbers, the rest as strings), the geometry in WGS84 lon/lat or
 * {@code null} — the GeoJSON import format.
 */
public final class GeoJsonExporter {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private GeoJsonExporter() {}

  /** Writes {@code table} to {@code out} (not closed). */
  public static void write(ExportTable table, OutputStream out) {
    // Enough decimals that every double reads back as itself (the default rounds to 8).
    GeoJsonWriter geo = new GeoJsonWriter(16);
    geo.setEncodeCRS(false);
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.writeStartObject();
      g.writeStringProperty("type", "FeatureCollection");
      g.writeStringProperty("name", table.layer());
      g.writeName("features");
      g.writeStartArray();
      for (ExportTable.Row r : table.rows()) {
        g.writeStartObject();
        g.writeStringProperty("type", "Feature");
        g.writeName("properties");
        g.writeStartObject();
        for (String f : table.fields()) {
          Object v = r.values().get(f);
          g.writeName(f);
          if (v == null) {
            g.writeNull();
          } else if (v instanceof Integer || v instanceof Long) {
            g.writeNumber(((Number) v).longValue());
          } else if (v instanceof Number n) {
            g.writeNumber(n.doubleValue());
          } else if (v instanceof LocalDate d) {
            g.writeString(d.toString());
          } else {
            g.writeString(ExportTable.text(v));
          }
        }
        g.writeEndObject();
        g.writeName("geometry");
        if (r.geometry() == null) {
          g.writeNull();
        } else {
          g.writeRawValue(geo.write(r.geometry()));
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
  }
}
