package org.reclaim.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reclaim.app.cli.ReclaimCommand;
import org.reclaim.domain.DomainForTest;
import org.reclaim.domain.hazard.HazardousArea;
import org.reclaim.domain.release.LandRelease;
import org.reclaim.domain.release.ReleaseCategory;
import org.reclaim.store.ReclaimStore;

/**
 * {@code reclaim report …} from the command line over a register: the operations figures, and a
 * layer exported in each format and imported back into an empty register with {@code reclaim
 * import}, record for record.
 */
class ReportCliIT {
  @TempDir Path dir;

  private static String url(String name) {
    return CliForTest.url(name);
  }

  private static ReclaimStore open(String name) {
    return CliForTest.open(name);
  }

  private static String run(String... args) {
    return CliForTest.ok(args);
  }

  private static void seed(String db) {
    try (ReclaimStore s = open(db)) {
      s.inTransaction(
          () -> {
            s.regions().insert(DomainForTest.country(), "t");
            for (int i = 1; i <= 3; i++) {
              s.hazardousAreas().insert(DomainForTest.area(i, 36.2 + i * 0.01, 50.0), "t");
            }
            s.landReleases()
                .insert(
                    new LandRelease(
                        10, 1, null, ReleaseCategory.CANCELLED, 1500, LocalDate.of(2026, 4, 2), 0),
                    "t");
            s.landReleases()
                .insert(
                    new LandRelease(
                        11, 2, null, ReleaseCategory.CLEARED, 700, LocalDate.of(2026, 4, 9), 3),
                    "t");
          });
    }
  }

  @Test
  void operationsReportSumsTheMonth() {
    seed("cli-ops");
    String out =
        run(
            "report",
            "operations",
            "--from",
            "2026-04-01",
            "--to",
            "2026-04-30",
            "--by",
            "month",
            "--db-url",
            url("cli-ops"));
    // 1,500 cancelled + 700 cleared = 2,200 m², 3 items, 2 bookings.
    assertThat(out).contains("2026-04\t2\t1500.00\t0.00\t700.00\t2200.00\t3");
    assertThat(out).contains("total\t2\t1500.00\t0.00\t700.00\t2200.00\t3");
  }

  @Test
  void everyReportKeepsItsSubcommandOptionsAndColumns() {
    seed("cli-all");
    String db = url("cli-all");
    assertThat(run("report", "donors", "--half", "2026-H1", "--db-url", db))
        .startsWith(
            "donor\tpledged_usd\tcommitted_usd\tdisbursed_usd\tspent_usd\toutputs_m2"
                + "\tshare_percent");
    assertThat(run("report", "cost-per-m2", "--by", "operator", "--db-url", db))
        .startsWith("operator\ttasks\tcost_usd\treleased_m2\tusd_per_m2");
    assertThat(run("report", "indicators", "--db-url", db))
        .startsWith("code\tyear\ttarget\tactual\tachievement_percent\tgrade\tbudget_usd");
    assertThat(run("report", "nexus", "--monthly", "--db-url", db))
        .startsWith("region_id\tperiod\thectares");
    // By year: 1,500 m² cancelled + 700 m² cleared in 2026, 2 bookings, 3 items.
    assertThat(
            run(
                "report",
                "operations",
                "--from",
                "2026-01-01",
                "--to",
                "2026-12-31",
                "--by",
                "YEAR",
                "--db-url",
                db))
        .contains("2026\t2\t1500.00\t0.00\t700.00\t2200.00\t3");
    String help = run("report", "--help");
    for (String sub :
        List.of(
            "operations",
            "monthly",
            "donors",
            "cost-per-m2",
            "indicators",
            "nexus",
            "compensation",
            "export")) {
      assertThat(help).contains("  " + sub);
    }
    assertThat(run("report", "monthly", "--help")).contains("--month").contains("--pdf");
    int refused =
        ReclaimCommand.commandLine()
            .execute("report", "operations", "--from", "April", "--to", "2026-04-30");
    assertThat(refused).isEqualTo(2);
  }

  @Test
  void theMonthlyReportAsPdf() throws Exception {
    seed("cli-pdf");
    Path pdf = dir.resolve("2026-04.pdf");
    run(
        "report",
        "monthly",
        "--month",
        "2026-04",
        "--pdf",
        "--out",
        pdf.toString(),
        "--db-url",
        url("cli-pdf"));
    try (org.apache.pdfbox.pdmodel.PDDocument doc =
        org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
      String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
      // 1,500 + 700 = 2,200 m² and 3 items in April.
      assertThat(text)
          .contains("Land released in the month: 2,200 m2")
          .contains("items found and destroyed: 3");
    }
  }

  @Test
  void everyExportFormatImportsBack() throws Exception {
    seed("cli-src");
    List<HazardousArea> original;
    try (ReclaimStore s = open("cli-src")) {
      original = s.hazardousAreas().listAll();
    }
    for (String format : List.of("csv", "geojson", "gpkg")) {
      Path file = dir.resolve("areas." + format);
      run(
          "report",
          "export",
          "hazardous-areas",
          "--format",
          format,
          "--out",
          file.toString(),
          "--db-url",
          url("cli-src"));
      assertThat(Files.size(file)).isPositive();
      String target = "cli-dst-" + format;
      try (ReclaimStore s = open(target)) {
        s.regions().insert(DomainForTest.country(), "t");
      }
      run("import", "hazardous-areas", file.toString(), "--db-url", url(target));
      try (ReclaimStore s = open(target)) {
        List<HazardousArea> back = s.hazardousAreas().listAll();
        assertThat(back).hasSameSizeAs(original);
        for (int i = 0; i < back.size(); i++) {
          HazardousArea a = original.get(i);
          HazardousArea b = back.get(i);
          assertThat(b.code()).isEqualTo(a.code());
          assertThat(b.geometry().equalsExact(a.geometry())).as(format).isTrue();
          assertThat(b.areaM2()).isEqualTo(a.areaM2());
          assertThat(b.contamination()).isEqualTo(a.contamination());
          assertThat(b.reportedOn()).isEqualTo(a.reportedOn());
        }
      }
    }
  }
}
