package org.reclaim.likelihood.table;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A plain table of cells: named columns, each numeric ({@code double}, {@code NaN} for an empty
 * cell) or text ({@code null} for an empty cell), all of one length. What a likelihood model is
 * trained on and predicts for: read from a CSV file ({@link TableReader}) or built from the
 * register.
 *
 * <p>Immutable once built; thread safe.
 */
public final class Table {
  private final Map<String, Column> columns;
  private final int rows;

  private Table(Map<String, Column> columns, int rows) {
    this.columns = Collections.unmodifiableMap(columns);
    this.rows = rows;
  }

  /** One column: numbers or text. */
  public sealed interface Column permits Numeric, Text {
    /** Cells in the column. */
    int size();
  }

  /** A numeric column; {@code NaN} marks an empty cell. */
  public record Numeric(double[] values) implements Column {
    @Override
    public int size() {
      return values.length;
    }
  }

  /** A text column; {@code null} marks an empty cell. */
  public record Text(String[] values) implements Column {
    @Override
    public int size() {
      return values.length;
    }
  }

  /** Rows. */
  public int rows() {
    return rows;
  }

  /** Column names, in order. */
  public List<String> names() {
    return List.copyOf(columns.keySet());
  }

  /** The column named {@code name}, if any. */
  public Optional<Column> find(String name) {
    return Optional.ofNullable(columns.get(name));
  }

  /**
   * The column named {@code name}.
   *
   * @throws IllegalArgumentException naming the column and the ones there are
   */
  public Column get(String name) {
    Column c = columns.get(name);
    if (c == null) {
      throw new IllegalArgumentException(
          name + ": no such column; the table has " + String.join(", ", columns.keySet()));
    }
    return c;
  }

  /** A table of the same rows without the named columns. */
  public Table without(List<String> names) {
    Map<String, Column> kept = new LinkedHashMap<>(columns);
    kept.keySet().removeAll(names);
    return new Table(kept, rows);
  }

  /** The rows at {@code positions}, in that order. */
  public Table rows(int[] positions) {
    Map<String, Column> out = new LinkedHashMap<>();
    columns.forEach(
        (name, c) -> {
          if (c instanceof Numeric n) {
            double[] v = new double[positions.length];
            for (int i = 0; i < positions.length; i++) {
              v[i] = n.values()[positions[i]];
            }
            out.put(name, new Numeric(v));
          } else {
            String[] v = new String[positions.length];
            for (int i = 0; i < positions.length; i++) {
              v[i] = ((Text) c).values()[positions[i]];
            }
            out.put(name, new Text(v));
          }
        });
    return new Table(out, positions.length);
  }

  /** A builder of a table of {@code rows} rows. */
  public static Builder builder(int rows) {
    return new Builder(rows);
  }

  /** Adds columns in order; every column must have the table's length. */
  public static final class Builder {
    private final int rows;
    private final Map<String, Column> columns = new LinkedHashMap<>();

    private Builder(int rows) {
      this.rows = rows;
    }

    /** Adds a numeric column. */
    public Builder numeric(String name, double[] values) {
      return add(name, new Numeric(values));
    }

    /** Adds a text column. */
    public Builder text(String name, String[] values) {
      return add(name, new Text(values));
    }

    private Builder add(String name, Column c) {
      if (c.size() != rows) {
        throw new IllegalArgumentException(
            name + ": " + c.size() + " cells in a table of " + rows + " rows");
      }
      if (columns.put(name, c) != null) {
        throw new IllegalArgumentException(name + ": the column is named twice");
      }
      return this;
    }

    public Table build() {
      return new Table(new LinkedHashMap<>(columns), rows);
    }
  }

  /** Names of the numeric columns, in order. */
  public List<String> numericNames() {
    List<String> out = new ArrayList<>();
    columns.forEach(
        (name, c) -> {
          if (c instanceof Numeric) {
            out.add(name);
          }
        });
    return out;
  }
}
