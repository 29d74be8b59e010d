package org.reclaim.planner.greedy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.reclaim.planner.plan.Assignment;
import org.reclaim.planner.plan.Plan;
import org.reclaim.planner.plan.UnassignedReason;
import org.reclaim.planner.problem.ProblemsForTest;

/**
 * The greedy baseline on the hand-made instance of {@link ProblemsForTest#threeTeamsSixTasks()}:
 *
 * <pre>
 * task weight  A   B   C      (days; C available days 0-4 only; A, C US$100/day, B US$200/day)
 * t1   10      3   2   -      B ends 2 before A's 3            → B [0,2)
 * t2    8      2   -   2      A and C both end 2, both US$200  → A by team order [0,2)
 * t3    6      -   4   3      B from 2 ends 6, C ends 3        → C [0,3)
 * t4    5      4   4   4      A ends 6, B ends 6 (A cheaper); C has 2 days left → A [2,6)
 * t5    3      2   -   -                                       → A [6,8)
 * t6    1      -   -   6      C has 2 of 6 days left           → left out, does not fit
 * </pre>
 *
 * Weighted completion 10×2 + 8×2 + 6×3 + 5×6 + 3×8 = 108; t6 left out counts 1 × 2 × 10 = 20;
 * objective 128. Cost 400 + 200 + 300 + 400 + 200 = US$1,500. Utilisation: A 8 + B 2 + C 3 = 13 of
 * 10 + 10 + 5 = 25 available days = 0.52.
 */
class GreedyPlannerTest {
  private final Plan plan = GreedyPlanner.plan(ProblemsForTest.threeTeamsSixTasks());

  @Test
  void highestValueFirstToTheTeamThatFinishesEarliest() {
    assertAssigned("t1", "B", 0, 2);
    assertAssigned("t2", "A", 0, 2);
    assertAssigned("t3", "C", 0, 3);
    assertAssigned("t4", "A", 2, 6);
    assertAssigned("t5", "A", 6, 8);
  }

  @Test
  void leavesOutWhatDoesNotFitWithTheReason() {
    assertThat(plan.unassigned()).hasSize(1);
    assertThat(plan.findUnassigned("t6").orElseThrow().reason())
        .isEqualTo(UnassignedReason.DOES_NOT_FIT_HORIZON);
    assertThat(plan.feasible()).isTrue();
  }

  @Test
  void kpisAreTheWorkedFigures() {
    assertThat(plan.kpis().weightedCompletion()).isEqualTo(108);
    assertThat(plan.kpis().unassignedValue()).isEqualTo(1);
    assertThat(plan.kpis().objective()).isEqualTo(128);
    assertThat(plan.kpis().costUsd()).isEqualTo(1500);
    assertThat(plan.kpis().teamUtilisation()).isCloseTo(0.52, within(1e-9));
    assertThat(plan.kpis().assignedCount()).isEqualTo(5);
    assertThat(plan.kpis().unassignedCount()).isEqualTo(1);
  }

  private void assertAssigned(String task, String team, int start, int end) {
    Assignment a = plan.findAssignment(task).orElseThrow();
    assertThat(a.teamId()).as(task).isEqualTo(team);
    assertThat(a.startDay()).as(task).isEqualTo(start);
    assertThat(a.endDay()).as(task).isEqualTo(end);
  }
}
