package org.reclaim.planner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reclaim.planner.plan.Assignment;
import org.reclaim.planner.plan.SolveOptions;
import org.reclaim.planner.plan.SolveProgress;
import org.reclaim.planner.plan.UnassignedReason;
import org.reclaim.planner.problem.PlanTask;
import org.reclaim.planner.problem.PlanningProblem;
import org.reclaim.planner.problem.ProblemsForTest;

class PlannerServiceTest {
  private final PlannerService service = new PlannerService();

  @Test
  void solverBeatsGreedyOnTheHandMadeInstance() {
    // Moving t4 to B [2,6) lets t5 run on A [2,4): weighted completion 96 instead of 108;
    // t6 can never fit (C has 5 available days, it needs 6).
    PlanResult result =
        service.solve(
            ProblemsForTest.threeTeamsSixTasks(),
            SolveOptions.ofMoveLimit(10_000).withWarmStart(false),
            null);
    assertThat(result.plan().feasible()).isTrue();
    assertThat(result.plan().kpis().objective()).isLessThanOrEqualTo(96 + 20);
    assertThat(result.plan().findUnassigned("t6").orElseThrow().reason())
        .isEqualTo(UnassignedReason.DOES_NOT_FIT_HORIZON);
  }

  @Test
  void solverFromScratchIsFeasibleAndNoWorseThanGreedy() {
    PlanningProblem problem = ProblemsForTest.synthetic(7, 20, 4, 60);
    List<SolveProgress> progress = new ArrayList<>();
    PlanResult result =
        service.solve(
            problem, SolveOptions.ofMoveLimit(15_000).withWarmStart(false), progress::add);
    assertThat(result.plan().feasible()).as(result.plan().violations().toString()).isTrue();
    assertThat(result.plan().score()).startsWith("[0]hard");
    assertThat(result.plan().kpis().objective())
        .isLessThanOrEqualTo(result.greedy().kpis().objective());
    assertThat(progress).isNotEmpty();
    assertThat(progress.getLast().objective())
        .isCloseTo(
            result.plan().kpis().objective(), org.assertj.core.data.Percentage.withPercentage(1));
  }

  @Test
  void sameSeedSamePlan() {
    PlanningProblem problem = ProblemsForTest.synthetic(3, 15, 3, 60);
    SolveOptions options = SolveOptions.ofMoveLimit(15_000).withWarmStart(false);
    assertThat(service.solve(problem, options, null).plan())
        .isEqualTo(service.solve(problem, options, null).plan());
  }

  @Test
  void tasksInProgressStayAtTheHeadOfTheirTeam() {
    PlanningProblem base = ProblemsForTest.synthetic(11, 20, 4, 60);
    // pin the greedy plan's second task of some team onto that team, as if it had started
    Assignment started = service.greedy(base).assignments().get(1);
    List<PlanTask> tasks =
        base.tasks().stream()
            .map(t -> t.id().equals(started.taskId()) ? t.withInProgressTeam(started.teamId()) : t)
            .toList();
    PlanningProblem problem =
        new PlanningProblem(
            base.horizonStart(), base.horizonDays(), base.teams(), tasks, base.earmarks());
    PlanResult result = service.solve(problem, SolveOptions.ofMoveLimit(10_000), null);
    for (var plan : List.of(result.plan(), result.greedy())) {
      Assignment a = plan.findAssignment(started.taskId()).orElseThrow();
      assertThat(a.teamId()).isEqualTo(started.teamId());
      assertThat(a.startDay()).isZero();
      assertThat(a.pinned()).isTrue();
    }
  }

  @Test
  void warmStartIsNeverWorseThanGreedy() {
    PlanResult result =
        service.solve(
            ProblemsForTest.synthetic(5, 30, 5, 45), SolveOptions.ofMoveLimit(10_000), null);
    assertThat(result.improvementOverGreedy()).isGreaterThanOrEqualTo(0);
  }
}
