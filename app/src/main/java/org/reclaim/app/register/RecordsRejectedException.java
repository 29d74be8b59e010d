package org.reclaim.app.register;

import org.reclaim.io.ImportReport;

/**
 * Records sent to the register failed the import checks, and nothing was stored; carries the report
 * naming each record and field at fault (the API answers it with 422 and the issues).
 */
public final class RecordsRejectedException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient ImportReport report;

  public RecordsRejectedException(ImportReport report) {
    super(report.issueCount() + " problem(s) in " + report.fileName());
    this.report = report;
  }

  /** Every problem found. */
  public ImportReport report() {
    return report;
  }
}
