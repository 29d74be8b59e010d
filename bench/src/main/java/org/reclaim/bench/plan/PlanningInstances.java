package org.reclaim.bench.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.reclaim.domain.hazard.Terrain;
import org.reclaim.domain.hazard.Vegetation;
import org.reclaim.domain.task.ReleaseMethod;
import org.reclaim.domain.team.DateRange;
import org.reclaim.domain.team.ProductivityTable;
import org.reclaim.domain.team.TeamType;
import org.reclaim.planner.problem.Earmark;
import org.reclaim.planner.problem.GeoPoint;
import org.reclaim.planner.problem.MethodRegion;
import org.reclaim.planner.problem.PlanTask;
import org.reclaim.planner.problem.PlanTeam;
import org.reclaim.planner.problem.PlanningProblem;

/**
 * Seeded synthetic planning problems for {@code reclaim bench plan}.
 *
 * <p>{@link #national}: a mine-action programme. Ten regions on a 5 × 2 grid of 1° cells; teams of
 * four types (manual 55 %, mechanical 20 %, MDD 15 %, NTS 10 %; the first three also do technical
 * survey) accredited for their type's methods in their home region and, for half of them, a
 * neighbouring one (the first 40 teams cover every type in every region); a quarter of the teams
 * stand down for ten days mid-horizon. Each task's method is one a programme would recommend for
 * the ground: NTS or TS on suspected land, manual clearance on steep, wetland or densely vegetated
 * ground, else manual, mechanical or dogs; areas larger than a team can clear in {@link
 * #WORKABLE_DAYS} days are already split, as the domain mapper does. Priority scores are drawn
 * uniform in [0, 1]; value = priority × area. One earmark per region holds what the region's home
 * teams would cost over the horizon; teams accredited next door draw on it too, so budgets bind in
 * some regions.
 *
 * <p>{@link #generic}: small unrelated-machine problems in the {@code problem.json} form (integer
 * weights, per-team durations, 60 % eligibility, some release days, always-available teams), small
 * enough for an exact solver.
 */
public final class PlanningInstances {
  /** The first day of every generated horizon. */
  public static final LocalDate START = LocalDate.of(2026, 4, 6);

  /** Longest task a generated area makes, in working days of a median team. */
  public static final int WORKABLE_DAYS = 30;

  private static final int REGIONS = 10;

  private static final TeamType[] COVERING_TYPES = {
    TeamType.MANUAL, TeamType.MECHANICAL, TeamType.MDD, TeamType.NTS
  };

  /** Each region's earmark, as a share of what its home teams cost over the horizon. */
  private static final double BUDGET_SHARE = 1.0;

  /** Manual clearance areas are drawn this much smaller than others, in working days. */
  private static final double MANUAL_SHARE = 0.4;

  private PlanningInstances() {}

  /** A national programme of {@code taskCount} tasks and {@code teamCount} teams. */
  public static PlanningProblem national(long seed, int taskCount, int teamCount, int horizonDays) {
    Random random = new Random(seed);
    List<PlanTeam> teams = new ArrayList<>();
    Map<Long, Double> regionDayCost = new HashMap<>();
    for (int i = 0; i < teamCount; i++) {
      // the first teams cover every type in every region, so that no task lacks a team by chance
      boolean cover = i < COVERING_TYPES.length * REGIONS;
      TeamType type = cover ? COVERING_TYPES[i / REGIONS] : teamType(random.nextDouble());
      long region = cover ? 1 + i % REGIONS : 1 + random.nextInt(REGIONS);
      Set<MethodRegion> accredited = new HashSet<>();
      for (ReleaseMethod method : type.methods()) {
        accredited.add(new MethodRegion(method, region));
        if (i % 2 == 0) {
          accredited.add(new MethodRegion(method, neighbour(region)));
        }
      }
      List<DateRange> availability = List.of();
      if (random.nextInt(4) == 0) {
        int off = horizonDays / 3 + random.nextInt(horizonDays / 3);
        availability =
            List.of(
                new DateRange(START, START.plusDays(off - 1)),
                new DateRange(START.plusDays(off + 10), START.plusDays(horizonDays)));
      }
      double rate = dayRate(type, random);
      regionDayCost.merge(region, rate, Double::sum);
      teams.add(
          new PlanTeam(
              "team-" + i,
              point(region, random),
              rate,
              availability,
              accredited,
              productivity(type, random),
              Map.of()));
    }
    List<PlanTask> tasks = new ArrayList<>();
    for (int j = 0; j < taskCount; j++) {
      tasks.add(task(j, random, horizonDays));
    }
    List<Earmark> earmarks = new ArrayList<>();
    regionDayCost.forEach(
        (region, dayCost) ->
            earmarks.add(
                new Earmark(
                    "E" + region,
                    "Donor " + region,
                    region,
                    null,
                    BUDGET_SHARE * dayCost * horizonDays)));
    earmarks.sort((a, b) -> a.id().compareTo(b.id()));
    return new PlanningProblem(START, horizonDays, teams, tasks, earmarks);
  }

  private static PlanTask task(int j, Random random, int horizonDays) {
    long region = 1 + random.nextInt(REGIONS);
    Terrain terrain = pick(random, Terrain.values(), 0.40, 0.35, 0.15, 0.10);
    Vegetation vegetation = pick(random, Vegetation.values(), 0.30, 0.30, 0.25, 0.15);
    double u = random.nextDouble();
    ReleaseMethod method;
    double medianM2PerDay;
    if (u < 0.08) {
      method = ReleaseMethod.NTS;
      medianM2PerDay = 20_000;
    } else if (u < 0.20) {
      method = ReleaseMethod.TS;
      medianM2PerDay = 3_000;
    } else {
      boolean hard =
          terrain == Terrain.STEEP || terrain == Terrain.WETLAND || vegetation == Vegetation.DENSE;
      double v = random.nextDouble();
      if (hard || v < 0.55) {
        method = ReleaseMethod.MANUAL;
        // manual tasks are many and slow: smaller, so that manual teams are not swamped
        medianM2PerDay = 500 * MANUAL_SHARE;
      } else if (v < 0.80) {
        method = ReleaseMethod.MECHANICAL;
        medianM2PerDay = 3_000;
      } else {
        method = ReleaseMethod.MDD;
        medianM2PerDay = 1_500;
      }
    }
    // areas skewed towards small ones, as surveyed polygons are: at most WORKABLE_DAYS of a median
    // team's work, times U² (mean a third of that)
    double area =
        Math.max(
            200, Math.round(medianM2PerDay * WORKABLE_DAYS * Math.pow(random.nextDouble(), 2)));
    double priority = random.nextDouble();
    int release = random.nextInt(5) == 0 ? random.nextInt(horizonDays / 3) : 0;
    return new PlanTask(
        "task-" + j,
        (long) j + 1,
        region,
        method,
        terrain,
        vegetation,
        area,
        priority * area,
        point(region, random),
        release,
        null);
  }

  private static <E> E pick(Random random, E[] values, double... shares) {
    double u = random.nextDouble();
    for (int i = 0; i < shares.length; i++) {
      u -= shares[i];
      if (u < 0) {
        return values[i];
      }
    }
    return values[values.length - 1];
  }

  private static TeamType teamType(double u) {
    if (u < 0.55) {
      return TeamType.MANUAL;
    }
    if (u < 0.75) {
      return TeamType.MECHANICAL;
    }
    if (u < 0.90) {
      return TeamType.MDD;
    }
    return TeamType.NTS;
  }

  private static double dayRate(TeamType type, Random random) {
    double base =
        switch (type) {
          case MECHANICAL -> 2_500;
          case MDD -> 1_500;
          case NTS -> 800;
          default -> 1_200;
        };
    return Math.round(base * (0.8 + 0.4 * random.nextDouble()));
  }

  /** m²/day by method × terrain × vegetation; no cell where the team type cannot work. */
  private static ProductivityTable productivity(TeamType type, Random random) {
    Map<ReleaseMethod, Double> base = new EnumMap<>(ReleaseMethod.class);
    switch (type) {
      case MANUAL -> {
        base.put(ReleaseMethod.MANUAL, 500.0);
        base.put(ReleaseMethod.TS, 2_000.0);
      }
      case MECHANICAL -> {
        base.put(ReleaseMethod.MECHANICAL, 3_000.0);
        base.put(ReleaseMethod.TS, 5_000.0);
      }
      case MDD -> {
        base.put(ReleaseMethod.MDD, 1_500.0);
        base.put(ReleaseMethod.TS, 4_000.0);
      }
      default -> base.put(ReleaseMethod.NTS, 20_000.0);
    }
    double skill = 0.7 + 0.6 * random.nextDouble();
    ProductivityTable.Builder b = ProductivityTable.builder();
    base.forEach(
        (method, rate) -> {
          for (Terrain terrain : Terrain.values()) {
            for (Vegetation vegetation : Vegetation.values()) {
              double factor = factor(method, terrain, vegetation);
              if (factor > 0) {
                b.put(method, terrain, vegetation, Math.round(rate * skill * factor));
              }
            }
          }
        });
    return b.build();
  }

  private static double factor(ReleaseMethod method, Terrain terrain, Vegetation vegetation) {
    boolean steep = terrain == Terrain.STEEP || terrain == Terrain.WETLAND;
    boolean dense = vegetation == Vegetation.DENSE;
    return switch (method) {
      case MECHANICAL -> steep || dense ? 0 : 1;
      case MDD -> dense ? 0 : steep ? 0.7 : 1;
      case MANUAL -> (steep ? 0.7 : 1) * (dense ? 0.6 : 1);
      default -> steep ? 0.8 : 1;
    };
  }

  private static long neighbour(long region) {
    return region % REGIONS + 1;
  }

  private static GeoPoint point(long region, Random random) {
    int cell = (int) region - 1;
    return new GeoPoint(30 + cell % 5 + random.nextDouble(), 47 + cell / 5 + random.nextDouble());
  }

  /**
   * A small generic problem: {@code teamCount} always-available teams, {@code taskCount} tasks with
   * integer weights 1–100 and durations 1–10 days that differ by team, each eligible on about 60 %
   * of the teams (at least one), a fifth with a release day; the horizon holds about nine tenths of
   * the work, so a few tasks may be left out.
   */
  public static PlanningProblem generic(long seed, int taskCount, int teamCount) {
    Random random = new Random(seed);
    List<PlanTask> tasks = new ArrayList<>();
    List<Map<String, Integer>> durations = new ArrayList<>();
    for (int t = 0; t < teamCount; t++) {
      durations.add(new HashMap<>());
    }
    double work = 0;
    for (int j = 0; j < taskCount; j++) {
      String id = "t" + j;
      int base = 1 + random.nextInt(10);
      int first = random.nextInt(teamCount);
      for (int t = 0; t < teamCount; t++) {
        if (t == first || random.nextDouble() < 0.6) {
          int d = Math.max(1, (int) Math.round(base * (0.6 + 0.8 * random.nextDouble())));
          durations.get(t).put(id, d);
        }
      }
      work += base;
      int release = random.nextInt(5) == 0 ? random.nextInt(10) : 0;
      tasks.add(PlanTask.generic(id, 1 + random.nextInt(100), release));
    }
    int horizon = Math.max(5, (int) Math.round(0.9 * work / teamCount));
    List<PlanTeam> teams = new ArrayList<>();
    for (int t = 0; t < teamCount; t++) {
      teams.add(PlanTeam.generic("T" + t, 100 + random.nextInt(400), List.of(), durations.get(t)));
    }
    return new PlanningProblem(START, horizon, teams, tasks, List.of());
  }
}
