package org.reclaim.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reclaim.app.cli.ReclaimCommand;
import org.reclaim.app.register.RegisterFactory;
import org.reclaim.app.web.DemoSite;
import org.reclaim.demo.DemoDataGenerator;
import org.reclaim.demo.DemoLoader;
import org.reclaim.demo.DemoParameters;
import org.reclaim.store.ReclaimStore;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code reclaim plan --from-register}: the register's best-ranked areas planned in the calling
 * process, the problem written as problem.json, and that file solved again with {@code --input}.
 */
class PlanCliIT {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String DB = "jdbc:h2:mem:plan-cli-it;DB_CLOSE_DELAY=-1";

  @TempDir Path dir;

  @Test
  void theRegistersBestRankedAreasArePlannedAndTheProblemSolvesAgainFromItsFile() throws Exception {
    ReclaimStore store = RegisterFactory.open(RegisterFactory.config(DB));
    DemoLoader.load(
        store,
        DemoDataGenerator.generate(DemoParameters.demo().scaled(0.05), DemoSite.TODAY),
        (layer, n) -> {});
    try {
      Path problem = dir.resolve("problem.json");
      Path plan = dir.resolve("plan.json");
      int code =
          ReclaimCommand.commandLine()
              .execute(
                  "plan",
                  "--from-register",
                  "--db-url",
                  DB,
                  "--profile",
                  "civilian-safety",
                  "--horizon-start",
                  "2026-07-01",
                  "--horizon-days",
                  "60",
                  "--max-areas",
                  "20",
                  "--time-limit",
                  "2s",
                  "--write-problem",
                  problem.toString(),
                  "-o",
                  plan.toString());
      assertThat(code).as("exit code: 0 is a feasible plan").isZero();

      JsonNode problemJson = JSON.readTree(Files.readString(problem));
      assertThat(problemJson.get("horizonDays").asInt()).isEqualTo(60);
      Set<String> taskIds = new HashSet<>();
      problemJson.get("tasks").forEach(t -> taskIds.add(t.get("id").asString()));
      assertThat(taskIds).isNotEmpty();
      JsonNode planJson = JSON.readTree(Files.readString(plan));
      assertThat(planJson.get("schedule").size()).isPositive();
      planJson.get("schedule").forEach(a -> assertThat(taskIds).contains(a.get("task").asString()));

      // the written problem is a plain problem.json: it solves again on its own
      int again =
          ReclaimCommand.commandLine()
              .execute(
                  "plan",
                  "--input",
                  problem.toString(),
                  "--time-limit",
                  "1s",
                  "-o",
                  dir.resolve("again.json").toString());
      assertThat(again).isZero();
    } finally {
      store.close();
    }
  }

  @Test
  void inputAndFromRegisterExcludeEachOther() {
    assertThat(ReclaimCommand.commandLine().execute("plan")).isEqualTo(2);
    assertThat(
            ReclaimCommand.commandLine()
                .execute("plan", "--input", dir.resolve("x.json").toString(), "--from-register"))
        .isEqualTo(2);
  }

  @Test
  void aNegativeReplanningPriceIsRefused() {
    assertThat(
            ReclaimCommand.commandLine()
                .execute(
                    "plan",
                    "--input",
                    "../docs/examples/plan-three-teams.json",
                    "--time-limit",
                    "1s",
                    "--replan-price-days",
                    "-1"))
        .isEqualTo(2);
  }
}
