package org.reclaim.io.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one CSV writer: RFC 4180 quoting by FastCSV, and spreadsheet-safe text when asked. */
class CsvExporterTest {
  private static ExportTable table(Object name, Object score) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("name", name);
    v.put("score", score);
    return new ExportTable(
        "t", List.of("name", "score"), false, List.of(new ExportTable.Row(v, null)));
  }

  private static String csv(ExportTable t, boolean forSpreadsheets) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CsvExporter.write(t, out, forSpreadsheets);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void valuesWithCommasAndQuotesAreQuotedOthersAreNot() {
    assertThat(csv(table("Field \"North\", 2", 1.5), false))
        .isEqualTo("name,score\r\n\"Field \"\"North\"\", 2\",1.5\r\n");
    assertThat(csv(table("Field 1", 2.0), false)).isEqualTo("name,score\r\nField 1,2\r\n");
  }

  @Test
  void forSpreadsheetsAFormulaInTextIsShownNotEvaluatedAndNumbersStay() {
    assertThat(csv(table("=HYPERLINK(\"x\")", -3.5), true))
        .isEqualTo("name,score\r\n\"'=HYPERLINK(\"\"x\"\")\",-3.5\r\n");
    assertThat(csv(table("=1+1", -3.5), false)).isEqualTo("name,score\r\n=1+1,-3.5\r\n");
  }
}
