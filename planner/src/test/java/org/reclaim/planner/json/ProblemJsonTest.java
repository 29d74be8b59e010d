package org.reclaim.planner.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reclaim.domain.team.DateRange;
import org.reclaim.planner.PlanResult;
import org.reclaim.planner.greedy.GreedyPlanner;
import org.reclaim.planner.plan.Plan;
import org.reclaim.planner.problem.PlanTeam;
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
  void aProblemFromTheRegisterKeepsEligibilityAreasAndEarmarks() {
    // areas with methods, regions and accreditations; an earmark per region binds a little
    PlanningProblem domain = ProblemsForTest.synthetic(7, 60, 12, 40);
    PlanningProblem read = ProblemJson.read(ProblemJson.write(domain));

    assertThat(read.earmarks()).isEqualTo(domain.earmarks());
    assertThat(read.tasks().get(3).areaM2()).isEqualTo(domain.tasks().get(3).areaM2());
    assertThat(read.tasks().get(3).method()).isEqualTo(domain.tasks().get(3).method());
    assertThat(read.teams().get(2).base()).isEqualTo(domain.teams().get(2).base());
    for (int j = 0; j < domain.tasks().size(); j++) {
      for (int t = 0; t < domain.teams().size(); t++) {
        var task = domain.tasks().get(j);
        var team = domain.teams().get(t);
        boolean eligible = team.accredits(task) && team.durationDays(task).isPresent();
        var readTask = read.tasks().get(j);
        var readTeam = read.teams().get(t);
        assertThat(readTeam.accredits(readTask) && readTeam.durationDays(readTask).isPresent())
            .as("%s on %s", task.id(), team.id())
            .isEqualTo(eligible);
      }
    }
    // the same greedy plan, measured the same way (km² released, cost, earmarks respected)
    Plan before = GreedyPlanner.plan(domain);
    Plan after = GreedyPlanner.plan(read);
    assertThat(after.assignments()).isEqualTo(before.assignments());
    assertThat(after.kpis()).isEqualTo(before.kpis());
  }

  @Test
  void availabilityBeforeTheHorizonIsCutAndAnEndedCalendarGivesNoWork() {
    String json =
        """
        {"horizonStart": "2026-03-10", "horizonDays": 10, "teams": [{"id": "A"}, {"id": "B"}],
         "tasks": [{"id": "x", "weight": 1, "durationDays": 2}]}
        """;
    PlanningProblem read = ProblemJson.read(json);
    LocalDate start = read.horizonStart();
    // A worked 2026-03-01..03-12 (only days 0-2 are in the horizon), B's calendar ended 03-05
    PlanningProblem problem =
        new PlanningProblem(
            start,
            10,
            List.of(
                PlanTeam.generic(
                    "A",
                    0,
                    List.of(new DateRange(start.minusDays(9), start.plusDays(2))),
                    Map.of("x", 2)),
                PlanTeam.generic(
                    "B",
                    0,
                    List.of(new DateRange(start.minusDays(9), start.minusDays(5))),
                    Map.of("x", 2))),
            read.tasks(),
            List.of());
    JsonNode teams = ProblemJson.MAPPER.readTree(ProblemJson.write(problem)).get("teams");
    assertThat(teams.get(0).get("availability").toString()).isEqualTo("[[0,2]]");
    assertThat(teams.get(1).get("availability").toString()).isEqualTo("[[10,10]]");
    Plan plan = GreedyPlanner.plan(ProblemJson.read(ProblemJson.write(problem)));
    assertThat(plan.assignments()).singleElement().extracting(a -> a.teamId()).isEqualTo("A");
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
