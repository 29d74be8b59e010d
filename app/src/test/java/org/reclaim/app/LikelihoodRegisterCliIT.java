package org.reclaim.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reclaim.demo.DemoDataGenerator;
import org.reclaim.demo.DemoLoader;
import org.reclaim.demo.DemoParameters;
import org.reclaim.store.ReclaimStore;

/**
 * The register's likelihood from the command line: its features written as CSV (by area, and on a
 * grid) for the generic commands, a model trained from its completed work, listed, made active and
 * none again, and the cancellation candidates; a refusal named.
 */
class LikelihoodRegisterCliIT {
  private static final String NAME = "likelihood-register-cli-it";
  private static ReclaimStore store;
  @TempDir static Path dir;

  @BeforeAll
  static void load() {
    store = CliForTest.open(NAME);
    DemoLoader.load(
        store,
        DemoDataGenerator.generate(DemoParameters.demo().scaled(0.3), LocalDate.of(2026, 6, 30)),
        (layer, n) -> {});
  }

  @Test
  void featuresModelsAndCandidates() throws Exception {
    String url = CliForTest.url(NAME);
    Path areas = dir.resolve("areas.csv");
    String wrote = CliForTest.ok("likelihood", "features", "--db-url", url, "-o", areas.toString());
    assertThat(wrote).contains("areas").contains("id area_id");
    List<String> lines = Files.readAllLines(areas);
    assertThat(lines.get(0)).startsWith("area_id,region_id,found,occupied_days");
    assertThat(lines).hasSize((int) store.hazardousAreas().count() + 1);

    Path cells = dir.resolve("cells.csv");
    String grid =
        CliForTest.ok(
            "likelihood", "features", "--db-url", url, "--grid", "500", "-o", cells.toString());
    assertThat(grid).contains("cells").contains("exclude area_id,lon,lat");
    assertThat(Files.readAllLines(cells).get(0)).startsWith("cell_id,area_id,lon,lat,region_id");
    // the generic trainer reads the register's own cells
    String trained =
        CliForTest.ok(
            "likelihood",
            "train",
            "--input",
            areas.toString(),
            "--label",
            "found",
            "--group",
            "region_id",
            "--id",
            "area_id",
            "--rounds",
            "30",
            "-o",
            dir.resolve("model").toString());
    assertThat(trained).contains("grouped cross-validation");

    String registerModel =
        CliForTest.ok("likelihood", "train-register", "--db-url", url, "--activate");
    assertThat(registerModel).contains("grouped cross-validation").contains("now active");
    assertThat(CliForTest.ok("likelihood", "models", "--db-url", url)).contains("READY");
    String candidates =
        CliForTest.ok(
            "likelihood",
            "candidates",
            "--db-url",
            url,
            "--limit",
            "5",
            "--out",
            dir.resolve("candidates.csv").toString());
    assertThat(candidates).containsPattern("unreleased areas below probability 0\\.10");
    assertThat(Files.readAllLines(dir.resolve("candidates.csv")).get(0))
        .startsWith("area_id,code,name");
    assertThat(CliForTest.ok("likelihood", "activate", "none", "--db-url", url))
        .contains("no likelihood model is active");
    CliForTest.Run none = CliForTest.exec("likelihood", "candidates", "--db-url", url);
    assertThat(none.code()).isEqualTo(2);
    assertThat(none.err()).contains("no likelihood model is active");
    CliForTest.Run bad = CliForTest.exec("likelihood", "activate", "seven", "--db-url", url);
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("MODEL must be a model id or none");
  }
}
