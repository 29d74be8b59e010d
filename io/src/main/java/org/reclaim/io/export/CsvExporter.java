package org.reclaim.io.export;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.io.WKTWriter;

/**
 * Writes an {@link ExportTable} as RFC 4180 CSV (FastCSV's writer: quoting as needed), UTF-8,
 * header first; the geometry, if any, as OGC WKT in a last column {@code wkt} — the CSV import
 * format (io/README.md). The one CSV writer of Reclaim.
 */
public final class CsvExporter {
  private CsvExporter() {}

  /** Writes {@code table} to {@code out} (not closed), every value as it is. */
  public static void write(ExportTable table, OutputStream out) {
    write(table, out, false);
  }

  /**
   * Writes {@code table} to {@code out} (not closed).
   *
   * @param forSpreadsheets text values that start with a formula character ({@code = + - @}) get a
   *     leading {@code '}, so that a spreadsheet shows them rather than evaluating them (OWASP: CSV
   *     injection); numbers are untouched. For reports meant to be opened, not imported back.
   */
  public static void write(ExportTable table, OutputStream out, boolean forSpreadsheets) {
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    WKTWriter wkt = new WKTWriter(2);
    try {
      CsvWriter csv = CsvWriter.builder().build(w);
      List<String> header = new ArrayList<>(table.fields());
      if (table.spatial()) {
        header.add("wkt");
      }
      csv.writeRecord(header);
      for (ExportTable.Row r : table.rows()) {
        List<String> cells = new ArrayList<>(header.size());
        for (String f : table.fields()) {
          Object v = r.values().get(f);
          String text = ExportTable.text(v);
          cells.add(forSpreadsheets && v instanceof String ? neutralised(text) : text);
        }
        if (table.spatial()) {
          cells.add(r.geometry() == null ? "" : wkt.write(r.geometry()));
        }
        csv.writeRecord(cells);
      }
      csv.flush();
      w.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String neutralised(String s) {
    return !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
  }
}
