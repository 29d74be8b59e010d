package org.reclaim.app.release;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.reclaim.domain.release.ReleaseAggregateOp;

/**
 * The monthly operations report as a PDF (A4, PDFBox, standard Helvetica): the same figures and
 * tables as {@link OperationsReport}'s HTML. Text the standard font cannot encode (e.g. Cyrillic
 * names) is written with {@code ?} in its place rather than failing the report.
 */
public final class OperationsReportPdf {
  private static final float MARGIN = 50;
  private static final float LINE = 14;
  private static final float[] COLUMNS = {0, 170, 250, 320, 390, 460};

  private OperationsReportPdf() {}

  /** The report as PDF bytes. */
  public static byte[] pdf(
      YearMonth month,
      Map<String, ReleaseAggregateOp.Totals> byRegion,
      Map<String, ReleaseAggregateOp.Totals> byOperator,
      Map<String, ReleaseAggregateOp.Totals> byMethod,
      OperationsReport.Names names) {
    List<String[]> lines = new ArrayList<>();
    ReleaseAggregateOp.Totals total = OperationsReport.total(byMethod);
    lines.add(new String[] {"#Mine action operations report - " + month});
    lines.add(
        new String[] {
          "Land released in the month: "
              + m2(total.releasedM2())
              + " m2 in "
              + total.bookings()
              + " bookings; items found and destroyed: "
              + total.itemsFound()
        });
    section(lines, "By region", byRegion, names.regions());
    section(lines, "By operator", byOperator, names.operators());
    section(lines, "By method", byMethod, Map.of());
    try (PDDocument doc = new PDDocument()) {
      write(doc, lines);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void section(
      List<String[]> lines,
      String title,
      Map<String, ReleaseAggregateOp.Totals> groups,
      Map<String, String> names) {
    lines.add(new String[] {""});
    lines.add(new String[] {"#" + title});
    lines.add(
        new String[] {"", "cancelled m2", "reduced m2", "cleared m2", "released m2", "items"});
    groups.forEach(
        (k, t) ->
            lines.add(
                new String[] {
                  names.getOrDefault(k, k),
                  m2(t.cancelledM2()),
                  m2(t.reducedM2()),
                  m2(t.clearedM2()),
                  m2(t.releasedM2()),
                  String.valueOf(t.itemsFound())
                }));
  }

  private static void write(PDDocument doc, List<String[]> lines) throws IOException {
    PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    PDPageContentStream s = null;
    float y = 0;
    try {
      for (String[] line : lines) {
        if (s == null || y < MARGIN) {
          if (s != null) {
            s.close();
          }
          PDPage page = new PDPage(PDRectangle.A4);
          doc.addPage(page);
          s = new PDPageContentStream(doc, page);
          y = page.getMediaBox().getHeight() - MARGIN;
        }
        boolean heading = line.length == 1 && line[0].startsWith("#");
        for (int c = 0; c < line.length; c++) {
          String text = heading ? line[0].substring(1) : line[c];
          PDType1Font font = heading ? bold : regular;
          s.beginText();
          s.setFont(font, heading ? 13 : 10);
          s.newLineAtOffset(MARGIN + COLUMNS[Math.min(c, COLUMNS.length - 1)], y);
          s.showText(encodable(font, text));
          s.endText();
        }
        y -= LINE;
      }
    } finally {
      if (s != null) {
        s.close();
      }
    }
  }

  /** {@code text} with every character the font cannot encode replaced by {@code ?}. */
  static String encodable(PDType1Font font, String text) {
    StringBuilder b = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            cp -> {
              String ch = new String(Character.toChars(cp));
              try {
                font.encode(ch);
                b.append(ch);
              } catch (IOException | IllegalArgumentException e) {
                b.append('?');
              }
            });
    return b.toString();
  }

  private static String m2(double v) {
    return String.format(Locale.ROOT, "%,.0f", v);
  }
}
