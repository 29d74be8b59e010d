package org.reclaim.app.api;

import org.reclaim.io.ImportReport;

/** A record sent to the API failed the import checks; carries the report naming each field. */
class RecordRejectedException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient ImportReport report;

  RecordRejectedException(ImportReport report) {
    super(report.issueCount() + " problem(s) in the record");
    this.report = report;
  }

  ImportReport report() {
    return report;
  }
}
