package org.reclaim.io.csv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.reclaim.io.layer.GeometryRule;
import org.reclaim.io.layer.IssueCollector;
import org.reclaim.io.layer.LayerMapper;

/**
 * The header row of a CSV file checked against a layer: column names are trimmed and lower-cased;
 * duplicate names and missing required columns are issues on line 1, columns the layer does not use
 * are noted. Geometry comes from a {@code wkt} (or {@code geometry}) column or from a {@code lon} /
 * {@code lat} pair ({@code longitude} / {@code latitude} and {@code x} / {@code y} are accepted).
 */
final class CsvHeader {
  private static final List<String> WKT_NAMES = List.of("wkt", "geometry", "geom");
  private static final List<List<String>> XY_NAMES =
      List.of(List.of("lon", "lat"), List.of("longitude", "latitude"), List.of("x", "y"));

  final Map<String, Integer> columns = new HashMap<>();
  final List<String> names = new ArrayList<>();
  final Set<String> ignored = new TreeSet<>();
  int wktIndex = -1;
  int xIndex = -1;
  int yIndex = -1;
  String xName = "lon";
  String yName = "lat";

  /** Reads the header; returns false (with issues on line 1) when the file cannot be read on. */
  boolean read(List<String> fields, LayerMapper<?> mapper, IssueCollector issues) {
    boolean ok = true;
    for (int i = 0; i < fields.size(); i++) {
      String name = fields.get(i).strip().toLowerCase(Locale.ROOT);
      names.add(name);
      if (!name.isEmpty() && columns.putIfAbsent(name, i) != null) {
        issues.add(1, name, "duplicate column name in the header");
        ok = false;
      }
    }
    for (String required : mapper.requiredColumns()) {
      if (!columns.containsKey(required)) {
        issues.add(1, required, "required column is missing from the header");
        ok = false;
      }
    }
    if (mapper.geometryRule() != GeometryRule.NONE) {
      ok &= findGeometry(issues);
    }
    for (String name : names) {
      boolean geometryColumn =
          mapper.geometryRule() != GeometryRule.NONE
              && (WKT_NAMES.contains(name) || XY_NAMES.stream().anyMatch(p -> p.contains(name)));
      if (!name.isEmpty() && !mapper.columns().contains(name) && !geometryColumn) {
        ignored.add(name);
      }
    }
    return ok;
  }

  private boolean findGeometry(IssueCollector issues) {
    for (String name : WKT_NAMES) {
      if (wktIndex < 0 && columns.containsKey(name)) {
        wktIndex = columns.get(name);
      }
    }
    for (List<String> pair : XY_NAMES) {
      Integer x = columns.get(pair.get(0));
      Integer y = columns.get(pair.get(1));
      if (x != null && y != null && xIndex < 0) {
        xIndex = x;
        yIndex = y;
        xName = pair.get(0);
        yName = pair.get(1);
      } else if ((x == null) != (y == null)) {
        String missing = x == null ? pair.get(0) : pair.get(1);
        issues.add(1, missing, "column is missing: coordinates need both " + pair);
        return false;
      }
    }
    if (wktIndex < 0 && xIndex < 0) {
      issues.add(
          1, "geometry", "no geometry columns: give a 'wkt' column or 'lon' and 'lat' columns");
      return false;
    }
    return true;
  }
}
