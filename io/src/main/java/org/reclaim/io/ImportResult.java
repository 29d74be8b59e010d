package org.reclaim.io;

import java.util.List;

/**
 * The outcome of reading one file: its report and, when the report is clean, its records.
 *
 * <p>All-or-nothing: {@code records} is empty whenever the report has an issue, so a partly bad
 * file can never be half stored. Callers should go through {@link #requireOk()}, which makes that
 * explicit.
 *
 * @param report what the import found
 * @param records the records in file order, ready to store; empty unless {@code report.ok()}
 * @param <T> the domain record type, see {@link Layer#recordType()}
 */
public record ImportResult<T>(ImportReport report, List<T> records) {

  public ImportResult {
    records = report.ok() ? List.copyOf(records) : List.of();
  }

  /** True when the file may be stored. */
  public boolean ok() {
    return report.ok();
  }

  /**
   * The records, when the file had no problem.
   *
   * @throws ImportFailedException carrying the report when it lists any issue
   */
  public List<T> requireOk() {
    if (!report.ok()) {
      throw new ImportFailedException(report);
    }
    return records;
  }

  /**
   * This result with its record type made explicit, for callers that chose the layer at run time.
   *
   * @throws IllegalArgumentException when {@code type} is not the layer's record type
   */
  @SuppressWarnings("unchecked")
  public <U> ImportResult<U> as(Class<U> type) {
    if (!type.equals(report.layer().recordType())) {
      throw new IllegalArgumentException(
          "layer " + report.layer() + " holds " + report.layer().recordType().getSimpleName());
    }
    return (ImportResult<U>) this;
  }
}
