package org.reclaim.analysis.criteria;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.locationtech.jts.geom.Coordinate;
import org.reclaim.domain.geometry.LocalProjection;
import org.reclaim.domain.operator.Accreditation;
import org.reclaim.domain.region.Region;
import org.reclaim.domain.task.ReleaseMethod;
import org.reclaim.domain.team.Team;

/**
 * The teams whose productivity prices the release of a place: for each method, the {@code k} teams
 * nearest to it (by base location) whose type can apply the method and whose operator holds an
 * accreditation for the method's activity, valid on the day, in the place's region or a region
 * above it (IMAS 07.30 §4). Where no team is accredited there, the {@code k} nearest able teams
 * stand in and the choice says so ({@link Choice#unaccredited}).
 *
 * <p>Each distinct choice of teams gets one {@link ReleaseCostModel}, shared by every place with
 * the same nearest teams. Thread safe.
 */
public final class AccreditedTeams {
  /**
   * The teams chosen for a place: their cost model, and the methods no team is accredited for there
   * (priced by the nearest able teams instead).
   */
  public record Choice(ReleaseCostModel costs, Set<ReleaseMethod> unaccredited) {}

  /** A team at its projected base; equal only to itself (a record would hash the whole team). */
  private static final class Candidate {
    private final Team team;
    private final double x;
    private final double y;

    Candidate(Team team, double x, double y) {
      this.team = team;
      this.x = x;
      this.y = y;
    }

    Team team() {
      return team;
    }

    double x() {
      return x;
    }

    double y() {
      return y;
    }
  }

  private final int k;
  private final Map<ReleaseMethod, List<Candidate>> able = new EnumMap<>(ReleaseMethod.class);
  private final Map<ReleaseMethod, Map<Long, List<Candidate>>> accreditedIn =
      new EnumMap<>(ReleaseMethod.class);
  private final Map<Long, Long> parentOf = new HashMap<>();
  private final Map<String, ReleaseCostModel> models = new ConcurrentHashMap<>();

  /**
   * The selection among {@code teams}.
   *
   * @param frame the projection distances are measured in
   * @param accreditations all accreditations; only those valid on {@code day} count
   * @param regions the region hierarchy, to accept an accreditation of an oblast for its raions
   * @param k how many nearest teams set each method's rate (their median)
   */
  public AccreditedTeams(
      LocalProjection frame,
      List<Team> teams,
      List<Accreditation> accreditations,
      List<Region> regions,
      LocalDate day,
      int k) {
    if (k < 1) {
      throw new IllegalArgumentException("k must be at least 1, was " + k);
    }
    this.k = k;
    for (Region r : regions) {
      if (r.parentId() != null) {
        parentOf.put(r.id(), r.parentId());
      }
    }
    for (ReleaseMethod m : ReleaseMethod.values()) {
      able.put(m, new ArrayList<>());
      accreditedIn.put(m, new HashMap<>());
    }
    for (Team t : teams) {
      Map<ReleaseMethod, Set<Long>> accredited = new EnumMap<>(ReleaseMethod.class);
      for (Accreditation a : accreditations) {
        if (a.operatorId() != t.operatorId()
            || day.isBefore(a.validFrom())
            || day.isAfter(a.validTo())) {
          continue;
        }
        for (ReleaseMethod m : t.type().methods()) {
          if (m.activity() == a.activity()) {
            accredited.computeIfAbsent(m, x -> new HashSet<>()).addAll(a.regionIds());
          }
        }
      }
      Coordinate c = frame.project(t.base().getCoordinate());
      Candidate candidate = new Candidate(t, c.x, c.y);
      t.type().methods().forEach(m -> able.get(m).add(candidate));
      accredited.forEach(
          (m, regionIds) ->
              regionIds.forEach(
                  r ->
                      accreditedIn
                          .get(m)
                          .computeIfAbsent(r, x -> new ArrayList<>())
                          .add(candidate)));
    }
  }

  /**
   * The teams for a place at {@code x, y} (metres in the frame) in region {@code regionId} ({@code
   * null} when unknown: then no accreditation can be checked and every choice is unaccredited).
   */
  public Choice near(double x, double y, Long regionId) {
    Set<Long> chain = new HashSet<>();
    for (Long r = regionId; r != null && chain.add(r); r = parentOf.get(r)) {
      // the region and every region above it
    }
    Map<ReleaseMethod, List<Team>> chosen = new EnumMap<>(ReleaseMethod.class);
    StringBuilder key = new StringBuilder();
    Set<ReleaseMethod> unaccredited = EnumSet.noneOf(ReleaseMethod.class);
    for (ReleaseMethod m : ReleaseMethod.values()) {
      List<Candidate> all = able.get(m);
      if (all.isEmpty()) {
        continue;
      }
      Set<Candidate> here = new java.util.LinkedHashSet<>();
      for (Long r : chain) {
        here.addAll(accreditedIn.get(m).getOrDefault(r, List.of()));
      }
      List<Team> accredited = nearest(here, x, y);
      if (accredited.isEmpty()) {
        unaccredited.add(m);
        accredited = nearest(all, x, y);
      }
      chosen.put(m, accredited);
      key.append(m.ordinal()).append(':');
      accredited.forEach(t -> key.append(t.id()).append(','));
      key.append(';');
    }
    ReleaseCostModel costs =
        models.computeIfAbsent(key.toString(), s -> ReleaseCostModel.of(chosen));
    return new Choice(costs, unaccredited);
  }

  /** The {@code k} nearest of {@code all}, ties to the lower team id. */
  private List<Team> nearest(java.util.Collection<Candidate> all, double x, double y) {
    Candidate[] best = new Candidate[k];
    double[] d2 = new double[k];
    int n = 0;
    for (Candidate c : all) {
      double dx = c.x() - x;
      double dy = c.y() - y;
      double d = dx * dx + dy * dy;
      if (n < k || d < d2[n - 1] || (d == d2[n - 1] && c.team().id() < best[n - 1].team().id())) {
        int i = Math.min(n, k - 1);
        while (i > 0
            && (d2[i - 1] > d || (d2[i - 1] == d && best[i - 1].team().id() > c.team().id()))) {
          d2[i] = d2[i - 1];
          best[i] = best[i - 1];
          i--;
        }
        d2[i] = d;
        best[i] = c;
        n = Math.min(n + 1, k);
      }
    }
    List<Team> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(best[i].team());
    }
    return out;
  }
}
