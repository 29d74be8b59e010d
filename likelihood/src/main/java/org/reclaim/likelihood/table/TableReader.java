package org.reclaim.likelihood.table;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a CSV file (RFC 4180, UTF-8, header row first) into a {@link Table}. A column whose every
 * non-empty cell reads as a number (decimal point; {@code NaN} and {@code nan} allowed) is numeric,
 * any other text; an empty header cell (a pandas index) is named {@code _index}.
 *
 * <p>A row with more or fewer cells than the header is refused with its line number: a shifted row
 * would silently move values between columns.
 */
public final class TableReader {
  private TableReader() {}

  /**
   * Reads {@code file}.
   *
   * @throws IllegalArgumentException naming the line and the count when a row's width is wrong
   * @throws IOException when the file cannot be read
   */
  public static Table read(Path file) throws IOException {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(r, file.getFileName().toString());
    }
  }

  /** Reads CSV text from {@code in} (not closed); {@code name} is for messages. */
  public static Table read(Reader in, String name) throws IOException {
    List<String> header = null;
    List<String[]> rows = new ArrayList<>();
    try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(in)) {
      for (CsvRecord rec : csv) {
        if (header == null) {
          header = new ArrayList<>();
          for (String h : rec.getFields()) {
            String n = h.strip();
            if (header.isEmpty() && n.startsWith("\uFEFF")) {
              n = n.substring(1);
            }
            header.add(n.isEmpty() ? "_index" : n);
          }
          continue;
        }
        if (rec.getFieldCount() == 1 && rec.getField(0).isEmpty()) {
          continue; // a blank line
        }
        if (rec.getFieldCount() != header.size()) {
          throw new IllegalArgumentException(
              name
                  + ", line "
                  + rec.getStartingLineNumber()
                  + ": "
                  + rec.getFieldCount()
                  + " cells where the header has "
                  + header.size());
        }
        rows.add(rec.getFields().toArray(String[]::new));
      }
    }
    if (header == null) {
      throw new IllegalArgumentException(name + ": empty file, no header row");
    }
    Table.Builder t = Table.builder(rows.size());
    for (int c = 0; c < header.size(); c++) {
      String[] cells = new String[rows.size()];
      boolean numeric = true;
      for (int r = 0; r < rows.size(); r++) {
        String v = rows.get(r)[c].strip();
        cells[r] = v.isEmpty() ? null : v;
        if (cells[r] != null && Double.isNaN(number(cells[r])) && !isNan(cells[r])) {
          numeric = false;
        }
      }
      if (numeric) {
        double[] values = new double[cells.length];
        for (int r = 0; r < cells.length; r++) {
          values[r] = cells[r] == null ? Double.NaN : number(cells[r]);
        }
        t.numeric(header.get(c), values);
      } else {
        t.text(header.get(c), cells);
      }
    }
    return t.build();
  }

  private static boolean isNan(String s) {
    return s.toLowerCase(Locale.ROOT).equals("nan");
  }

  /** The number in {@code s}, or {@code NaN} when it is none (or is NaN). */
  private static double number(String s) {
    try {
      double v = Double.parseDouble(s);
      return Double.isInfinite(v) ? Double.NaN : v;
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }
}
