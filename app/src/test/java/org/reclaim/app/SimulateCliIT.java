package org.reclaim.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code reclaim simulate} on a small world: every policy's measures printed with the goal judged,
 * the HTML report written with its charts' data, and bad settings named.
 */
class SimulateCliIT {
  @TempDir Path dir;

  @Test
  void aSmallComparisonPrintsEveryPolicyAndWritesTheReport() throws Exception {
    Path report = dir.resolve("report.html");
    CliForTest.Run r =
        CliForTest.exec(
            "simulate",
            "--seeds",
            "1",
            "--years",
            "1",
            "--scale",
            "0.1",
            "--plan-moves",
            "500",
            "--report",
            report.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("first come, first served *")
        .contains("largest area first *")
        .contains("nearest to team base *")
        .contains("impact score, worked in order *")
        .contains("Reclaim: ranking + plan ")
        .contains("Reclaim: ranking + plan + likelihood")
        .containsPattern("goal: .* releases \\d+\\.\\d\\d× .*: (MET|NOT MET)")
        .containsPattern("safety: .*: (MET|NOT MET)")
        .contains("6 campaigns in");
    String html = Files.readString(report);
    assertThat(html)
        .contains("<canvas id=\"value\">")
        .contains("<canvas id=\"missed\">")
        .contains("\"policies\":[{\"name\":\"first come, first served\"")
        .contains("Chart.js v4") // inlined: the report needs no internet
        .contains("<td>casualtiesPerExposedYear</td>")
        .contains("<h2>Value released per year, US$ M</h2>")
        .contains("<th>year 1</th>");
  }

  @Test
  void badSettingsAreNamed() {
    CliForTest.Run r = CliForTest.exec("simulate", "--seeds", "0");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("seeds: must be in 1..1000, was 0");
    CliForTest.Run p = CliForTest.exec("simulate", "--profile", "nobody");
    assertThat(p.code()).isEqualTo(2);
    assertThat(p.err()).contains("profile: one of [");
  }
}
