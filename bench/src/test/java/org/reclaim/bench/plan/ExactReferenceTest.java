package org.reclaim.bench.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.reclaim.planner.PlanResult;
import org.reclaim.planner.PlannerService;
import org.reclaim.planner.json.ProblemJson;
import org.reclaim.planner.plan.SolveOptions;
import org.reclaim.planner.problem.PlanningProblem;
import org.reclaim.planner.problem.ProblemIndex;

class ExactReferenceTest {
  /** The planner README's example: three teams, six tasks, team C available days 0–4. */
  private static final String EXAMPLE =
      """
      {"horizonDays": 10,
       "teams": [{"id": "A", "dayRateUsd": 100}, {"id": "B", "dayRateUsd": 200},
                 {"id": "C", "dayRateUsd": 100}],
       "tasks": [{"id": "t1", "weight": 10, "durations": {"A": 3, "B": 2}},
                 {"id": "t2", "weight": 8, "durations": {"A": 2, "C": 2}},
                 {"id": "t3", "weight": 6, "durations": {"B": 4, "C": 3}},
                 {"id": "t4", "weight": 5, "durationDays": 4},
                 {"id": "t5", "weight": 3, "durationDays": 2, "eligibleTeams": ["A"]},
                 {"id": "t6", "weight": 1, "durations": {"C": 11}}]}
      """;

  @Test
  void cpSatFindsTheOptimumWorkedOutByHand() {
    // B: t1 [0,2) then t4 [2,6); A: t2 [0,2), t5 [2,4); C: t3 [0,3); t6 (11 days) never fits:
    // 10·2 + 5·6 + 8·2 + 3·4 + 6·3 = 96, plus t6 left out at 2 × 10 days: 1·20 → 116
    PlanningProblem problem = ProblemJson.read(EXAMPLE);
    ExactReference.Result exact =
        ExactReference.solve(ProblemIndex.of(problem), Duration.ofSeconds(20), 1);
    assertThat(exact.optimal()).isTrue();
    assertThat(exact.objective()).isEqualTo(116);
    PlanResult plan = new PlannerService().solve(problem, SolveOptions.ofMoveLimit(5_000), null);
    assertThat(plan.plan().kpis().objective()).isEqualTo(116);
  }

  @Test
  void nationalInstancesAreSeededAndEveryTaskHasATeamAt500Teams() {
    PlanningProblem a = PlanningInstances.national(3, 400, 500, 90);
    assertThat(a).isEqualTo(PlanningInstances.national(3, 400, 500, 90));
    ProblemIndex index = ProblemIndex.of(a);
    for (int j = 0; j < index.taskCount(); j++) {
      boolean any = false;
      for (int t = 0; t < index.teamCount() && !any; t++) {
        any = index.eligible(j, t);
      }
      assertThat(any).as(index.task(j).toString()).isTrue();
    }
  }
}
