package org.reclaim.domain.people;

import org.reclaim.domain.DomainException;

/**
 * Suppresses small counts of people before they are published to donors and the public, so that
 * nobody can be singled out of an aggregate (statistical disclosure control; IMAS 05.10 asks for
 * disaggregated data and the protection of the people behind it).
 *
 * <p>Primary suppression: every count {@code 0 < n < minCell} is withheld. Zeros are published (an
 * empty group reveals nobody). Complementary suppression: a withheld cell must not be derivable
 * from its row or column totals, so wherever a row's additive cells (the columns before the total,
 * and the total itself) or a column's group rows (with the totals row) hold exactly one withheld
 * cell, the smallest other non-zero published cell of that line is withheld too; this repeats until
 * no line has a lone withheld cell. Sub-counts after the total (with a disability, veterans) are
 * suppressed on their own.
 *
 * <p>Stateless and thread safe.
 */
public final class SmallCellSuppressionOp {
  private SmallCellSuppressionOp() {}

  /** {@code table} with every count below {@code minCell} withheld, and its complements. */
  public static CountTable apply(CountTable table, int minCell) {
    if (minCell < 1) {
      throw new DomainException("SmallCellSuppression", "minCell", "must be at least 1");
    }
    long[][] m = table.matrix();
    int total = table.totalColumn();
    for (long[] row : m) {
      for (int j = 0; j < row.length; j++) {
        if (row[j] > 0 && row[j] < minCell) {
          row[j] = -1;
        }
      }
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      for (long[] row : m) {
        changed |= complementLine(row, 0, total + 1);
      }
      for (int j = 0; j <= total; j++) {
        long[] column = new long[m.length];
        for (int i = 0; i < m.length; i++) {
          column[i] = m[i][j];
        }
        if (complementLine(column, 0, column.length)) {
          for (int i = 0; i < m.length; i++) {
            m[i][j] = column[i];
          }
          changed = true;
        }
      }
    }
    return table.withMatrix(m, minCell);
  }

  /** Withholds a second cell of {@code line[from, to)} when exactly one is withheld. */
  private static boolean complementLine(long[] line, int from, int to) {
    int withheld = 0;
    int smallest = -1;
    for (int j = from; j < to; j++) {
      if (line[j] < 0) {
        withheld++;
      } else if (line[j] > 0 && (smallest < 0 || line[j] < line[smallest])) {
        smallest = j;
      }
    }
    if (withheld == 1 && smallest >= 0) {
      line[smallest] = -1;
      return true;
    }
    return false;
  }
}
