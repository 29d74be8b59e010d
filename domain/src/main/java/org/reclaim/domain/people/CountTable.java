package org.reclaim.domain.people;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.reclaim.domain.Check;
import org.reclaim.domain.DomainException;

/**
 * A table of counts of people: one row per group (a year, a course, a service), columns that add up
 * to the row's {@code total} (sex × SADDD age group, IMAS 05.10), then sub-counts of the total
 * (with a disability, veterans). The last row is the column totals. A cell is {@code null} when it
 * was suppressed before publication ({@link SmallCellSuppressionOp}).
 *
 * @param columns column names; {@code columns.get(totalColumn)} is {@code total}
 * @param totalColumn index of the total: the columns before it add up to it
 * @param rows the groups, then the totals row (label {@code total})
 * @param minCell the smallest count published (1 when nothing was suppressed)
 */
public record CountTable(List<String> columns, int totalColumn, List<Row> rows, int minCell) {
  private static final String E = "CountTable";

  /**
   * One row.
   *
   * @param label what the row counts, e.g. {@code 2025} or {@code Manual demining / CMAC}
   * @param cells counts in column order, {@code null} where suppressed
   */
  public record Row(String label, List<Long> cells) {
    public Row {
      label = Check.notBlank(E, "label", label);
      cells = java.util.Collections.unmodifiableList(new ArrayList<>(cells));
    }

    /** The count in column {@code i}, or {@code null} when suppressed. */
    public Long cell(int i) {
      return cells.get(i);
    }
  }

  public CountTable {
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
    if (totalColumn < 0 || totalColumn >= columns.size()) {
      throw new DomainException(E, "totalColumn", "out of range");
    }
    if (rows.isEmpty()) {
      throw new DomainException(E, "rows", "needs at least the totals row");
    }
    for (Row r : rows) {
      if (r.cells().size() != columns.size()) {
        throw new DomainException(E, "rows", "row '" + r.label() + "' has the wrong width");
      }
    }
    if (minCell < 1) {
      throw new DomainException(E, "minCell", "must be at least 1");
    }
  }

  /** The column index of {@code name}. */
  public int column(String name) {
    int i = columns.indexOf(name);
    if (i < 0) {
      throw new IllegalArgumentException("no column " + name + " in " + columns);
    }
    return i;
  }

  /** The row labelled {@code label}. */
  public Row row(String label) {
    return rows.stream()
        .filter(r -> r.label().equals(label))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no row " + label));
  }

  /** The totals row (the last). */
  public Row totals() {
    return rows.get(rows.size() - 1);
  }

  /** Whether any cell is suppressed. */
  public boolean hasSuppressed() {
    return rows.stream().anyMatch(r -> r.cells().contains(null));
  }

  /** Cells as a matrix of longs, -1 where suppressed. */
  long[][] matrix() {
    long[][] m = new long[rows.size()][];
    for (int i = 0; i < rows.size(); i++) {
      m[i] = rows.get(i).cells().stream().mapToLong(c -> c == null ? -1 : c).toArray();
    }
    return m;
  }

  /** This table with {@code cells} (-1 for suppressed) and {@code minCell}. */
  CountTable withMatrix(long[][] cells, int minCell) {
    List<Row> out = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      out.add(
          new Row(
              rows.get(i).label(),
              Arrays.stream(cells[i]).mapToObj(c -> c < 0 ? null : (Long) c).toList()));
    }
    return new CountTable(columns, totalColumn, out, minCell);
  }
}
