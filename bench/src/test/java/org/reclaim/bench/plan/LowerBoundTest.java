package org.reclaim.bench.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reclaim.planner.PlannerService;
import org.reclaim.planner.json.ProblemJson;
import org.reclaim.planner.plan.Plan;
import org.reclaim.planner.plan.SolveOptions;
import org.reclaim.planner.problem.PlanningProblem;
import org.reclaim.planner.problem.ProblemIndex;

class LowerBoundTest {
  private static final Duration LP_LIMIT = Duration.ofSeconds(30);

  private static Plan plan(PlanningProblem problem) {
    return new PlannerService().solve(problem, SolveOptions.ofMoveLimit(2_000), null).plan();
  }

  @Test
  void theLpAndLagrangianBoundsLieBetweenTasksAloneAndTheExactOptimum() {
    for (long seed = 1; seed <= 3; seed++) {
      PlanningProblem problem = PlanningInstances.generic(seed, 20, 4);
      ProblemIndex index = ProblemIndex.of(problem);
      Plan plan = plan(problem);
      double optimum = ExactReference.solve(index, Duration.ofSeconds(30), 2).objective();
      List<LowerBound.Part> lp = LowerBound.of(index, plan, Long.MAX_VALUE, LP_LIMIT);
      List<LowerBound.Part> lagrangian = LowerBound.of(index, plan, 0, LP_LIMIT);
      List<LowerBound.Part> alone = LowerBound.of(index, plan, 0, Duration.ZERO);
      double lpBound = lp.stream().mapToDouble(LowerBound.Part::bound).sum();
      double lagrangianBound = lagrangian.stream().mapToDouble(LowerBound.Part::bound).sum();
      double aloneBound = alone.stream().mapToDouble(LowerBound.Part::bound).sum();
      assertThat(lp).extracting(LowerBound.Part::kind).containsOnly(LowerBound.Kind.LP);
      assertThat(lagrangian)
          .extracting(LowerBound.Part::kind)
          .containsOnly(LowerBound.Kind.LAGRANGIAN);
      assertThat(alone).extracting(LowerBound.Part::kind).containsOnly(LowerBound.Kind.ALONE);
      assertThat(lpBound).as("seed %d", seed).isLessThanOrEqualTo(optimum + 1e-6 * optimum);
      assertThat(lpBound).as("seed %d", seed).isGreaterThan(aloneBound);
      // the Lagrangian dual's optimum is the LP's: never above it, and near it when converged
      assertThat(lagrangianBound).as("seed %d", seed).isLessThanOrEqualTo(lpBound + 1e-6 * lpBound);
      assertThat(lagrangianBound).as("seed %d", seed).isGreaterThan(0.995 * lpBound);
      assertThat(lp.stream().mapToDouble(LowerBound.Part::planObjective).sum())
          .isCloseTo(plan.kpis().objective(), within(1e-6 * optimum));
    }
  }

  @Test
  void teamsNoTaskLinksAreBoundedApart() {
    // A and B share t1; C alone may do t3 and t4, and t4 (11 days) never fits the 10-day horizon
    PlanningProblem problem =
        ProblemJson.read(
            """
            {"horizonDays": 10,
             "teams": [{"id": "A", "dayRateUsd": 100}, {"id": "B", "dayRateUsd": 100},
                       {"id": "C", "dayRateUsd": 100}],
             "tasks": [{"id": "t1", "weight": 4, "durations": {"A": 2, "B": 3}},
                       {"id": "t2", "weight": 1, "durations": {"A": 3}},
                       {"id": "t3", "weight": 2, "durations": {"C": 5}},
                       {"id": "t4", "weight": 3, "durations": {"C": 11}}]}
            """);
    ProblemIndex index = ProblemIndex.of(problem);
    List<LowerBound.Part> parts = LowerBound.of(index, plan(problem), 1_000, LP_LIMIT);
    assertThat(parts)
        .extracting(LowerBound.Part::teams, LowerBound.Part::tasks)
        .containsExactlyInAnyOrder(tuple(2, 2), tuple(1, 2));
    // optimum: A does t1 [0,2) then t2 [2,5): 4·2 + 1·5 = 13 (t1 on B instead: 4·3 + 1·3 = 15);
    // C does t3 [0,5): 2·5 = 10; t4 left out at twice the horizon: 3·20 = 60. Both LPs are
    // integral here, so the bound is the optimum.
    double total = parts.stream().mapToDouble(LowerBound.Part::bound).sum();
    assertThat(total).isCloseTo(13 + 10 + 60, within(1e-6));
    double lagrangian =
        LowerBound.of(index, plan(problem), 0, LP_LIMIT).stream()
            .mapToDouble(LowerBound.Part::bound)
            .sum();
    assertThat(lagrangian).isBetween(83 - 0.1, 83 + 1e-6);
  }
}
