package org.reclaim.likelihood.table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which columns of a table a model reads, and how: numeric columns as they are, text columns with
 * few distinct values one-hot ({@code column=value}, one feature per value seen in training).
 * Learnt from the training table; used again on every table the model predicts for, so that a
 * prediction never reads a column as another — whatever the order, presence or extra columns of
 * that table.
 *
 * <p>Left out when learning: the label, the group and the id column; geometry (a column named
 * {@code geometry}, {@code geom}, {@code wkt}, {@code the_geom}, or holding WKT); a pandas index
 * ({@code _index}); text with more than {@link #MAX_LEVELS} values or a distinct value in most rows
 * (an identifier, not a category); columns the caller excludes. Each is named in {@link #ignored()}
 * with its reason.
 *
 * @param inputs the columns read, in feature order
 * @param ignored column → why it is not read
 */
public record FeatureSchema(List<Input> inputs, Map<String, String> ignored) {
  /** Largest number of values a text column may have to be read as a category. */
  public static final int MAX_LEVELS = 50;

  private static final Set<String> GEOMETRY_NAMES = Set.of("geometry", "geom", "wkt", "the_geom");

  public FeatureSchema {
    inputs = List.copyOf(inputs);
    ignored = Map.copyOf(ignored);
  }

  /**
   * One column read.
   *
   * @param column its name
   * @param levels for a categorical column, its values in feature order; empty for a numeric one
   */
  public record Input(String column, List<String> levels) {
    public Input {
      levels = List.copyOf(levels);
    }

    /** Whether the column is read as a category. */
    public boolean categorical() {
      return !levels.isEmpty();
    }
  }

  /**
   * Learns the schema of {@code table}.
   *
   * @param excluded columns not to read: label, group, id and any the caller names
   */
  public static FeatureSchema learn(Table table, Set<String> excluded) {
    List<Input> inputs = new ArrayList<>();
    Map<String, String> ignored = new LinkedHashMap<>();
    for (String name : table.names()) {
      Table.Column c = table.get(name);
      if (excluded.contains(name)) {
        ignored.put(name, "label, group, id or excluded");
      } else if (name.equals("_index")) {
        ignored.put(name, "row index");
      } else if (GEOMETRY_NAMES.contains(name.toLowerCase(Locale.ROOT)) || holdsWkt(c)) {
        ignored.put(name, "geometry");
      } else if (c instanceof Table.Numeric) {
        inputs.add(new Input(name, List.of()));
      } else {
        String[] values = ((Table.Text) c).values();
        Set<String> levels = new TreeSet<>();
        int present = 0;
        for (String v : values) {
          if (v != null) {
            levels.add(v);
            present++;
          }
        }
        if (levels.isEmpty()) {
          ignored.put(name, "empty");
        } else if (levels.size() > MAX_LEVELS || levels.size() > Math.max(10, present / 2)) {
          ignored.put(name, levels.size() + " distinct values: an identifier, not a category");
        } else {
          inputs.add(new Input(name, new ArrayList<>(levels)));
        }
      }
    }
    if (inputs.isEmpty()) {
      throw new IllegalArgumentException("features: the table has no column a model can read");
    }
    return new FeatureSchema(inputs, ignored);
  }

  /** The name of every feature a model sees, in order ({@code column=value} for categories). */
  public List<String> featureNames() {
    List<String> out = new ArrayList<>();
    for (Input in : inputs) {
      if (in.categorical()) {
        in.levels().forEach(l -> out.add(in.column() + "=" + l));
      } else {
        out.add(in.column());
      }
    }
    return out;
  }

  /** Number of features. */
  public int featureCount() {
    int n = 0;
    for (Input in : inputs) {
      n += in.categorical() ? in.levels().size() : 1;
    }
    return n;
  }

  private static boolean holdsWkt(Table.Column c) {
    if (!(c instanceof Table.Text t)) {
      return false;
    }
    for (String v : t.values()) {
      if (v != null) {
        String u = v.toUpperCase(Locale.ROOT);
        return u.startsWith("POINT")
            || u.startsWith("POLYGON")
            || u.startsWith("MULTIPOLYGON")
            || u.startsWith("LINESTRING")
            || u.startsWith("MULTILINESTRING")
            || u.startsWith("SRID=");
      }
    }
    return false;
  }
}
