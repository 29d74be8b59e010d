package org.reclaim.io.csv;

import de.siegmar.fastcsv.reader.CsvRecord;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.reclaim.io.layer.RecordFields;

/**
 * One CSV row seen through the header's column names. Reused for every row of a file (no allocation
 * per row beyond what the CSV parser makes).
 */
final class CsvRecordFields implements RecordFields {
  private final Map<String, Integer> columns;
  private final List<String> names;
  private CsvRecord row;

  CsvRecordFields(Map<String, Integer> columns, List<String> names) {
    this.columns = columns;
    this.names = names;
  }

  void reset(CsvRecord row) {
    this.row = row;
  }

  @Override
  public @Nullable String text(String name) {
    Integer index = columns.get(name);
    return index == null ? null : at(index);
  }

  /** The stripped value in column {@code index}, or {@code null} when absent or blank. */
  @Nullable String at(int index) {
    if (index < 0 || index >= row.getFieldCount()) {
      return null;
    }
    String value = row.getField(index);
    int n = value.length();
    if (n == 0) {
      return null;
    }
    if (value.charAt(0) <= ' ' || value.charAt(n - 1) <= ' ') {
      value = value.strip();
      return value.isEmpty() ? null : value;
    }
    return value;
  }

  @Override
  public Collection<String> names() {
    return names;
  }
}
