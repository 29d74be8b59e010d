package org.reclaim.app.prioritise;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.reclaim.analysis.criteria.CriterionId;
import org.reclaim.domain.hazard.HazardousArea;
import org.reclaim.io.export.CsvExporter;
import org.reclaim.io.export.ExportTable;
import org.reclaim.io.export.GeoJsonExporter;
import org.reclaim.io.geojson.GeoJsonFeatureWriter;
import org.reclaim.store.ranking.RankingRepository;

/**
 * Writes a stored ranking as CSV (one row per area: rank, id, code, name, score, recommended
 * method, every raw criterion value, rank stability) or as a GeoJSON FeatureCollection of the areas
 * with the same properties, through the one CSV and the one GeoJSON writer of {@code io}. Names are
 * written as data, never as markup; in CSV a name that starts like a spreadsheet formula is
 * neutralised.
 */
final class RankingExport {
  private RankingExport() {}

  /** Output formats. */
  enum Format {
    CSV,
    GEOJSON;

    static Format of(String name) {
      return switch (name.toLowerCase(Locale.ROOT)) {
        case "csv" -> CSV;
        case "geojson", "json" -> GEOJSON;
        default -> throw new IllegalArgumentException("format must be csv or geojson, was " + name);
      };
    }
  }

  static void write(
      Format format,
      List<RankingRepository.Entry> entries,
      List<HazardousArea> areas,
      OutputStream out) {
    Map<Long, HazardousArea> byId = new HashMap<>();
    areas.forEach(a -> byId.put(a.id(), a));
    boolean csv = format == Format.CSV;
    ExportTable table = table(entries, byId, csv);
    if (csv) {
      CsvExporter.write(table, out, true);
    } else {
      GeoJsonExporter.write(table, out, GeoJsonFeatureWriter.MAP_DECIMALS);
    }
  }

  /**
   * The ranking as a table: in CSV the area id is a column, in GeoJSON the feature's id (and the
   * stability columns are left out of an area without stability figures).
   */
  private static ExportTable table(
      List<RankingRepository.Entry> entries, Map<Long, HazardousArea> areas, boolean csv) {
    List<String> fields = new ArrayList<>();
    fields.add("rank");
    if (csv) {
      fields.add("area_id");
    }
    fields.addAll(List.of("code", "name", "score", "method"));
    CriterionId.all().forEach(c -> fields.add(c.key()));
    fields.addAll(List.of("median_rank", "p5_rank", "p95_rank", "probability_top_n"));
    List<ExportTable.Row> rows = new ArrayList<>(entries.size());
    for (RankingRepository.Entry e : entries) {
      HazardousArea a = areas.get(e.areaId());
      Map<String, Object> v = new LinkedHashMap<>();
      v.put("rank", e.rank());
      v.put("area_id", e.areaId());
      v.put("code", a == null ? (csv ? "" : null) : a.code());
      v.put("name", a == null ? (csv ? "" : null) : a.name());
      v.put("score", e.score());
      v.put("method", e.method());
      for (CriterionId c : CriterionId.all()) {
        v.put(c.key(), e.raw()[c.ordinal()]);
      }
      RankingRepository.Stability s = e.stability();
      if (s != null) {
        v.put("median_rank", s.medianRank());
        v.put("p5_rank", s.p5Rank());
        v.put("p95_rank", s.p95Rank());
        v.put("probability_top_n", s.probabilityTopN());
      }
      rows.add(new ExportTable.Row(e.areaId(), v, a == null ? null : a.geometry()));
    }
    return new ExportTable("ranking", fields, !csv, rows);
  }
}
