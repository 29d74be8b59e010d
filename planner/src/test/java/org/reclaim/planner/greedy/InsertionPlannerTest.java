package org.reclaim.planner.greedy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.reclaim.planner.plan.Plan;
import org.reclaim.planner.plan.PlanAssembler;
import org.reclaim.planner.problem.ProblemIndex;
import org.reclaim.planner.problem.ProblemsForTest;

class InsertionPlannerTest {
  @Test
  void insertionFindsTheHandWorkedOptimum() {
    // greedy: 128 (worked through in GreedyPlannerTest); the optimum moves t4 to B after t1 so t5
    // runs on A at [2,4): 96 + t6 left out (1 × 2 × 10) = 116
    ProblemIndex index = ProblemIndex.of(ProblemsForTest.threeTeamsSixTasks());
    Plan plan =
        PlanAssembler.assemble(
            index, InsertionPlanner.NAME, null, InsertionPlanner.schedule(index));
    assertThat(plan.feasible()).isTrue();
    assertThat(plan.kpis().objective()).isEqualTo(116);
  }

  @Test
  void insertionIsFeasibleAndBeatsTheBaselineOnASyntheticProblem() {
    ProblemIndex index = ProblemIndex.of(ProblemsForTest.synthetic(17, 80, 8, 60));
    Plan greedy = GreedyPlanner.plan(index);
    Plan plan =
        PlanAssembler.assemble(
            index, InsertionPlanner.NAME, null, InsertionPlanner.schedule(index));
    assertThat(plan.violations()).isEmpty();
    assertThat(plan.kpis().objective()).isLessThan(greedy.kpis().objective());
  }
}
