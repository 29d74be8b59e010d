package org.reclaim.io.layer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.reclaim.io.ImportFormat;
import org.reclaim.io.ImportIssue;
import org.reclaim.io.ImportReport;
import org.reclaim.io.Layer;

/**
 * Gathers the issues of one import, listing at most a fixed number and counting the rest, so that a
 * file with a million bad rows yields a readable report in bounded memory.
 *
 * <p>Not thread safe: one per import.
 */
public final class IssueCollector {
  private final ImportFormat format;
  private final int maxListed;
  private final List<ImportIssue> listed = new ArrayList<>();
  private long notListed;

  /**
   * @param format the file format, which names record numbers ("line" or "feature")
   * @param maxListed how many issues to keep; the rest are counted
   */
  public IssueCollector(ImportFormat format, int maxListed) {
    this.format = format;
    this.maxListed = maxListed;
  }

  /** Records one problem; see {@link ImportIssue} for the meaning of each argument. */
  public void add(int record, String field, String reason, @Nullable String geometryWkt) {
    if (listed.size() < maxListed) {
      listed.add(new ImportIssue(record, field, reason, geometryWkt));
    } else {
      notListed++;
    }
  }

  /** Records one problem without a location. */
  public void add(int record, String field, String reason) {
    add(record, field, reason, null);
  }

  /** True while no problem has been found. */
  public boolean isEmpty() {
    return listed.isEmpty();
  }

  /** What a record number counts: {@code "line"} or {@code "feature"}. */
  public String recordWord() {
    return format.recordWord();
  }

  /** The report of an import that read {@code recordsRead} records. */
  public ImportReport toReport(
      Layer layer,
      String fileName,
      long recordsRead,
      Collection<String> ignoredFields,
      Duration elapsed) {
    return new ImportReport(
        layer,
        format,
        fileName,
        recordsRead,
        listed,
        notListed,
        ignoredFields.stream().sorted().toList(),
        elapsed);
  }
}
