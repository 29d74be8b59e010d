package org.reclaim.planner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reclaim.planner.greedy.ScheduleImprover;
import org.reclaim.planner.plan.Assignment;
import org.reclaim.planner.plan.PlanChanges;
import org.reclaim.planner.plan.SolveHandle;
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
  void theImproverReportsProgressAndStopsWhenCancelled() {
    // from 1,000 tasks on the improver runs first and has most of the time limit: a cancel must
    // not wait for it, and the user must see its progress
    PlanningProblem problem = ProblemsForTest.synthetic(5, 1_200, 60, 60);
    SolveHandle handle = new SolveHandle();
    List<SolveProgress> progress = new ArrayList<>();
    long started = System.nanoTime();
    PlanResult result =
        service.solve(
            problem,
            SolveOptions.ofTimeLimit(Duration.ofSeconds(120)),
            p -> {
              progress.add(p);
              handle.cancel();
            },
            handle);
    double seconds = (System.nanoTime() - started) / 1e9;
    assertThat(progress.getFirst().score()).startsWith(ScheduleImprover.NAME);
    assertThat(progress.getFirst().feasible()).isTrue();
    assertThat(seconds)
        .as("a cancel ends the solve, not the 96 s given to the improver")
        .isLessThan(60);
    assertThat(result.plan().feasible()).isTrue();
    assertThat(result.plan().kpis().objective())
        .isLessThanOrEqualTo(result.greedy().kpis().objective());
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

  @Test
  void replanningFromTheCurrentPlanKeepsItWhereNothingChanged() {
    PlanningProblem problem = ProblemsForTest.synthetic(13, 30, 5, 60);
    PlanResult first = service.solve(problem, SolveOptions.ofMoveLimit(10_000), null);
    // a week on, the first task of the plan is under way: pin it, add nothing else
    Assignment started = first.plan().assignments().getFirst();
    List<PlanTask> tasks =
        problem.tasks().stream()
            .map(t -> t.id().equals(started.taskId()) ? t.withInProgressTeam(started.teamId()) : t)
            .toList();
    PlanningProblem now =
        new PlanningProblem(
            problem.horizonStart(), problem.horizonDays(), problem.teams(), tasks, List.of());
    PlanResult again =
        service.replan(
            now, PlanChanges.of(first.plan()), SolveOptions.ofMoveLimit(2_000), null, null);
    var changes = again.changes();
    assertThat(changes).isNotNull();
    assertThat(changes.kept() + changes.moved() + changes.dropped())
        .isEqualTo(first.plan().assignments().size());
    assertThat(changes.kept() + changes.moved() + changes.added())
        .isEqualTo(again.plan().assignments().size());
    // the earmarks are gone, so nothing needs to move: most assignments stay where they were
    assertThat(changes.kept()).isGreaterThanOrEqualTo(first.plan().assignments().size() * 3 / 4);
    Assignment pinned = again.plan().findAssignment(started.taskId()).orElseThrow();
    assertThat(pinned.pinned()).isTrue();
    assertThat(pinned.teamId()).isEqualTo(started.teamId());
    // the stability level counts exactly the tasks that left their team of the first plan
    long offTheirTeam = offTheirTeam(first, again);
    assertThat(changes.reassigned() + changes.dropped()).isEqualTo(offTheirTeam);
    assertThat(changes.reassigned()).isLessThanOrEqualTo(changes.moved());
    assertThat(again.analysis())
        .filteredOn(c -> c.constraint().equals("Task stays on its team when re-planning"))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.level()).isEqualTo("stability");
              assertThat((long) c.matches()).isEqualTo(offTheirTeam);
            });
  }

  @Test
  void aReplanningPriceKeepsTasksOnTheirTeams() {
    PlanningProblem problem = ProblemsForTest.synthetic(21, 60, 6, 60);
    PlanResult first = service.solve(problem, SolveOptions.ofMoveLimit(20_000), null);
    // new hazardous areas surveyed since: fifteen more tasks to fit in
    List<PlanTask> tasks = new ArrayList<>(problem.tasks());
    for (PlanTask t : ProblemsForTest.synthetic(22, 15, 6, 60).tasks()) {
      tasks.add(t.withId("new-" + t.id()));
    }
    PlanningProblem now =
        new PlanningProblem(
            problem.horizonStart(), problem.horizonDays(), problem.teams(), tasks, List.of());
    var previous = PlanChanges.of(first.plan());
    long freeMoves = offTheirTeam(first, replan(now, previous, 0));
    long pricedMoves = offTheirTeam(first, replan(now, previous, 30));
    assertThat(freeMoves).as("at price 0 the new tasks make some move").isPositive();
    assertThat(pricedMoves).isLessThan(freeMoves);
  }

  private PlanResult replan(
      PlanningProblem problem, List<PlanChanges.Previous> previous, double priceDays) {
    return service.replan(
        problem,
        previous,
        SolveOptions.ofMoveLimit(20_000).withReplanPriceDays(priceDays),
        null,
        null);
  }

  /** Tasks of the first plan on another team, or out of the plan, in the second. */
  private static long offTheirTeam(PlanResult first, PlanResult second) {
    return first.plan().assignments().stream()
        .filter(
            a ->
                second
                    .plan()
                    .findAssignment(a.taskId())
                    .map(b -> !b.teamId().equals(a.teamId()))
                    .orElse(true))
        .count();
  }

  @Test
  void aCancelledSolveReturnsItsBestPlanSoFar() {
    org.reclaim.planner.plan.SolveHandle handle = new org.reclaim.planner.plan.SolveHandle();
    handle.cancel();
    PlanResult result =
        service.solve(
            ProblemsForTest.synthetic(5, 30, 5, 45),
            SolveOptions.ofTimeLimit(java.time.Duration.ofMinutes(5)),
            null,
            handle);
    // stopped at once: the warm start, which is never worse than greedy
    assertThat(result.improvementOverGreedy()).isGreaterThanOrEqualTo(0);
    assertThat(result.analysis())
        .extracting(c -> c.constraint())
        .contains("Value-weighted completion");
  }
}
