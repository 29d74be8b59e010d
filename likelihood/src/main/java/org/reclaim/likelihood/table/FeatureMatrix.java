package org.reclaim.likelihood.table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A table encoded by a {@link FeatureSchema}: one row of {@code float} features per cell, row
 * major, {@code NaN} for a missing value (the boosted trees route missing values by what they
 * learnt; the logistic baseline reads them as the training mean, 0 after standardising).
 *
 * <p>What did not match the schema is said in {@link #notes()}, never guessed: a column the schema
 * reads but the table lacks is missing in every row (one note naming all of them); a column the
 * table has but the schema does not read is left out (one note naming them); a category value not
 * seen in training sets none of its column's features (a note per column with the count); a numeric
 * column that arrives as text reads its numbers and leaves the rest missing.
 *
 * @param values rows × columns features, row major
 * @param rows rows
 * @param columns features per row
 * @param notes what did not match the schema, for the user
 */
public record FeatureMatrix(float[] values, int rows, int columns, List<String> notes) {
  public FeatureMatrix {
    notes = List.copyOf(notes);
  }

  /** Encodes {@code table} by {@code schema}. */
  public static FeatureMatrix encode(FeatureSchema schema, Table table) {
    int rows = table.rows();
    int cols = schema.featureCount();
    float[] x = new float[rows * cols];
    List<String> notes = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    Map<String, Integer> unseen = new TreeMap<>();
    int offset = 0;
    for (FeatureSchema.Input in : schema.inputs()) {
      Table.Column c = table.find(in.column()).orElse(null);
      if (in.categorical()) {
        int width = in.levels().size();
        Map<String, Integer> level = new HashMap<>();
        for (int l = 0; l < width; l++) {
          level.put(in.levels().get(l), l);
        }
        String[] v = c == null ? null : text(c);
        for (int r = 0; r < rows; r++) {
          int base = r * cols + offset;
          if (v == null || v[r] == null) {
            for (int l = 0; l < width; l++) {
              x[base + l] = Float.NaN;
            }
            continue;
          }
          Integer hit = level.get(v[r]);
          if (hit == null) {
            unseen.merge(in.column(), 1, Integer::sum);
          } else {
            x[base + hit] = 1f;
          }
        }
        if (c == null) {
          missing.add(in.column());
        }
        offset += width;
      } else {
        double[] v = c == null ? null : numbers(c, in.column(), notes);
        for (int r = 0; r < rows; r++) {
          x[r * cols + offset] = v == null ? Float.NaN : (float) v[r];
        }
        if (c == null) {
          missing.add(in.column());
        }
        offset++;
      }
    }
    if (!missing.isEmpty()) {
      notes.add(
          "missing column(s), read as missing values in every row: " + String.join(", ", missing));
    }
    Set<String> read = new TreeSet<>();
    schema.inputs().forEach(i -> read.add(i.column()));
    List<String> extra = new ArrayList<>();
    for (String name : table.names()) {
      if (!read.contains(name)) {
        extra.add(name);
      }
    }
    if (!extra.isEmpty()) {
      notes.add("column(s) the model does not read, left out: " + String.join(", ", extra));
    }
    unseen.forEach(
        (column, n) ->
            notes.add(
                column
                    + ": "
                    + n
                    + " row(s) with a value not seen in training, read as none of its values"));
    return new FeatureMatrix(x, rows, cols, notes);
  }

  /** This matrix with {@code extra[r]} appended to every row {@code r}, and {@code notes} added. */
  public FeatureMatrix withColumns(float[][] extra, List<String> moreNotes) {
    int add = extra.length == 0 ? 0 : extra[0].length;
    int width = columns + add;
    float[] out = new float[rows * width];
    for (int r = 0; r < rows; r++) {
      System.arraycopy(values, r * columns, out, r * width, columns);
      System.arraycopy(extra[r], 0, out, r * width + columns, add);
    }
    List<String> n = new ArrayList<>(notes);
    n.addAll(moreNotes);
    return new FeatureMatrix(out, rows, width, n);
  }

  /** The rows at {@code positions}, in that order (without notes). */
  public FeatureMatrix rows(int[] positions) {
    float[] out = new float[positions.length * columns];
    for (int i = 0; i < positions.length; i++) {
      System.arraycopy(values, positions[i] * columns, out, i * columns, columns);
    }
    return new FeatureMatrix(out, positions.length, columns, List.of());
  }

  /** The features of row {@code r}. */
  public float[] row(int r) {
    float[] out = new float[columns];
    System.arraycopy(values, r * columns, out, 0, columns);
    return out;
  }

  private static String[] text(Table.Column c) {
    if (c instanceof Table.Text t) {
      return t.values();
    }
    double[] v = ((Table.Numeric) c).values();
    String[] out = new String[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] =
          Double.isNaN(v[i])
              ? null
              : v[i] == Math.rint(v[i]) && Math.abs(v[i]) < 1e15
                  ? String.valueOf((long) v[i])
                  : String.valueOf(v[i]);
    }
    return out;
  }

  private static double[] numbers(Table.Column c, String name, List<String> notes) {
    if (c instanceof Table.Numeric n) {
      return n.values();
    }
    String[] v = ((Table.Text) c).values();
    double[] out = new double[v.length];
    int unreadable = 0;
    for (int i = 0; i < v.length; i++) {
      out[i] = Double.NaN;
      if (v[i] != null) {
        try {
          out[i] = Double.parseDouble(v[i]);
        } catch (NumberFormatException e) {
          unreadable++;
        }
      }
    }
    if (unreadable > 0) {
      notes.add(name + ": " + unreadable + " cell(s) that are not numbers, read as missing");
    }
    return out;
  }
}
