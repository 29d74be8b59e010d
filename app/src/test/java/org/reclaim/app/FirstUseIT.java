package org.reclaim.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reclaim.app.cli.ReclaimCommand;
import org.reclaim.io.Layer;
import org.reclaim.store.ReclaimStore;
import org.reclaim.store.StoreConfig;
import org.reclaim.store.jobs.PlanJob;

/**
 * What a newcomer meets first: {@code reclaim demo} leaves a ranking run per profile and a plan, so
 * that no page opens empty; a command on a register another process holds says who holds it and
 * what to do; the help of {@code import} names every layer.
 */
class FirstUseIT {
  @TempDir Path dir;

  @Test
  void theDemoRanksUnderEveryProfileAndPlansBeforeItServes() {
    CliForTest.Run run =
        CliForTest.exec(
            "demo",
            "--no-serve",
            "--scale",
            "0.03",
            "--today",
            "2026-11-01",
            "--plan-seconds",
            "2",
            "--data-dir",
            dir.toString());
    assertThat(run.code()).as(run.err()).isZero();
    try (ReclaimStore store = ReclaimStore.open(StoreConfig.embedded(dir.resolve("demo")))) {
      var runs = store.rankings().listRuns();
      assertThat(runs)
          .extracting(r -> r.profileName())
          .containsExactlyInAnyOrder(
              "civilian-safety", "agricultural-recovery", "critical-infrastructure", "balanced");
      // newest first: the pages open on the planned profile's run
      assertThat(runs.getFirst().profileName()).isEqualTo("civilian-safety");
      assertThat(runs.getFirst().areaCount()).isPositive();
      List<PlanJob> jobs = store.planJobs().list(0, 10).stream().map(v -> v.value()).toList();
      assertThat(jobs)
          .singleElement()
          .satisfies(
              j -> {
                assertThat(j.status()).isEqualTo(PlanJob.Status.COMPLETED);
                assertThat(j.taskCount()).isPositive();
                assertThat(j.objective()).isNotNull();
              });
    }
    assertThat(run.err()).contains("ranked").contains("plan job");
  }

  @Test
  void aCommandOnARegisterHeldByAServerSaysWhoHoldsItAndWhatToDo() throws Exception {
    Path register = dir.resolve("held");
    Process holder =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                HoldRegisterForTest.class.getName(),
                register.toString())
            .redirectErrorStream(true)
            .start();
    try {
      BufferedReader out =
          new BufferedReader(
              new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
      String line;
      while ((line = out.readLine()) != null && !line.equals("ready")) {
        // the holder's start-up output
      }
      assertThat(line).as("the holding process started").isEqualTo("ready");
      Path file = dir.resolve("areas.geojson");
      Files.writeString(file, "{\"type\":\"FeatureCollection\",\"features\":[]}");
      CliForTest.Run run =
          CliForTest.exec(
              "import", "hazardous-areas", file.toString(), "--data-dir", register.toString());
      assertThat(run.code()).isEqualTo(ReclaimCommand.EXIT_REGISTER_IN_USE);
      assertThat(run.err())
          .contains("is open in another process")
          .contains("reclaim demo (pid " + holder.pid() + ")")
          .contains("http://localhost:8080/")
          .contains("kill " + holder.pid())
          .doesNotContain("Exception")
          .doesNotContain("\tat ");
    } finally {
      holder.destroyForcibly();
      holder.waitFor(10, TimeUnit.SECONDS);
    }
  }

  @Test
  void theHelpOfImportNamesEveryLayer() {
    CliForTest.Run run = CliForTest.exec("import", "--help");
    String help = run.out().replaceAll("\\s+", " ");
    for (Layer l : Layer.values()) {
      assertThat(help).contains(l.cliName());
    }
  }

  @Test
  void anUnknownLayerIsNamedWithTheLayersThatExist() {
    CliForTest.Run run = CliForTest.exec("import", "minefields", dir.resolve("x.csv").toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("minefields").contains("hazardous-areas");
  }
}
