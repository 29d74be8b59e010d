package org.reclaim.app.prioritise;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.geojson.GeoJsonWriter;
import org.reclaim.analysis.criteria.CriterionId;
import org.reclaim.domain.hazard.HazardousArea;
import tools.jackson.core.JsonGenerator;

/**
 * Writes a stored ranking as CSV (one row per area: rank, id, code, name, score, recommended
 * method, every raw criterion value, rank stability) or as a GeoJSON FeatureCollection of the areas
 * with the same properties. Names are written as data, never as markup.
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
    try {
      if (format == Format.CSV) {
        csv(entries, byId, out);
      } else {
        geoJson(entries, byId, out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void csv(
      List<RankingRepository.Entry> entries, Map<Long, HazardousArea> areas, OutputStream out)
      throws IOException {
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    StringBuilder header = new StringBuilder("rank,area_id,code,name,score,method");
    CriterionId.all().forEach(c -> header.append(',').append(c.key()));
    header.append(",median_rank,p5_rank,p95_rank,probability_top_n\n");
    w.write(header.toString());
    for (RankingRepository.Entry e : entries) {
      HazardousArea a = areas.get(e.areaId());
      StringBuilder row = new StringBuilder();
      row.append(e.rank()).append(',').append(e.areaId()).append(',');
      row.append(quote(a == null ? "" : a.code())).append(',');
      row.append(quote(a == null ? "" : a.name())).append(',');
      row.append(e.score()).append(',').append(e.method() == null ? "" : e.method());
      for (double v : e.raw()) {
        row.append(',').append(v);
      }
      var s = e.stability();
      row.append(',').append(s == null ? "" : s.medianRank());
      row.append(',').append(s == null ? "" : s.p5Rank());
      row.append(',').append(s == null ? "" : s.p95Rank());
      row.append(',').append(s == null ? "" : s.probabilityTopN());
      w.write(row.append('\n').toString());
    }
    w.flush();
  }

  /** RFC 4180 quoting; a leading formula character is neutralised for spreadsheets. */
  static String quote(String s) {
    String safe = !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
    return "\"" + safe.replace("\"", "\"\"") + "\"";
  }

  private static void geoJson(
      List<RankingRepository.Entry> entries, Map<Long, HazardousArea> areas, OutputStream out) {
    GeoJsonWriter geometry = new GeoJsonWriter(9);
    geometry.setEncodeCRS(false);
    try (JsonGenerator g = ProfileCatalog.JSON.createGenerator(out)) {
      g.writeStartObject();
      g.writeStringProperty("type", "FeatureCollection");
      g.writeArrayPropertyStart("features");
      for (RankingRepository.Entry e : entries) {
        HazardousArea a = areas.get(e.areaId());
        g.writeStartObject();
        g.writeStringProperty("type", "Feature");
        g.writeNumberProperty("id", e.areaId());
        g.writeName("geometry");
        Geometry geom = a == null ? null : a.geometry();
        if (geom == null) {
          g.writeNull();
        } else {
          g.writeRawValue(geometry.write(geom));
        }
        g.writeObjectPropertyStart("properties");
        g.writeNumberProperty("rank", e.rank());
        g.writeNumberProperty("score", e.score());
        g.writeStringProperty("code", a == null ? null : a.code());
        g.writeStringProperty("name", a == null ? null : a.name());
        g.writeStringProperty("method", e.method());
        for (CriterionId c : CriterionId.all()) {
          g.writeNumberProperty(c.key(), e.raw()[c.ordinal()]);
        }
        if (e.stability() != null) {
          g.writeNumberProperty("median_rank", e.stability().medianRank());
          g.writeNumberProperty("p5_rank", e.stability().p5Rank());
          g.writeNumberProperty("p95_rank", e.stability().p95Rank());
          g.writeNumberProperty("probability_top_n", e.stability().probabilityTopN());
        }
        g.writeEndObject();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
  }
}
