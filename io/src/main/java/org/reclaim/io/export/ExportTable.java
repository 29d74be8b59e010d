package org.reclaim.io.export;

import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;

/**
 * One layer to export: its name, its fields in order, and its rows.
 *
 * @param layer layer name, e.g. {@code hazardous-areas}; names the GeoPackage table
 * @param fields field names in output order (the import formats' names)
 * @param spatial whether rows carry a geometry
 * @param rows the records
 */
public record ExportTable(String layer, List<String> fields, boolean spatial, List<Row> rows) {
  public ExportTable {
    fields = List.copyOf(fields);
    rows = List.copyOf(rows);
  }

  /**
   * One record.
   *
   * @param id the record's identity, written as a GeoJSON feature's {@code id} member; {@code null}
   *     for none (a layer export carries it as its {@code id} field instead)
   * @param values field → value: {@code Number}, {@code String}, {@code LocalDate}, {@code Enum} or
   *     {@code null}
   * @param geometry WGS84 geometry, or {@code null}
   */
  public record Row(Long id, Map<String, Object> values, Geometry geometry) {
    /** A row without a feature id. */
    public Row(Map<String, Object> values, Geometry geometry) {
      this(null, values, geometry);
    }
  }

  /** A value as export text: numbers as Java prints them, enums by name, dates ISO 8601. */
  public static String text(Object v) {
    if (v == null) {
      return "";
    }
    if (v instanceof Enum<?> e) {
      return e.name();
    }
    if (v instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) {
      return String.valueOf(d.longValue());
    }
    return v.toString();
  }
}
