package org.reclaim.io;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * What an import found: how many records the file held and every problem in it. An import is
 * all-or-nothing: when {@link #ok()} is false nothing from the file may be stored, and this report
 * is what the user sees (printed by the CLI with {@link #toText()}, returned by the HTTP API).
 *
 * <p>Immutable.
 *
 * @param layer the layer imported
 * @param format the file format, which decides whether record numbers count lines or features
 * @param fileName the file's name as given by the user (not necessarily a path on this machine)
 * @param recordsRead data records in the file (CSV rows after the header, GeoJSON features)
 * @param issues the problems found, in file order; at most {@link ImportOptions#maxIssues()}
 * @param issuesNotListed problems found beyond those listed (0 unless the cap was reached)
 * @param ignoredFields columns or properties in the file that the layer does not use, sorted; not a
 *     problem (exports often carry extra attributes) but shown so that a misspelt column is noticed
 * @param elapsed time spent reading, parsing and checking (not storing)
 */
public record ImportReport(
    Layer layer,
    ImportFormat format,
    String fileName,
    long recordsRead,
    List<ImportIssue> issues,
    long issuesNotListed,
    List<String> ignoredFields,
    Duration elapsed) {

  public ImportReport {
    issues = List.copyOf(issues);
    ignoredFields = List.copyOf(ignoredFields);
  }

  /** True when the file has no problem and its records may be stored. */
  public boolean ok() {
    return issues.isEmpty() && issuesNotListed == 0;
  }

  /** Every problem found, listed or not. */
  public long issueCount() {
    return issues.size() + issuesNotListed;
  }

  /** Records read per second of {@link #elapsed()}; 0 when nothing was timed. */
  public double recordsPerSecond() {
    long nanos = elapsed.toNanos();
    return nanos <= 0 ? 0 : recordsRead * 1e9 / nanos;
  }

  /**
   * The report for people: a summary line, a note on ignored columns if any, then one line per
   * issue, e.g. {@code line 17, field "geometry": invalid polygon: Self-intersection at (30.1,
   * 48.2)}. Lines end with {@code \n}.
   */
  public String toText() {
    StringBuilder text = new StringBuilder();
    text.append(
        String.format(
            Locale.ROOT,
            "%s: %s %s, %d records read in %.1f s (%.0f records/s), %s%n",
            fileName,
            layer.cliName(),
            format.name(),
            recordsRead,
            elapsed.toNanos() / 1e9,
            recordsPerSecond(),
            ok() ? "no problems" : issueCount() + " problem(s), nothing imported"));
    if (!ignoredFields.isEmpty()) {
      text.append("note: ignored unknown field(s) ")
          .append(String.join(", ", ignoredFields))
          .append('\n');
    }
    for (ImportIssue issue : issues) {
      text.append(issue.toText(format.recordWord())).append('\n');
    }
    if (issuesNotListed > 0) {
      text.append("... and ").append(issuesNotListed).append(" more problem(s) not listed\n");
    }
    return text.toString();
  }
}
