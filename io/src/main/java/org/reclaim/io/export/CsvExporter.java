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
 * Writes an {@link ExportTable} as RFC 4180 CSV, UTF-8, header first; the geometry, if any, as OGC
 * WKT in a last column {@code wkt} — the CSV import format (io/README.md).
 */
public final class CsvExporter {
  private CsvExporter() {}

  /** Writes {@code table} to {@code out} (not closed). */
  public static void write(ExportTable table, OutputStream out) {
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
          cells.add(ExportTable.text(r.values().get(f)));
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
}
