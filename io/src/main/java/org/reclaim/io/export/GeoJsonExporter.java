package org.reclaim.io.export;

import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.reclaim.io.geojson.GeoJsonFeatureWriter;

/**
 * Writes an {@link ExportTable} as an RFC 7946 FeatureCollection named after the layer: one Feature
 * per row, the fields as {@code properties}, the geometry in WGS84 lon/lat or {@code null} — the
 * GeoJSON import format. Through {@link GeoJsonFeatureWriter}, the one GeoJSON writer.
 */
public final class GeoJsonExporter {
  private GeoJsonExporter() {}

  /** Writes {@code table} to {@code out} with coordinates that read back exactly. */
  public static void write(ExportTable table, OutputStream out) {
    write(table, out, GeoJsonFeatureWriter.EXACT_DECIMALS);
  }

  /**
   * Writes {@code table} to {@code out} (closed when done).
   *
   * @param decimals digits after the point of the coordinates
   */
  public static void write(ExportTable table, OutputStream out, int decimals) {
    try (GeoJsonFeatureWriter w =
        GeoJsonFeatureWriter.collection(out, decimals, Map.of("name", table.layer()))) {
      for (ExportTable.Row r : table.rows()) {
        Map<String, Object> properties = new LinkedHashMap<>();
        for (String f : table.fields()) {
          properties.put(f, r.values().get(f));
        }
        w.write(r.id(), properties, r.geometry());
      }
    }
  }
}
