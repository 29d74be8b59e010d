package org.reclaim.io.odk;

import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the main CSV file of a form's export — ODK Central's ({@code ,} separated, groups joined
 * with {@code -}: {@code interview-survey_date}, {@code meta-instanceID}, {@code KEY}) or
 * KoboToolbox's ({@code ;} or {@code ,} separated, groups joined with {@code /} when "include
 * groups in headers" is chosen, {@code _id} and {@code _uuid}) — into submissions, one per row. The
 * separator is the one of {@code ,} and {@code ;} that the header row holds more of. Record numbers
 * are physical lines, the header being line 1, as for {@link org.reclaim.io.csv.CsvLayerReader}.
 *
 * <p>Repeat groups come in other files of the export (joined by {@code PARENT_KEY} in ODK Central,
 * {@code _parent_index} in KoboToolbox) and are not read here.
 */
final class OdkCsvReader {
  private static final int HEADER_PEEK = 1 << 16;

  private OdkCsvReader() {}

  static void read(InputStream raw, SubmissionRun<?> run) {
    BufferedInputStream in = new BufferedInputStream(raw, HEADER_PEEK);
    try {
      char separator = separator(in);
      CsvReader<CsvRecord> reader =
          CsvReader.builder()
              .fieldSeparator(separator)
              .allowMissingFields(true)
              .allowExtraFields(true)
              .skipEmptyLines(true)
              .detectBomHeader(true)
              .ofCsvRecord(in);
      try (CloseableIterator<CsvRecord> rows = reader.iterator()) {
        rows(rows, run);
      }
    } catch (CsvParseException e) {
      run.fileIssue(e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void rows(CloseableIterator<CsvRecord> rows, SubmissionRun<?> run) {
    if (!rows.hasNext()) {
      run.fileIssue("the file is empty; expected a header row");
      return;
    }
    List<String> header = new ArrayList<>();
    for (String name : rows.next().getFields()) {
      header.add(name.strip().toLowerCase(Locale.ROOT));
    }
    while (rows.hasNext()) {
      CsvRecord row = rows.next();
      int line = (int) Math.min(Integer.MAX_VALUE, row.getStartingLineNumber());
      if (row.getFieldCount() != header.size()) {
        run.issue(
            line,
            "(row)",
            "has " + row.getFieldCount() + " fields, the header has " + header.size());
        continue;
      }
      Submission s = new Submission(line, true, run.used());
      for (int i = 0; i < header.size(); i++) {
        if (!header.get(i).isEmpty() && !row.getField(i).isBlank()) {
          s.put(header.get(i), row.getField(i));
        }
      }
      run.accept(s);
    }
  }

  /** {@code ;} when the first line holds more semicolons than commas (outside quotes). */
  private static char separator(BufferedInputStream in) throws IOException {
    in.mark(HEADER_PEEK);
    byte[] head = in.readNBytes(HEADER_PEEK);
    in.reset();
    int commas = 0;
    int semicolons = 0;
    boolean quoted = false;
    for (byte b : head) {
      if (b == '"') {
        quoted = !quoted;
      } else if (!quoted && (b == '\n' || b == '\r')) {
        break;
      } else if (!quoted && b == ',') {
        commas++;
      } else if (!quoted && b == ';') {
        semicolons++;
      }
    }
    return semicolons > commas ? ';' : ',';
  }
}
