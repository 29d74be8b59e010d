package org.reclaim.analysis.criteria;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;
import org.reclaim.domain.hazard.HazardClass;
import org.reclaim.domain.hazard.Terrain;
import org.reclaim.domain.hazard.Vegetation;
import org.reclaim.domain.task.ReleaseMethod;
import org.reclaim.domain.team.Team;

/**
 * Prices the release of a hazardous area by each suitable method from the teams' productivity
 * tables and day rates, and picks the cheapest.
 *
 * <p>For each method × terrain × vegetation, the rate is the median over the teams able to apply
 * the method there (team type allows it, productivity &gt; 0): cost per m² = median of {@code
 * dayRateUsd / m2PerDay}, productivity = median of {@code m2PerDay}. Where no team has a figure for
 * that terrain and vegetation, the method's median over all its cells is used and the estimate is
 * marked as a fallback.
 *
 * <p>Suitable methods follow the land release sequence of IMAS 07.11: a suspected hazardous area
 * (SHA) is first addressed by non-technical survey (cancel, IMAS 08.10) or technical survey
 * (reduce, IMAS 08.20); a confirmed hazardous area (CHA) needs clearance (IMAS 09.10) — manual,
 * mechanical or mine detection dogs. Immutable and thread safe.
 */
public final class ReleaseCostModel {
  private static final Set<ReleaseMethod> SHA_METHODS =
      EnumSet.of(ReleaseMethod.NTS, ReleaseMethod.TS);
  private static final Set<ReleaseMethod> CHA_METHODS =
      EnumSet.of(ReleaseMethod.MANUAL, ReleaseMethod.MECHANICAL, ReleaseMethod.MDD);

  /** A priced release: method, cost in USD, duration in team-days, whether a fallback rate. */
  public record Estimate(
      ReleaseMethod method, double costUsd, double durationDays, boolean fallback) {}

  private record Rate(double usdPerM2, double m2PerDay) {}

  private final Map<ReleaseMethod, Rate[][]> cells = new EnumMap<>(ReleaseMethod.class);
  private final Map<ReleaseMethod, Rate> overall = new EnumMap<>(ReleaseMethod.class);

  private ReleaseCostModel(Function<ReleaseMethod, List<Team>> teamsFor) {
    for (ReleaseMethod method : ReleaseMethod.values()) {
      List<Team> teams = teamsFor.apply(method);
      Rate[][] grid = new Rate[Terrain.values().length][Vegetation.values().length];
      List<double[]> all = new ArrayList<>();
      for (Terrain t : Terrain.values()) {
        for (Vegetation v : Vegetation.values()) {
          List<double[]> samples = samples(teams, method, t, v);
          all.addAll(samples);
          grid[t.ordinal()][v.ordinal()] = median(samples);
        }
      }
      cells.put(method, grid);
      Rate any = median(all);
      if (any != null) {
        overall.put(method, any);
      }
    }
  }

  /** The model for these teams. */
  public static ReleaseCostModel of(List<Team> teams) {
    return new ReleaseCostModel(method -> teams);
  }

  /**
   * The model with each method's rates taken from its own teams only — e.g. the teams nearest an
   * area that are accredited for that method there; a method without teams has no rate.
   */
  public static ReleaseCostModel of(Map<ReleaseMethod, List<Team>> teamsByMethod) {
    return new ReleaseCostModel(method -> teamsByMethod.getOrDefault(method, List.of()));
  }

  /** Methods suitable for an area of this class, in the order of IMAS 07.11's sequence. */
  public static Set<ReleaseMethod> suitableMethods(HazardClass hazardClass) {
    return hazardClass == HazardClass.CHA ? CHA_METHODS : SHA_METHODS;
  }

  /**
   * The cheapest suitable method for an area of {@code areaM2} m², or empty when no team can apply
   * any suitable method anywhere.
   */
  public java.util.Optional<Estimate> cheapest(
      HazardClass hazardClass, Terrain terrain, Vegetation vegetation, double areaM2) {
    Estimate best = null;
    for (ReleaseMethod method : suitableMethods(hazardClass)) {
      Rate rate = cells.get(method)[terrain.ordinal()][vegetation.ordinal()];
      boolean fallback = rate == null;
      if (fallback) {
        rate = overall.get(method);
      }
      if (rate == null) {
        continue;
      }
      Estimate e =
          new Estimate(method, areaM2 * rate.usdPerM2(), areaM2 / rate.m2PerDay(), fallback);
      if (best == null || better(e, best)) {
        best = e;
      }
    }
    return java.util.Optional.ofNullable(best);
  }

  /**
   * The price of releasing an area of {@code areaM2} m² by {@code method}, or empty when no team
   * can apply the method anywhere.
   */
  public java.util.Optional<Estimate> price(
      ReleaseMethod method, Terrain terrain, Vegetation vegetation, double areaM2) {
    Rate rate = cells.get(method)[terrain.ordinal()][vegetation.ordinal()];
    boolean fallback = rate == null;
    if (fallback) {
      rate = overall.get(method);
    }
    return rate == null
        ? java.util.Optional.empty()
        : java.util.Optional.of(
            new Estimate(method, areaM2 * rate.usdPerM2(), areaM2 / rate.m2PerDay(), fallback));
  }

  private static boolean better(Estimate a, Estimate b) {
    if (a.fallback() != b.fallback()) {
      return !a.fallback();
    }
    return a.costUsd() < b.costUsd();
  }

  private static List<double[]> samples(
      List<Team> teams, ReleaseMethod method, Terrain t, Vegetation v) {
    List<double[]> out = new ArrayList<>();
    for (Team team : teams) {
      if (!team.type().methods().contains(method)) {
        continue;
      }
      OptionalDouble p = team.productivity().m2PerDay(method, t, v);
      if (p.isPresent() && p.getAsDouble() > 0) {
        out.add(new double[] {team.dayRateUsd() / p.getAsDouble(), p.getAsDouble()});
      }
    }
    return out;
  }

  private static Rate median(List<double[]> samples) {
    if (samples.isEmpty()) {
      return null;
    }
    double[] cost = samples.stream().mapToDouble(s -> s[0]).toArray();
    double[] speed = samples.stream().mapToDouble(s -> s[1]).toArray();
    return new Rate(median(cost), median(speed));
  }

  private static double median(double[] xs) {
    Arrays.sort(xs);
    int n = xs.length;
    return n % 2 == 1 ? xs[n / 2] : (xs[n / 2 - 1] + xs[n / 2]) / 2;
  }
}
