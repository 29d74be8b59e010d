package org.reclaim.planner.solver;

import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reclaim.planner.problem.GeoPoint;
import org.reclaim.planner.problem.WorkCalendar;

/** One test per constraint, penalised and not; shadow variables are set by the verifier. */
class PlannerConstraintProviderTest {
  private static final int HORIZON = 10;
  private static final boolean[] BOTH = {true, true};

  private final ConstraintVerifier<PlannerConstraintProvider, TaskingSolution> verifier =
      ConstraintVerifier.build(
          new PlannerConstraintProvider(),
          TaskingSolution.class,
          TeamSchedule.class,
          PlannedTask.class);

  private final List<TeamSchedule> teams =
      List.of(
          new TeamSchedule("A", 0, WorkCalendar.always(HORIZON), 100, new GeoPoint(30, 10)),
          new TeamSchedule("B", 1, WorkCalendar.always(HORIZON), 200, null));

  private static PlannedTask task(String id, int[] durations, boolean[] accredited) {
    return task(id, 1, durations, accredited, null, -1, null);
  }

  private static PlannedTask task(
      String id,
      long weight,
      int[] durations,
      boolean[] accredited,
      EarmarkFact earmark,
      int inProgressTeam,
      GeoPoint location) {
    return new PlannedTask(
        id,
        0,
        weight,
        weight * 2 * HORIZON,
        location,
        0,
        durations,
        accredited,
        earmark,
        inProgressTeam);
  }

  /** A solution with {@code tasks} in team A's list ({@code pinned} of them at the head). */
  private TaskingSolution onTeamA(List<PlannedTask> unassigned, PlannedTask... tasks) {
    return on(0, 0, unassigned, tasks);
  }

  private TaskingSolution on(
      int team, int pinned, List<PlannedTask> unassigned, PlannedTask... tasks) {
    teams.get(team).getTasks().addAll(List.of(tasks));
    teams.get(team).setPinnedCount(pinned);
    List<PlannedTask> all = new ArrayList<>(List.of(tasks));
    all.addAll(unassigned);
    // the value range: every task, so that ineligible assignments can be built to be judged
    teams.forEach(t -> t.setEligibleTasks(all));
    return new TaskingSolution(teams, all, List.of(new EarmarkFact("E", 100_000)));
  }

  @Test
  void teamAccredited() {
    boolean[] onlyB = {false, true};
    verifier
        .verifyThat(PlannerConstraintProvider::teamAccredited)
        .givenSolution(onTeamA(List.of(), task("t", new int[] {1, 1}, onlyB)))
        .settingAllShadowVariables()
        .penalizesBy(1);
  }

  @Test
  void teamAccreditedNotPenalisedWhenAccreditedOrInProgress() {
    boolean[] onlyB = {false, true};
    PlannedTask inProgress = task("p", 1, new int[] {1, 1}, onlyB, null, 0, null);
    verifier
        .verifyThat(PlannerConstraintProvider::teamAccredited)
        .givenSolution(on(0, 1, List.of(), inProgress, task("t", new int[] {1, 1}, BOTH)))
        .settingAllShadowVariables()
        .penalizesBy(0);
  }

  @Test
  void keepPreviousTeam() {
    // re-planning: "a" was on team B, "b" on team A, "c" on team A; now all three are on A or out
    PlannedTask a = task("a", new int[] {1, 1}, BOTH);
    a.setPreviousTeam(1);
    PlannedTask b = task("b", new int[] {1, 1}, BOTH);
    b.setPreviousTeam(0);
    PlannedTask c = task("c", new int[] {1, 1}, BOTH);
    c.setPreviousTeam(0);
    verifier
        .verifyThat(PlannerConstraintProvider::keepPreviousTeam)
        .givenSolution(onTeamA(List.of(c), a, b))
        .settingAllShadowVariables()
        .penalizesBy(2);
  }

  @Test
  void keepPreviousTeamNotPenalisedOnItsTeamOrInAFreshSolve() {
    PlannedTask stays = task("a", new int[] {1, 1}, BOTH);
    stays.setPreviousTeam(0);
    verifier
        .verifyThat(PlannerConstraintProvider::keepPreviousTeam)
        .givenSolution(onTeamA(List.of(), stays, task("new", new int[] {1, 1}, BOTH)))
        .settingAllShadowVariables()
        .penalizesBy(0);
  }

  @Test
  void replanPrice() {
    // weight 3, price 2 days: 6 for "a" (moved from B to A) and 6 for "c" (left out)
    PlannedTask a = task("a", 3, new int[] {1, 1}, BOTH, null, -1, null);
    a.setPreviousTeam(1);
    a.setReplanPrice(6);
    PlannedTask c = task("c", 3, new int[] {1, 1}, BOTH, null, -1, null);
    c.setPreviousTeam(0);
    c.setReplanPrice(6);
    verifier
        .verifyThat(PlannerConstraintProvider::replanPrice)
        .givenSolution(onTeamA(List.of(c), a))
        .settingAllShadowVariables()
        .penalizesBy(12);
  }

  @Test
  void replanPriceNotChargedOnItsTeamInAFreshSolveOrAtPriceZero() {
    PlannedTask stays = task("a", 3, new int[] {1, 1}, BOTH, null, -1, null);
    stays.setPreviousTeam(0);
    stays.setReplanPrice(6);
    PlannedTask free = task("b", 3, new int[] {1, 1}, BOTH, null, -1, null);
    free.setPreviousTeam(1); // moved, but re-planning at price 0
    verifier
        .verifyThat(PlannerConstraintProvider::replanPrice)
        .givenSolution(onTeamA(List.of(), stays, free, task("new", new int[] {1, 1}, BOTH)))
        .settingAllShadowVariables()
        .penalizesBy(0);
  }

  @Test
  void teamSuitsTerrain() {
    verifier
        .verifyThat(PlannerConstraintProvider::teamSuitsTerrain)
        .givenSolution(onTeamA(List.of(), task("t", new int[] {-1, 3}, BOTH)))
        .settingAllShadowVariables()
        .penalizesBy(1);
  }

  @Test
  void teamSuitsTerrainNotPenalisedWithAProductivity() {
    verifier
        .verifyThat(PlannerConstraintProvider::teamSuitsTerrain)
        .givenSolution(on(1, 0, List.of(), task("t", new int[] {-1, 3}, BOTH)))
        .settingAllShadowVariables()
        .penalizesBy(0);
  }

  @Test
  void withinAvailability() {
    // two 6-day tasks on a 10-day horizon: the second would run days 6-11, past the horizon, so it
    // is dropped and priced as left out: weight 1 × 2 × 10 days = 20
    verifier
        .verifyThat(PlannerConstraintProvider::withinAvailability)
        .givenSolution(
            onTeamA(
                List.of(), task("a", new int[] {6, 6}, BOTH), task("b", new int[] {6, 6}, BOTH)))
        .settingAllShadowVariables()
        .penalizesBy(20);
  }

  @Test
  void withinAvailabilityNotPenalisedWhenItFits() {
    verifier
        .verifyThat(PlannerConstraintProvider::withinAvailability)
        .givenSolution(
            onTeamA(
                List.of(), task("a", new int[] {6, 6}, BOTH), task("b", new int[] {4, 4}, BOTH)))
        .settingAllShadowVariables()
        .penalizesBy(0);
  }

  @Test
  void earmarkBudget() {
    // earmark E holds US$900; tasks of 6 and 4 days at US$100/day cost US$1,000:
    // US$100 over, 1 started US$1,000
    EarmarkFact e = new EarmarkFact("E", 90_000);
    TaskingSolution s =
        onTeamA(
            List.of(),
            task("a", 1, new int[] {6, 6}, BOTH, e, -1, null),
            task("b", 1, new int[] {4, 4}, BOTH, e, -1, null));
    verifier
        .verifyThat(PlannerConstraintProvider::earmarkBudget)
        .givenSolution(s)
        .settingAllShadowVariables()
        .penalizesBy(1);
  }

  @Test
  void earmarkBudgetNotPenalisedWithinTheAmount() {
    EarmarkFact e = new EarmarkFact("E", 100_000);
    // US$600 + an unfunded task
    TaskingSolution s =
        onTeamA(
            List.of(),
            task("a", 1, new int[] {6, 6}, BOTH, e, -1, null),
            task("b", new int[] {3, 3}, BOTH));
    verifier
        .verifyThat(PlannerConstraintProvider::earmarkBudget)
        .givenSolution(s)
        .settingAllShadowVariables()
        .penalizesBy(0);
  }

  @Test
  void weightedCompletion() {
    // a: weight 2, days 0-1, completes day 2; b: weight 3, days 2-4, completes day 5: 2×2 + 3×5
    TaskingSolution s =
        onTeamA(
            List.of(),
            task("a", 2, new int[] {2, 2}, BOTH, null, -1, null),
            task("b", 3, new int[] {3, 3}, BOTH, null, -1, null));
    verifier
        .verifyThat(PlannerConstraintProvider::weightedCompletion)
        .givenSolution(s)
        .settingAllShadowVariables()
        .penalizesBy(19);
  }

  @Test
  void weightedCompletionNotPenalisedWhenNothingIsAssigned() {
    verifier
        .verifyThat(PlannerConstraintProvider::weightedCompletion)
        .givenSolution(onTeamA(List.of(task("a", new int[] {2, 2}, BOTH))))
        .settingAllShadowVariables()
        .penalizesBy(0);
  }

  @Test
  void unassignedTask() {
    // weight 3 left out: 3 × 2 × 10-day horizon
    PlannedTask out = task("a", 3, new int[] {2, 2}, BOTH, null, -1, null);
    verifier
        .verifyThat(PlannerConstraintProvider::unassignedTask)
        .givenSolution(onTeamA(List.of(out)))
        .settingAllShadowVariables()
        .penalizesBy(60);
  }

  @Test
  void unassignedTaskNotPenalisedWhenAssigned() {
    verifier
        .verifyThat(PlannerConstraintProvider::unassignedTask)
        .givenSolution(onTeamA(List.of(), task("a", new int[] {2, 2}, BOTH)))
        .settingAllShadowVariables()
        .penalizesBy(0);
  }

  @Test
  void travel() {
    // base (30, 10) → (30, 11) → (31, 11): one degree of latitude, then one of longitude at 11° N
    GeoPoint p1 = new GeoPoint(30, 11);
    GeoPoint p2 = new GeoPoint(31, 11);
    long metres =
        Math.round(new GeoPoint(30, 10).distanceKm(p1) * 1000)
            + Math.round(p1.distanceKm(p2) * 1000);
    TaskingSolution s =
        onTeamA(
            List.of(),
            task("a", 1, new int[] {1, 1}, BOTH, null, -1, p1),
            task("b", 1, new int[] {1, 1}, BOTH, null, -1, p2));
    verifier
        .verifyThat(PlannerConstraintProvider::travel)
        .givenSolution(s)
        .settingAllShadowVariables()
        .penalizesBy(metres);
  }

  @Test
  void travelNotPenalisedWithoutLocations() {
    verifier
        .verifyThat(PlannerConstraintProvider::travel)
        .givenSolution(on(1, 0, List.of(), task("a", new int[] {1, 1}, BOTH)))
        .settingAllShadowVariables()
        .penalizesBy(0);
  }

  @Test
  void cost() {
    // 3 days at US$100/day = 30,000 cents
    verifier
        .verifyThat(PlannerConstraintProvider::cost)
        .givenSolution(onTeamA(List.of(), task("a", new int[] {3, 3}, BOTH)))
        .settingAllShadowVariables()
        .penalizesBy(30_000);
  }

  @Test
  void costNotPenalisedWhenUnassigned() {
    verifier
        .verifyThat(PlannerConstraintProvider::cost)
        .givenSolution(onTeamA(List.of(task("a", new int[] {3, 3}, BOTH))))
        .settingAllShadowVariables()
        .penalizesBy(0);
  }
}
