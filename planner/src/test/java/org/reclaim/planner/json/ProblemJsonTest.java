package org.reclaim.planner.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.reclaim.planner.PlanResult;
import org.reclaim.planner.greedy.GreedyPlanner;
import org.reclaim.planner.plan.Plan;
import org.reclaim.planner.problem.PlanningProblem;
import org.reclaim.planner.problem.ProblemsForTest;
import tools.jackson.databind.JsonNode;

class ProblemJsonTest {
  static final String EXAMPLE =
      """
      {
        "horizonStart": "2026-03-02",
        "horizonDays": 10,
        "teams": [
          {"id": "A", "dayRateUsd": 100},
          {"id": "B", "dayRateUsd": 200},
          {"id": "C", "dayRateUsd": 100, "availability": [[0, 4]]}
        ],
        "tasks": [
          {"id": "t1", "weight": 10, "durations": {"A": 3, "B": 2}},
          {"id": "t2", "weight": 8, "durations": {"A": 2, "C": 2}},
          {"id": "t3", "weight": 6, "durations": {"B": 4, "C": 3}},
          {"id": "t4", "weight": 5, "durationDays": 4},
          {"id": "t5", "weight": 3, "durationDays": 2, "eligibleTeams": ["A"]},
          {"id": "t6", "weight": 1, "durations": {"C": 6}}
        ]
      }
      """;

  @Test
  void readsTheDocumentedExampleAsTheHandMadeInstance() {
    PlanningProblem read = ProblemJson.read(EXAMPLE);
    assertThat(read).isEqualTo(ProblemsForTest.threeTeamsSixTasks());
  }

  @Test
  void roundTrips() {
    PlanningProblem problem = ProblemJson.read(EXAMPLE);
    assertThat(ProblemJson.read(ProblemJson.write(problem))).isEqualTo(problem);
  }

  @Test
  void releaseDaysAndTasksInProgressRoundTrip() {
    String json =
        """
        {"horizonDays": 5, "teams": [{"id": "A"}],
         "tasks": [{"id": "x", "weight": 2.5, "releaseDay": 3, "durationDays": 1},
                   {"id": "y", "weight": 1, "durationDays": 2, "inProgressTeam": "A"}]}
        """;
    PlanningProblem problem = ProblemJson.read(json);
    assertThat(problem.horizonStart()).isEqualTo(ProblemJson.DEFAULT_HORIZON_START);
    assertThat(problem.tasks().get(0).releaseDay()).isEqualTo(3);
    assertThat(problem.tasks().get(1).inProgressTeamId()).isEqualTo("A");
    assertThat(ProblemJson.read(ProblemJson.write(problem))).isEqualTo(problem);
  }

  @Test
  void errorsNameTheField() {
    assertThatThrownBy(
            () ->
                ProblemJson.read(
                    """
                    {"horizonDays": 5, "teams": [{"id": "A"}],
                     "tasks": [{"id": "x", "weight": 1, "durations": {"A": 0}}]}
                    """))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tasks[0].durations.A: must be an integer >= 1");
    assertThatThrownBy(() -> ProblemJson.read("{\"teams\": []}"))
        .hasMessageContaining("horizonDays");
    assertThatThrownBy(() -> ProblemJson.read("{")).hasMessageContaining("not valid JSON");
  }

  @Test
  void writesTheScheduleAndObjective() {
    Plan greedy = GreedyPlanner.plan(ProblemJson.read(EXAMPLE));
    JsonNode out =
        ProblemJson.MAPPER.readTree(
            PlanJson.write(new PlanResult(greedy, greedy, java.util.List.of(), null)));
    assertThat(out.get("objective").doubleValue()).isEqualTo(128);
    assertThat(out.get("schedule")).hasSize(5);
    assertThat(out.get("schedule").get(0).get("task").stringValue()).isEqualTo("t2");
    assertThat(out.get("unassigned").get(0).get("reason").stringValue())
        .isEqualTo("DOES_NOT_FIT_HORIZON");
    assertThat(out.get("greedy").get("kpis").get("costUsd").doubleValue()).isEqualTo(1500);
  }

  @Test
  void aWrittenScheduleReadsBackAsThePreviousPlan() {
    Plan greedy = GreedyPlanner.plan(ProblemJson.read(EXAMPLE));
    String json = PlanJson.write(new PlanResult(greedy, greedy, java.util.List.of(), null));
    assertThat(PlanJson.readSchedule(json))
        .isEqualTo(org.reclaim.planner.plan.PlanChanges.of(greedy));
    assertThatThrownBy(() -> PlanJson.readSchedule("{\"schedule\": [{\"task\": \"t1\"}]}"))
        .hasMessage("schedule[0]: expected task and team names");
  }
}
