package org.reclaim.simulation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.reclaim.analysis.criteria.AreaCriteria;
import org.reclaim.analysis.criteria.ContextSnapshot;
import org.reclaim.analysis.criteria.CriteriaOp;
import org.reclaim.analysis.criteria.CriteriaParameters;
import org.reclaim.analysis.criteria.CriterionId;
import org.reclaim.analysis.criteria.ReleaseCostModel;
import org.reclaim.demo.AreaTruth;
import org.reclaim.demo.DemoDataGenerator;
import org.reclaim.demo.DemoDataSet;
import org.reclaim.demo.DemoParameters;
import org.reclaim.domain.hazard.HazardStatus;
import org.reclaim.domain.hazard.HazardousArea;
import org.reclaim.domain.team.Team;
import org.reclaim.planner.mapping.DomainProblemMapper;
import org.reclaim.planner.problem.PlanTeam;

/**
 * One seed's demo world as every policy of a comparison meets it: the register on the first day
 * (its unreleased hazardous areas, evidence, context, teams), the hidden truth of every area (drawn
 * by the demo generator before any evidence, and never shown to a policy), and what releasing each
 * area is worth. Immutable; shared by the policies' campaigns of the seed.
 */
public final class World {
  /** The first day of every campaign: the demo's history ends the day before. */
  public static final LocalDate START = LocalDate.of(2027, 1, 4);

  private final long seed;
  private final DemoDataSet data;
  private final List<HazardousArea> areas;
  private final AreaTruth[] truth;
  private final AreaValue[] values;
  private final List<PlanTeam> teams;
  private final Map<String, Team> teamsById;
  private final ReleaseCostModel costs;
  private final CriteriaParameters criteriaParameters;
  private final double meanExposedContamination;

  private World(long seed, DemoDataSet data) {
    this.seed = seed;
    this.data = data;
    this.areas =
        data.hazardousAreas().stream().filter(a -> a.status() != HazardStatus.RELEASED).toList();
    this.truth = new AreaTruth[areas.size()];
    for (int i = 0; i < areas.size(); i++) {
      truth[i] = data.truth().of(areas.get(i).id());
    }
    this.criteriaParameters = CriteriaParameters.defaults(START);
    List<AreaCriteria> rows =
        CriteriaOp.of(snapshot(), criteriaParameters).computeAll(CriteriaOp.Progress.NONE);
    double[] people = PeopleNear.apportioned(areas, data.settlements(), criteriaParameters);
    this.values = new AreaValue[areas.size()];
    double exposedWeighted = 0;
    double exposed = 0;
    for (int i = 0; i < rows.size(); i++) {
      values[i] = AreaValue.of(rows.get(i), people[i]);
      exposedWeighted +=
          people[i] * truth[i].contaminatedM2(areas.get(i).areaM2()) / areas.get(i).areaM2();
      exposed += people[i];
    }
    this.meanExposedContamination = exposed > 0 ? exposedWeighted / exposed : 0;
    this.teams = new ArrayList<>();
    this.teamsById = new HashMap<>();
    for (Team t : data.teams()) {
      PlanTeam planned = DomainProblemMapper.team(t, data.accreditations(), START);
      // contracted for the whole campaign: available on every day of it
      teams.add(
          new PlanTeam(
              planned.id(),
              planned.base(),
              planned.dayRateUsd(),
              List.of(),
              planned.accreditations(),
              planned.productivity(),
              Map.of()));
      teamsById.put(planned.id(), t);
    }
    this.costs = ReleaseCostModel.of(data.teams());
  }

  /**
   * The world of {@code seed} at {@code scale} of the demo's size; the demo's history ends the day
   * before {@link #START}.
   */
  public static World generate(long seed, double scale) {
    return new World(
        seed,
        DemoDataGenerator.generate(
            DemoParameters.demo().withSeed(seed).scaled(scale), START.minusDays(1)));
  }

  /** The register's first-day snapshot for the criteria: its unreleased areas and context. */
  ContextSnapshot snapshot() {
    return new ContextSnapshot(
        START.atStartOfDay().toInstant(ZoneOffset.UTC),
        areas,
        data.evidence(),
        data.settlements(),
        data.roads(),
        data.infrastructure(),
        data.parcels(),
        data.recoveryProjects(),
        data.teams());
  }

  /** The seed the world was drawn with. */
  public long seed() {
    return seed;
  }

  /** Everything the demo generator made, the truth included: the campaign's, never a policy's. */
  DemoDataSet data() {
    return data;
  }

  /** The areas not released on the first day; an area's index is its place here. */
  public List<HazardousArea> areas() {
    return areas;
  }

  /** The hidden truth of area {@code i}. Only the campaign reads it; never a policy. */
  AreaTruth truth(int i) {
    return truth[i];
  }

  /** What releasing area {@code i} is worth. */
  public AreaValue value(int i) {
    return values[i];
  }

  /**
   * The share of land that holds ordnance around the average exposed person on the first day (the
   * people-weighted contaminated share of the areas): the casualty rate is calibrated to it.
   */
  double meanExposedContamination() {
    return meanExposedContamination;
  }

  /** The teams, contracted for the campaign, as the planner sees them. */
  public List<PlanTeam> teams() {
    return teams;
  }

  /** The team behind a planner team id. */
  public Team team(String id) {
    return teamsById.get(id);
  }

  /** Release prices from the teams' productivity and day rates. */
  public ReleaseCostModel costs() {
    return costs;
  }

  /** The criteria parameters every policy's ranking uses (the defaults, as of {@link #START}). */
  public CriteriaParameters criteriaParameters() {
    return criteriaParameters;
  }

  /** The day {@code week} starts. */
  public static LocalDate day(int week) {
    return START.plusWeeks(week);
  }

  /** The instant {@code week} starts (for records made that week). */
  static Instant instant(int week) {
    return day(week).atStartOfDay().toInstant(ZoneOffset.UTC);
  }

  /**
   * What releasing an area is worth, from its criteria on the first day.
   *
   * @param peopleExposed people near the area, weighted by distance as the criterion {@code
   *     population_exposed} weighs them, each person shared among the areas near them so that
   *     nobody counts twice ({@link PeopleNear})
   * @param farmValueUsdPerYear yearly value of the farmland inside it
   * @param infrastructureSites critical infrastructure sites it blocks
   * @param recoveryBudgetUsd budget of the recovery projects it blocks
   */
  public record AreaValue(
      double peopleExposed,
      double farmValueUsdPerYear,
      double infrastructureSites,
      double recoveryBudgetUsd) {
    static AreaValue of(AreaCriteria c, double people) {
      return new AreaValue(
          people,
          c.value(CriterionId.AGRICULTURAL_VALUE_USD),
          c.value(CriterionId.INFRASTRUCTURE_BLOCKED),
          c.value(CriterionId.RECOVERY_BUDGET_USD));
    }
  }
}
