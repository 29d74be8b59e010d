package org.reclaim.planner.problem;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.reclaim.domain.hazard.Terrain;
import org.reclaim.domain.hazard.Vegetation;
import org.reclaim.domain.operator.Activity;
import org.reclaim.domain.task.ReleaseMethod;
import org.reclaim.domain.team.DateRange;
import org.reclaim.domain.team.ProductivityTable;

/** Planning problems for tests: the hand-made one and seeded synthetic ones. */
public final class ProblemsForTest {
  public static final LocalDate START = LocalDate.of(2026, 3, 2);

  private ProblemsForTest() {}

  /**
   * Three teams, six generic tasks, a 10-day horizon; worked through in {@code GreedyPlannerTest}.
   * Team C is available on days 0–4 only.
   */
  public static PlanningProblem threeTeamsSixTasks() {
    List<PlanTask> tasks =
        List.of(
            PlanTask.generic("t1", 10, 0),
            PlanTask.generic("t2", 8, 0),
            PlanTask.generic("t3", 6, 0),
            PlanTask.generic("t4", 5, 0),
            PlanTask.generic("t5", 3, 0),
            PlanTask.generic("t6", 1, 0));
    List<PlanTeam> teams =
        List.of(
            PlanTeam.generic("A", 100, List.of(), Map.of("t1", 3, "t2", 2, "t4", 4, "t5", 2)),
            PlanTeam.generic("B", 200, List.of(), Map.of("t1", 2, "t3", 4, "t4", 4)),
            PlanTeam.generic(
                "C",
                100,
                List.of(new DateRange(START, START.plusDays(4))),
                Map.of("t2", 2, "t3", 3, "t4", 4, "t6", 6)));
    return new PlanningProblem(START, 10, teams, tasks, List.of());
  }

  /**
   * A seeded mine-action-like problem: manual, mechanical and dog teams accredited in one or two of
   * four regions, areas of 1,000–20,000 m² spread over a 1° × 1° box, an earmark per region.
   */
  public static PlanningProblem synthetic(
      long seed, int taskCount, int teamCount, int horizonDays) {
    Random random = new Random(seed);
    ReleaseMethod[] methods = {ReleaseMethod.MANUAL, ReleaseMethod.MECHANICAL, ReleaseMethod.MDD};
    int regions = Math.max(1, Math.min(4, teamCount / 6));
    List<PlanTeam> teams = new ArrayList<>();
    for (int i = 0; i < teamCount; i++) {
      ReleaseMethod method = methods[i % methods.length];
      long region = 1 + random.nextInt(regions);
      Set<MethodRegion> accredited = new HashSet<>(Set.of(new MethodRegion(method, region)));
      if (random.nextBoolean()) {
        accredited.add(new MethodRegion(method, 1 + region % regions));
      }
      List<DateRange> availability =
          random.nextInt(4) == 0
              ? List.of(
                  new DateRange(START, START.plusDays(horizonDays / 3)),
                  new DateRange(START.plusDays(horizonDays / 3 + 10), START.plusDays(horizonDays)))
              : List.of();
      teams.add(
          new PlanTeam(
              "team-" + i,
              point(random),
              100 + random.nextInt(500),
              availability,
              accredited,
              productivity(method, random),
              Map.of()));
    }
    List<PlanTask> tasks = new ArrayList<>();
    for (int j = 0; j < taskCount; j++) {
      double area = 1000 + random.nextInt(19_000);
      tasks.add(
          new PlanTask(
              "task-" + j,
              (long) j + 1,
              1L + random.nextInt(regions),
              methods[random.nextInt(methods.length)],
              Terrain.values()[random.nextInt(3)],
              Vegetation.values()[random.nextInt(4)],
              area,
              random.nextDouble() * area,
              point(random),
              random.nextInt(5) == 0 ? random.nextInt(horizonDays / 3) : 0,
              null));
    }
    List<Earmark> earmarks = new ArrayList<>();
    // about 90 % of what the teams of a region cost over the horizon: budgets bind a little
    for (long r = 1; r <= regions; r++) {
      earmarks.add(
          new Earmark(
              "E" + r, "Donor " + r, r, null, 0.9 * 350 * horizonDays * teamCount / regions));
    }
    return new PlanningProblem(START, horizonDays, teams, tasks, earmarks);
  }

  private static ProductivityTable productivity(ReleaseMethod method, Random random) {
    ProductivityTable.Builder b = ProductivityTable.builder();
    for (Terrain terrain : new Terrain[] {Terrain.FLAT, Terrain.ROLLING, Terrain.STEEP}) {
      for (Vegetation vegetation : Vegetation.values()) {
        double rate =
            switch (method) {
              case MECHANICAL ->
                  terrain == Terrain.STEEP || vegetation == Vegetation.DENSE
                      ? 0
                      : 800 + random.nextInt(700);
              case MDD -> vegetation == Vegetation.DENSE ? 0 : 400 + random.nextInt(400);
              default -> 80 + random.nextInt(120);
            };
        if (rate > 0) {
          b.put(method, terrain, vegetation, rate);
        }
      }
    }
    return b.build();
  }

  private static GeoPoint point(Random random) {
    return new GeoPoint(30 + random.nextDouble(), 10 + random.nextDouble());
  }

  /** An earmark for every activity in region 1. */
  public static Earmark earmark(String id, double amountUsd) {
    return new Earmark(id, "Donor", 1L, Activity.MANUAL_CLEARANCE, amountUsd);
  }
}
