package org.reclaim.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Point;
import org.reclaim.domain.geometry.Wgs84;
import org.reclaim.domain.operator.Accreditation;
import org.reclaim.domain.operator.Activity;
import org.reclaim.domain.operator.Operator;
import org.reclaim.domain.team.DateRange;
import org.reclaim.domain.team.Team;
import org.reclaim.domain.team.TeamType;

/**
 * Operators, their accreditations and their teams.
 *
 * <p>Mix of operators: 44 % commercial, 23 % state (MoD, SESU and other state units), 33 % NGOs,
 * after Ukraine's certification list of May 2024 (17 private commercial, 1 state enterprise, 4 MoD
 * units, 4 SESU units, … of 39; mine_action_figures.csv UA21). Each operator works in 1–4 oblasts
 * drawn by contamination weight and is accredited (IMAS 07.30) per activity for those oblasts and
 * all their raions, so {@link Accreditation#covers} answers for an area's raion as well as its
 * oblast. Accreditations run from before the history window to months after today; one operator in
 * ten also holds an older, expired NTS accreditation. After the teams are drawn, every oblast where
 * areas can occur is given at least one accredited team of each working type.
 */
final class OperatorLayer {
  private static final List<String> FOREIGN = List.of("GB", "CH", "DK", "NO", "US", "DE", "BE");

  final List<Operator> operators = new ArrayList<>();
  final List<Accreditation> accreditations = new ArrayList<>();
  final List<Team> teams = new ArrayList<>();

  /** Oblast indices each operator works in, by operator position. */
  final List<TreeSet<Integer>> oblastsOf = new ArrayList<>();

  /** Activities of each operator, by operator position. */
  final List<Set<Activity>> activitiesOf = new ArrayList<>();

  private OperatorLayer() {}

  static OperatorLayer generate(
      Boundaries b, SettlementLayer s, DemoParameters p, LocalDate today, Draw d) {
    OperatorLayer layer = new OperatorLayer();
    double[] oblastWeights =
        b.oblasts().stream().mapToDouble(o -> DemoFigures.oblastWeight(o.iso())).toArray();
    for (int i = 0; i < p.operators(); i++) {
      layer.addOperator(i, d, oblastWeights);
    }
    List<TeamDraft> drafts = layer.draftTeams(p.teams(), d);
    layer.coverOblasts(drafts, oblastWeights, d);
    layer.buildTeams(b, s, drafts, today.minusDays(p.historyDays()), today, d);
    layer.buildAccreditations(b, today.minusDays(p.historyDays()), today, d);
    return layer;
  }

  private void addOperator(int i, Draw d, double[] oblastWeights) {
    double u = d.unit();
    Operator.Kind kind =
        u < 0.44 ? Operator.Kind.COMMERCIAL : u < 0.67 ? Operator.Kind.STATE : Operator.Kind.NGO;
    EnumSet<Activity> acts = EnumSet.of(Activity.NTS, Activity.TS, Activity.MANUAL_CLEARANCE);
    String name;
    String country;
    switch (kind) {
      case NGO -> {
        name = Names.ngo(d, i + 1);
        country = d.chance(0.4) ? "UA" : d.pick(FOREIGN);
        maybe(d, acts, 0.3, Activity.MDD, 0.3, Activity.MECHANICAL, 0.5, Activity.EOD);
        acts.add(Activity.EORE);
      }
      case COMMERCIAL -> {
        name = Names.commercial(d, i + 1);
        country = d.chance(0.8) ? "UA" : d.pick(List.of("GB", "US", "HR", "TR", "PL"));
        maybe(d, acts, 0.6, Activity.MECHANICAL, 0.2, Activity.MDD, 0.5, Activity.EOD);
        maybe(d, acts, 0.2, Activity.EORE, 0, Activity.EORE, 0, Activity.EORE);
      }
      default -> {
        name = Names.state(d, i + 1);
        country = "UA";
        acts.addAll(EnumSet.of(Activity.MECHANICAL, Activity.MDD, Activity.EOD));
        maybe(d, acts, 0.7, Activity.EORE, 0, Activity.EORE, 0, Activity.EORE);
      }
    }
    operators.add(new Operator(i + 1L, name, kind, country));
    activitiesOf.add(acts);
    TreeSet<Integer> oblasts = new TreeSet<>();
    int n = kind == Operator.Kind.STATE ? d.between(1, 2) : d.between(1, 4);
    while (oblasts.size() < n) {
      oblasts.add(d.weighted(oblastWeights));
    }
    oblastsOf.add(oblasts);
  }

  private static void maybe(
      Draw d,
      Set<Activity> acts,
      double p1,
      Activity a1,
      double p2,
      Activity a2,
      double p3,
      Activity a3) {
    if (d.chance(p1)) {
      acts.add(a1);
    }
    if (d.chance(p2)) {
      acts.add(a2);
    }
    if (d.chance(p3)) {
      acts.add(a3);
    }
  }

  /** The activity a team type needs its operator accredited for. */
  static Activity activityOf(TeamType type) {
    return switch (type) {
      case MANUAL -> Activity.MANUAL_CLEARANCE;
      case MECHANICAL -> Activity.MECHANICAL;
      case MDD -> Activity.MDD;
      case DRONE_SURVEY, NTS -> Activity.NTS;
      case EOD -> Activity.EOD;
    };
  }

  private record TeamDraft(TeamType type, int operator) {}

  private List<TeamDraft> draftTeams(int count, Draw d) {
    TeamType[] types = TeamType.values();
    double[] mix = new double[types.length];
    for (int i = 0; i < types.length; i++) {
      mix[i] = DemoFigures.TEAM_MIX.get(types[i]);
    }
    List<TeamDraft> drafts = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      // The first teams take each type once, so even a tiny set has every type.
      TeamType type = i < types.length ? types[i] : types[d.weighted(mix)];
      List<Integer> eligible = new ArrayList<>();
      for (int o = 0; o < operators.size(); o++) {
        if (activitiesOf.get(o).contains(activityOf(type))) {
          eligible.add(o);
        }
      }
      int operator = eligible.isEmpty() ? d.index(operators.size()) : d.pick(eligible);
      activitiesOf.get(operator).add(activityOf(type));
      drafts.add(new TeamDraft(type, operator));
    }
    return drafts;
  }

  private void coverOblasts(List<TeamDraft> drafts, double[] oblastWeights, Draw d) {
    for (TeamType type : TeamType.values()) {
      List<Integer> ofType = new ArrayList<>();
      for (int t = 0; t < drafts.size(); t++) {
        if (drafts.get(t).type() == type) {
          ofType.add(t);
        }
      }
      if (ofType.isEmpty()) {
        continue;
      }
      for (int o = 0; o < oblastWeights.length; o++) {
        final int oblast = o;
        boolean covered =
            oblastWeights[o] == 0
                || ofType.stream()
                    .anyMatch(t -> oblastsOf.get(drafts.get(t).operator()).contains(oblast));
        if (!covered) {
          oblastsOf.get(drafts.get(d.pick(ofType)).operator()).add(oblast);
        }
      }
    }
  }

  private void buildTeams(
      Boundaries b,
      SettlementLayer s,
      List<TeamDraft> drafts,
      LocalDate historyStart,
      LocalDate today,
      Draw d) {
    int[] perType = new int[TeamType.values().length];
    for (TeamDraft t : drafts) {
      int n = ++perType[t.type().ordinal()];
      ProductivityModel.Profile profile = ProductivityModel.draw(t.type(), d);
      List<DateRange> availability = List.of();
      if (d.chance(0.25)) {
        LocalDate gap = today.plusDays(d.between(75, 150));
        availability =
            List.of(
                new DateRange(historyStart.minusDays(60), gap.minusDays(1)),
                new DateRange(gap.plusDays(14), today.plusDays(400)));
      }
      String operatorWord = operators.get(t.operator()).name().split(" ")[0];
      teams.add(
          new Team(
              teams.size() + 1L,
              t.operator() + 1L,
              operatorWord + " " + t.type().name().replace('_', ' ') + " " + n,
              t.type(),
              base(b, s, t.operator(), d),
              profile.table(),
              profile.dayRateUsd(),
              availability));
    }
  }

  private Point base(Boundaries b, SettlementLayer s, int operator, Draw d) {
    List<Integer> oblasts = new ArrayList<>(oblastsOf.get(operator));
    Boundaries.Oblast oblast = b.oblasts().get(d.pick(oblasts));
    int raion = d.pick(oblast.raions());
    int settlement = s.largestIn(raion);
    Coordinate c =
        settlement >= 0
            ? s.settlements.get(settlement).location().getCoordinate()
            : b.randomPointIn(d, raion);
    return Wgs84.point(c.x, c.y);
  }

  private void buildAccreditations(Boundaries b, LocalDate historyStart, LocalDate today, Draw d) {
    for (int o = 0; o < operators.size(); o++) {
      Set<Long> regionIds = new TreeSet<>();
      for (int oblast : oblastsOf.get(o)) {
        regionIds.add(b.oblastRegionId(oblast));
        b.oblasts().get(oblast).raions().forEach(r -> regionIds.add(b.raionRegionId(r)));
      }
      LocalDate from = historyStart.minusDays(d.between(30, 700));
      LocalDate to = today.plusDays(d.between(120, 900));
      if (d.chance(0.1)) {
        add(o, Activity.NTS, regionIds, from.minusDays(d.between(200, 500)), from.minusDays(1));
      }
      for (Activity a : Activity.values()) {
        if (activitiesOf.get(o).contains(a)) {
          add(o, a, regionIds, from, to);
        }
      }
    }
  }

  private void add(int operator, Activity a, Set<Long> regions, LocalDate from, LocalDate to) {
    accreditations.add(
        new Accreditation(accreditations.size() + 1L, operator + 1L, a, regions, from, to));
  }
}
