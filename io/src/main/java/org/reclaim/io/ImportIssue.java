package org.reclaim.io;

import org.jspecify.annotations.Nullable;

/**
 * One problem found in an import file. Issues are data, collected in an {@link ImportReport}: an
 * import lists every problem it finds instead of stopping at the first.
 *
 * @param record where: for CSV the 1-based line number counting the header as line 1 (so the first
 *     data row is line 2); for GeoJSON the 1-based feature number (KML: placemark, form JSON:
 *     submission); 0 for a problem with the whole file (an unknown CRS, malformed JSON)
 * @param field the column or property at fault in snake_case ({@code "geometry"} for every geometry
 *     rule, {@code "crs"} for the coordinate reference system, {@code "(row)"} for a malformed CSV
 *     row, {@code "(file)"} for a malformed file)
 * @param reason what is wrong, in words a user can act on
 * @param geometryWkt where the problem is, as WKT in WGS84 lon/lat (usually a {@code POINT}), or
 *     {@code null} when it is not a geometry problem or has no single location
 */
public record ImportIssue(int record, String field, String reason, @Nullable String geometryWkt) {

  /** An issue without a location. */
  public ImportIssue(int record, String field, String reason) {
    this(record, field, reason, null);
  }

  /**
   * One line for people, e.g. {@code line 17, field "geometry": invalid polygon: Self-intersection
   * at (30.1, 48.2)}.
   *
   * @param recordWord {@code "line"} or {@code "feature"}, see {@link ImportFormat#recordWord()}
   */
  public String toText(String recordWord) {
    String where = record == 0 ? "file" : recordWord + " " + record;
    return where + ", field \"" + field + "\": " + reason;
  }
}
