package org.reclaim.io;

/**
 * Thrown by {@link ImportResult#requireOk()} when a file has problems; carries the full report so
 * that the CLI can print it and the HTTP API can return it. Not thrown while reading: problems in a
 * file are collected as {@link ImportIssue}s.
 */
public class ImportFailedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient ImportReport report;

  /** An exception for a report with at least one issue. */
  public ImportFailedException(ImportReport report) {
    super(
        report.fileName()
            + ": "
            + report.issueCount()
            + " problem(s), nothing imported; first: "
            + (report.issues().isEmpty()
                ? "-"
                : report.issues().get(0).toText(report.format().recordWord())));
    this.report = report;
  }

  /** The report listing every problem. */
  public ImportReport report() {
    return report;
  }
}
