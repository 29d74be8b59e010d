package org.reclaim.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImportReportTest {

  @Test
  void textHasOneLinePerIssue() {
    ImportReport report =
        new ImportReport(
            Layer.HAZARDOUS_AREAS,
            ImportFormat.CSV,
            "areas.csv",
            40,
            List.of(
                new ImportIssue(
                    17,
                    "geometry",
                    "invalid polygon: Self-intersection at (30.1, 48.2)",
                    "POINT (30.1 48.2)"),
                new ImportIssue(0, "crs", "unknown")),
            3,
            List.of("imsma_guid"),
            Duration.ofMillis(500));

    assertThat(report.ok()).isFalse();
    assertThat(report.issueCount()).isEqualTo(5);
    assertThat(report.recordsPerSecond()).isEqualTo(80.0); // 40 records in 0.5 s
    assertThat(report.toText().lines())
        .containsExactly(
            "areas.csv: hazardous-areas CSV, 40 records read in 0.5 s (80 records/s),"
                + " 5 problem(s), nothing imported",
            "note: ignored unknown field(s) imsma_guid",
            "line 17, field \"geometry\": invalid polygon: Self-intersection at (30.1, 48.2)",
            "file, field \"crs\": unknown",
            "... and 3 more problem(s) not listed");
  }

  @Test
  void aResultWithIssuesHoldsNoRecordsAndRefusesToHandThemOut() {
    ImportReport report =
        new ImportReport(
            Layer.OPERATORS,
            ImportFormat.GEOJSON,
            "ops.geojson",
            2,
            List.of(new ImportIssue(2, "kind", "unknown value")),
            0,
            List.of(),
            Duration.ZERO);
    ImportResult<String> result = new ImportResult<>(report, List.of("a record"));

    assertThat(result.records()).isEmpty();
    assertThatThrownBy(result::requireOk)
        .isInstanceOf(ImportFailedException.class)
        .hasMessageContaining("feature 2, field \"kind\": unknown value");
  }

  @Test
  void issuesBeyondTheCapAreCountedNotListed() {
    StringBuilder csv = new StringBuilder("name,kind,country\n");
    for (int i = 0; i < 25; i++) {
      csv.append("Op ").append(i).append(",BAD,UA\n");
    }
    ImportReport report =
        ImportForTest.text(
                Layer.OPERATORS,
                ImportFormat.CSV,
                csv.toString(),
                ImportOptions.sequentialIds(1).withMaxIssues(10))
            .report();

    assertThat(report.issues()).hasSize(10);
    assertThat(report.issuesNotListed()).isEqualTo(15);
    assertThat(report.toText()).contains("... and 15 more problem(s) not listed");
  }
}
