package org.reclaim.analysis.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;
import static org.reclaim.analysis.criteria.CriteriaForTest.AS_OF;
import static org.reclaim.analysis.criteria.CriteriaForTest.accident;
import static org.reclaim.analysis.criteria.CriteriaForTest.area;
import static org.reclaim.analysis.criteria.CriteriaForTest.evidence;
import static org.reclaim.analysis.criteria.CriteriaForTest.infrastructure;
import static org.reclaim.analysis.criteria.CriteriaForTest.line;
import static org.reclaim.analysis.criteria.CriteriaForTest.parcel;
import static org.reclaim.analysis.criteria.CriteriaForTest.point;
import static org.reclaim.analysis.criteria.CriteriaForTest.polygon;
import static org.reclaim.analysis.criteria.CriteriaForTest.project;
import static org.reclaim.analysis.criteria.CriteriaForTest.rect;
import static org.reclaim.analysis.criteria.CriteriaForTest.settlement;
import static org.reclaim.analysis.criteria.CriteriaForTest.team;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reclaim.analysis.criteria.CriteriaForTest.Snapshot;
import org.reclaim.domain.context.RecoveryProject.Status;
import org.reclaim.domain.evidence.Evidence;
import org.reclaim.domain.evidence.EvidenceType;
import org.reclaim.domain.hazard.HazardClass;
import org.reclaim.domain.hazard.Terrain;
import org.reclaim.domain.task.ReleaseMethod;
import org.reclaim.domain.team.TeamType;

/**
 * One hand-computed case per criterion. The area under test is usually the square A = [0, 1000] ×
 * [0, 1000] m (1 km²) at 31° E, 49° N; offsets are metres east / north of its south-west corner
 * (see {@link CriteriaForTest}). Default parameters: settlements within 5 km, decay 2 km, nearest
 * settlement searched to 50 km, infrastructure and recovery buffers 500 m, road and evidence
 * buffers 100 m, accidents within 2 km, half-life 365 days; as of 2026-01-01.
 */
class CriteriaOpTest {
  /** Where the equal-area projection of metre offsets enters: 0.5 % (actual error ~1e-4). */
  private static final double PCT = 0.5;

  private static final CriteriaParameters DEFAULTS = CriteriaParameters.defaults(AS_OF);

  private static AreaCriteria only(Snapshot s) {
    List<AreaCriteria> rows = CriteriaOp.compute(s.build(), DEFAULTS);
    assertThat(rows).hasSize(1);
    return rows.get(0);
  }

  private static Snapshot squareA() {
    Snapshot s = new Snapshot();
    s.areas.add(area(1, rect(0, 0, 1000, 1000)));
    return s;
  }

  @Test
  void populationExposedDecaysWithDistanceAndStopsAtTheRadius() {
    Snapshot s = squareA();
    s.settlements.add(settlement(11, 1000, 1500, 500)); // 500 m east of A
    s.settlements.add(settlement(12, 2000, 500, 500)); // inside A: d = 0
    s.settlements.add(settlement(13, 5000, 7000, 500)); // 6000 m > 5000 m radius
    s.settlements.add(settlement(14, 400, -3000, 500)); // 3000 m west
    // 1000 e^(-500/2000) + 2000 e^0 + 400 e^(-3000/2000)
    //   = 778.80 + 2000 + 89.25 = 2868.05
    double expected = 1000 * Math.exp(-0.25) + 2000 + 400 * Math.exp(-1.5);

    AreaCriteria c = only(s);

    assertThat(c.value(CriterionId.POPULATION_EXPOSED)).isCloseTo(expected, withinPercentage(PCT));
    assertThat(c.value(CriterionId.POPULATION_EXPOSED)).isCloseTo(2868.05, within(0.5));
    assertThat(c.sources(CriterionId.POPULATION_EXPOSED)).containsExactly(11, 12, 14);
    // the nearest settlement is inside: distance 0
    assertThat(c.value(CriterionId.DISTANCE_TO_SETTLEMENT_M)).isZero();
    assertThat(c.sources(CriterionId.DISTANCE_TO_SETTLEMENT_M)).containsExactly(12);
  }

  @Test
  void distanceToTheNearestSettlement() {
    Snapshot s = squareA();
    s.settlements.add(settlement(21, 50, 4000, 500)); // 3000 m east
    s.settlements.add(settlement(22, 50, -2000, 500)); // 2000 m west: nearest

    AreaCriteria c = only(s);

    assertThat(c.value(CriterionId.DISTANCE_TO_SETTLEMENT_M))
        .isCloseTo(2000, withinPercentage(PCT));
    assertThat(c.sources(CriterionId.DISTANCE_TO_SETTLEMENT_M)).containsExactly(22);
  }

  @Test
  void distanceToSettlementBeyondThePopulationRadiusIsStillFound() {
    Snapshot s = squareA();
    s.settlements.add(settlement(31, 900, 9000, 500)); // 8000 m east, beyond the 5 km radius

    AreaCriteria c = only(s);

    assertThat(c.value(CriterionId.DISTANCE_TO_SETTLEMENT_M))
        .isCloseTo(8000, withinPercentage(PCT));
    assertThat(c.sources(CriterionId.DISTANCE_TO_SETTLEMENT_M)).containsExactly(31);
    assertThat(c.value(CriterionId.POPULATION_EXPOSED)).isZero();
    assertThat(c.sources(CriterionId.POPULATION_EXPOSED)).isEmpty();
  }

  @Test
  void distanceToSettlementIsCappedAtTheLimit() {
    Snapshot far = squareA();
    far.settlements.add(settlement(41, 900, 61_000, 500)); // 60 km east, limit 50 km
    Snapshot none = squareA();

    AreaCriteria cFar = only(far);
    AreaCriteria cNone = only(none);

    assertThat(cFar.value(CriterionId.DISTANCE_TO_SETTLEMENT_M)).isEqualTo(50_000);
    assertThat(cFar.sources(CriterionId.DISTANCE_TO_SETTLEMENT_M)).isEmpty();
    assertThat(cNone.value(CriterionId.DISTANCE_TO_SETTLEMENT_M)).isEqualTo(50_000);
    assertThat(cNone.sources(CriterionId.DISTANCE_TO_SETTLEMENT_M)).isEmpty();
  }

  @Test
  void infrastructureWithinTheBufferIsCounted() {
    Snapshot s = squareA();
    s.infrastructure.add(infrastructure(51, point(1300, 500))); // 300 m < 500 m: counted
    s.infrastructure.add(infrastructure(52, point(1700, 500))); // 700 m: not
    s.infrastructure.add(infrastructure(53, point(200, 200))); // inside: counted
    s.infrastructure.add(infrastructure(54, line(1400, -2000, 1400, 3000))); // line 400 m east
    s.infrastructure.add(infrastructure(55, rect(-900, 0, -600, 300))); // polygon 600 m west

    AreaCriteria c = only(s);

    assertThat(c.value(CriterionId.INFRASTRUCTURE_BLOCKED)).isEqualTo(3);
    assertThat(c.sources(CriterionId.INFRASTRUCTURE_BLOCKED)).containsExactly(51, 53, 54);
  }

  @Test
  void roadLengthInsideTheAreaAndItsBuffer() {
    Snapshot s = squareA();
    // crosses A along y = 500 from x = -500 to 1500; the 100 m zone spans x in [-100, 1100]: 1200 m
    s.roads.add(CriteriaForTest.road(61, line(-500, 500, 1500, 500)));
    // runs north 50 m east of A: inside the zone for y in [-h, 1000 + h], h = sqrt(100² - 50²)
    //   = 86.60 -> 1000 + 2 * 86.60 = 1173.21 m
    s.roads.add(CriteriaForTest.road(62, line(1050, -500, 1050, 1500)));
    s.roads.add(CriteriaForTest.road(63, line(1300, -500, 1300, 1500))); // 300 m east: not
    // total 1200 + 1173.21 = 2373.21 m
    double expected = 1200 + 1000 + 2 * Math.sqrt(100 * 100 - 50 * 50);

    AreaCriteria c = only(s);

    assertThat(c.value(CriterionId.ROADS_BLOCKED_M)).isCloseTo(expected, withinPercentage(PCT));
    assertThat(c.sources(CriterionId.ROADS_BLOCKED_M)).containsExactly(61, 62);
  }

  @Test
  void agriculturalAreaAndValueInsideTheArea() {
    Snapshot s = squareA();
    // convex parcel [500, 1500] x [0, 1000], half inside: 500,000 m² = 50 ha x 200 USD/ha
    //   = 10,000 USD
    s.parcels.add(parcel(71, 200, rect(500, 0, 1500, 1000)));
    // concave L inside A (overlay path): 300 x 100 + 100 x 200 = 50,000 m² = 5 ha x 1000 USD/ha
    //   = 5,000 USD
    s.parcels.add(
        parcel(72, 1000, polygon(100, 100, 400, 100, 400, 200, 200, 200, 200, 400, 100, 400)));
    s.parcels.add(parcel(73, 5000, rect(2000, 0, 2500, 500))); // disjoint
    // total 550,000 m², 15,000 USD

    AreaCriteria c = only(s);

    assertThat(c.value(CriterionId.AGRICULTURAL_AREA_M2)).isCloseTo(550_000, withinPercentage(PCT));
    assertThat(c.value(CriterionId.AGRICULTURAL_VALUE_USD))
        .isCloseTo(15_000, withinPercentage(PCT));
    // the value is exactly area_ha x USD/ha per parcel, whatever the projection
    assertThat(c.sources(CriterionId.AGRICULTURAL_AREA_M2)).containsExactly(71, 72);
    assertThat(c.sources(CriterionId.AGRICULTURAL_VALUE_USD)).containsExactly(71, 72);
  }

  @Test
  void agriculturalValueIsHectaresTimesValuePerHectare() {
    Snapshot s = squareA();
    s.parcels.add(parcel(74, 850, rect(200, 200, 700, 600))); // 500 x 400 = 20 ha, inside

    AreaCriteria c = only(s);

    double areaM2 = c.value(CriterionId.AGRICULTURAL_AREA_M2);
    assertThat(areaM2).isCloseTo(200_000, withinPercentage(PCT));
    assertThat(c.value(CriterionId.AGRICULTURAL_VALUE_USD))
        .isCloseTo(areaM2 / 10_000 * 850, within(1e-6));
  }

  @Test
  void recoveryBudgetOfProjectsNotDoneWithinTheBuffer() {
    Snapshot s = squareA();
    s.projects.add(project(81, Status.WAITING, 100_000, point(1200, 500))); // 200 m: counted
    s.projects.add(project(82, Status.DONE, 1_000_000, point(500, 500))); // done: excluded
    s.projects.add(project(83, Status.PLANNED, 50_000, point(2000, 500))); // 1000 m: not
    s.projects.add(project(84, Status.UNDERWAY, 30_000, rect(1400, 0, 1600, 100))); // 400 m
    // 100,000 + 30,000 = 130,000 USD

    AreaCriteria c = only(s);

    assertThat(c.value(CriterionId.RECOVERY_BUDGET_USD)).isEqualTo(130_000);
    assertThat(c.sources(CriterionId.RECOVERY_BUDGET_USD)).containsExactly(81, 84);
  }

  @Test
  void accidentSeverityIsCasualtyWeightedAndHalvedEveryHalfLife() {
    Snapshot s = squareA();
    // 365 days before 2026-01-01, 2 casualties, 500 m east: (1 + 2) x 0.5^(365/365) = 1.5
    s.evidence.add(accident(91, LocalDate.of(2025, 1, 1), 2, 1500, 500));
    // on the day, no casualty, inside: 1 x 0.5^0 = 1
    s.evidence.add(accident(92, AS_OF, 0, 500, 500));
    // after asOf: ignored
    s.evidence.add(accident(93, AS_OF.plusDays(1), 5, 500, 500));
    // 3000 m away, radius 2000 m: ignored
    s.evidence.add(accident(94, AS_OF, 5, 4000, 500));
    // 730 days before (2024 is a leap year), 1 casualty: 2 x 0.5^2 = 0.5
    s.evidence.add(accident(95, LocalDate.of(2024, 1, 2), 1, 500, 200));
    // 1900 m east, on the day: 1
    s.evidence.add(accident(96, AS_OF, 0, 2900, 500));
    // a non-accident report is not an accident
    s.evidence.add(evidence(97, EvidenceType.EO_FOUND, AS_OF, 1.0, 500, 500));
    // 1.5 + 1 + 0.5 + 1 = 4.0

    AreaCriteria c = only(s);

    assertThat(c.value(CriterionId.ACCIDENT_SEVERITY)).isCloseTo(4.0, within(1e-12));
    assertThat(c.sources(CriterionId.ACCIDENT_SEVERITY)).containsExactly(91, 92, 95, 96);
  }

  @Test
  void evidenceDensityIsReliabilityPerSquareKilometre() {
    Snapshot s = squareA();
    s.areas.add(area(2, rect(5000, 0, 5050, 50))); // 0.0025 km², floored at 0.01 km²
    s.evidence.add(evidence(101, EvidenceType.PUBLIC_REPORT, AS_OF, 0.6, 500, 500)); // inside
    s.evidence.add(evidence(102, EvidenceType.DRONE_DETECTION, AS_OF, 0.4, 1050, 500)); // 50 m
    s.evidence.add(evidence(103, EvidenceType.PUBLIC_REPORT, AS_OF, 0.9, 1300, 500)); // 300 m
    s.evidence.add(evidence(104, EvidenceType.PUBLIC_REPORT, AS_OF.plusDays(3), 1, 500, 500));
    s.evidence.add(evidence(105, EvidenceType.PUBLIC_REPORT, AS_OF, 0.5, 5025, 25)); // in area 2
    // A: (0.6 + 0.4) / max(1.0, 0.01) = 1.0 per km²; area 2: 0.5 / max(0.0025, 0.01) = 50

    List<AreaCriteria> rows = CriteriaOp.compute(s.build(), DEFAULTS);

    AreaCriteria a = rows.get(0);
    assertThat(a.value(CriterionId.EVIDENCE_DENSITY)).isCloseTo(1.0, withinPercentage(PCT));
    assertThat(a.sources(CriterionId.EVIDENCE_DENSITY)).containsExactly(101, 102);
    AreaCriteria small = rows.get(1);
    assertThat(small.value(CriterionId.EVIDENCE_DENSITY)).isCloseTo(50, within(1e-9));
    assertThat(small.sources(CriterionId.EVIDENCE_DENSITY)).containsExactly(105);
  }

  @Test
  void directEvidenceFlag() {
    Snapshot s = new Snapshot();
    s.areas.add(area(1, rect(0, 0, 100, 100))); // SHA, only an indirect report
    s.areas.add(area(2, rect(1000, 0, 1100, 100))); // SHA, an EO sighting inside
    s.areas.add(area(3, HazardClass.CHA, Terrain.FLAT, rect(2000, 0, 2100, 100))); // CHA
    s.areas.add(area(4, rect(3000, 0, 3100, 100))); // SHA, a confident drone detection
    s.areas.add(area(5, rect(4000, 0, 4100, 100))); // SHA, an EO sighting after asOf
    s.evidence.add(evidence(111, EvidenceType.PUBLIC_REPORT, AS_OF, 0.5, 50, 50));
    s.evidence.add(evidence(112, EvidenceType.EO_SIGHTING, AS_OF, 0.5, 1050, 50));
    s.evidence.add(
        Evidence.of(
            113, EvidenceType.DRONE_DETECTION, AS_OF, point(3050, 50), "t", 0.5, "x", 0.9, 0));
    s.evidence.add(evidence(114, EvidenceType.EO_SIGHTING, AS_OF.plusDays(1), 0.5, 4050, 50));

    List<AreaCriteria> rows = CriteriaOp.compute(s.build(), DEFAULTS);

    assertThat(rows)
        .extracting(r -> r.value(CriterionId.DIRECT_EVIDENCE))
        .containsExactly(0.0, 1.0, 1.0, 1.0, 0.0);
    assertThat(rows.get(0).sources(CriterionId.DIRECT_EVIDENCE)).isEmpty();
    assertThat(rows.get(1).sources(CriterionId.DIRECT_EVIDENCE)).containsExactly(112);
    assertThat(rows.get(2).sources(CriterionId.DIRECT_EVIDENCE)).isEmpty();
    assertThat(rows.get(3).sources(CriterionId.DIRECT_EVIDENCE)).containsExactly(113);
    assertThat(rows.get(4).sources(CriterionId.DIRECT_EVIDENCE)).isEmpty();
  }

  /**
   * Teams (FLAT/LIGHT figures): T1 NTS team 500 USD/day at 20,000 m²/day (0.025 USD/m²), T2 drone
   * survey 900 at 30,000 (0.03), T3 manual 1000 with TS 5,000 (0.2) and MANUAL 200 (5), T4
   * mechanical 4000 with MECHANICAL 2000 (2) and TS 4000 (1), T5 MDD 1500 at 1000 (1.5), T6 a
   * manual team with an MDD figure it may not use (100,000 m²/day would make MDD almost free).
   */
  private static Snapshot withTeams(Snapshot s) {
    s.teams.add(team(1, TeamType.NTS, 500, ReleaseMethod.NTS, 20_000));
    s.teams.add(team(2, TeamType.DRONE_SURVEY, 900, ReleaseMethod.NTS, 30_000));
    s.teams.add(team(3, TeamType.MANUAL, 1000, ReleaseMethod.TS, 5_000, ReleaseMethod.MANUAL, 200));
    s.teams.add(
        team(
            4,
            TeamType.MECHANICAL,
            4000,
            ReleaseMethod.MECHANICAL,
            2_000,
            ReleaseMethod.TS,
            4_000));
    s.teams.add(team(5, TeamType.MDD, 1500, ReleaseMethod.MDD, 1_000));
    s.teams.add(team(6, TeamType.MANUAL, 1000, ReleaseMethod.MDD, 100_000));
    return s;
  }

  @Test
  void releaseCostOfTheCheapestSuitableMethod() {
    Snapshot s = withTeams(new Snapshot());
    s.areas.add(area(1, rect(0, 0, 1000, 1000))); // SHA, 1 km²
    s.areas.add(area(2, HazardClass.CHA, Terrain.FLAT, rect(3000, 0, 4000, 1000))); // CHA
    s.areas.add(area(3, HazardClass.SHA, Terrain.STEEP, rect(6000, 0, 7000, 1000))); // no figure

    List<AreaCriteria> rows = CriteriaOp.compute(s.build(), DEFAULTS);

    // SHA -> NTS or TS. NTS: median(0.025, 0.03) = 0.0275 USD/m² -> 27,500 USD;
    //   median(20,000, 30,000) = 25,000 m²/day -> 40 team-days. TS: median(0.2, 1) = 0.6 -> 600,000
    AreaCriteria sha = rows.get(0);
    assertThat(sha.method()).isEqualTo(ReleaseMethod.NTS);
    assertThat(sha.costFallback()).isFalse();
    assertThat(sha.value(CriterionId.RELEASE_COST_USD)).isCloseTo(27_500, withinPercentage(PCT));
    assertThat(sha.value(CriterionId.RELEASE_DURATION_DAYS)).isCloseTo(40, withinPercentage(PCT));
    // CHA -> manual (5 USD/m²), mechanical (2) or MDD (1.5; T6's figure ignored):
    //   1.5 x 1e6 = 1.5e6 USD, 1e6 / 1000 = 1000 team-days
    AreaCriteria cha = rows.get(1);
    assertThat(cha.method()).isEqualTo(ReleaseMethod.MDD);
    assertThat(cha.value(CriterionId.RELEASE_COST_USD)).isCloseTo(1.5e6, withinPercentage(PCT));
    assertThat(cha.value(CriterionId.RELEASE_DURATION_DAYS)).isCloseTo(1000, withinPercentage(PCT));
    // STEEP: no team has a figure -> the method's median over all its cells, marked fallback
    AreaCriteria steep = rows.get(2);
    assertThat(steep.method()).isEqualTo(ReleaseMethod.NTS);
    assertThat(steep.costFallback()).isTrue();
    assertThat(steep.value(CriterionId.RELEASE_COST_USD)).isCloseTo(27_500, withinPercentage(PCT));
    for (CriterionId derived :
        List.of(
            CriterionId.RELEASE_COST_USD,
            CriterionId.RELEASE_DURATION_DAYS,
            CriterionId.BENEFIT_PER_COST)) {
      assertThat(sha.sources(derived)).isEmpty();
    }
  }

  @Test
  void noTeamMeansNoMethodAndZeroCost() {
    AreaCriteria c = only(squareA());

    assertThat(c.method()).isNull();
    assertThat(c.costFallback()).isFalse();
    assertThat(c.value(CriterionId.RELEASE_COST_USD)).isZero();
    assertThat(c.value(CriterionId.RELEASE_DURATION_DAYS)).isZero();
  }

  @Test
  void releaseCostModelTakesTheMedianOverTeams() {
    ReleaseCostModel model =
        ReleaseCostModel.of(
            List.of(
                team(1, TeamType.NTS, 100, ReleaseMethod.NTS, 10_000), // 0.01 USD/m²
                team(2, TeamType.NTS, 300, ReleaseMethod.NTS, 10_000), // 0.03
                team(3, TeamType.NTS, 900, ReleaseMethod.NTS, 10_000), // 0.09
                team(4, TeamType.EOD, 1, ReleaseMethod.NTS, 10_000))); // EOD: no methods
    // median(0.01, 0.03, 0.09) = 0.03 -> 100 m² cost 3 USD, 0.01 team-days
    var e =
        model.cheapest(
            HazardClass.SHA, Terrain.FLAT, org.reclaim.domain.hazard.Vegetation.LIGHT, 100);

    assertThat(e).isPresent();
    assertThat(e.get().costUsd()).isCloseTo(3, within(1e-12));
    assertThat(e.get().durationDays()).isCloseTo(0.01, within(1e-12));
    assertThat(ReleaseCostModel.suitableMethods(HazardClass.SHA))
        .containsExactlyInAnyOrder(ReleaseMethod.NTS, ReleaseMethod.TS);
    assertThat(ReleaseCostModel.suitableMethods(HazardClass.CHA))
        .containsExactlyInAnyOrder(
            ReleaseMethod.MANUAL, ReleaseMethod.MECHANICAL, ReleaseMethod.MDD);
  }

  @Test
  void benefitPerCostIsUnlockedValueOverReleaseCost() {
    Snapshot s = withTeams(squareA());
    s.parcels.add(parcel(71, 200, rect(500, 0, 1500, 1000))); // 10,000 USD (see above)
    s.projects.add(project(81, Status.WAITING, 100_000, point(1200, 500)));
    // (10,000 + 100,000) / 27,500 = 4.0
    AreaCriteria c = only(s);

    double unlocked =
        c.value(CriterionId.AGRICULTURAL_VALUE_USD) + c.value(CriterionId.RECOVERY_BUDGET_USD);
    assertThat(c.value(CriterionId.BENEFIT_PER_COST)).isCloseTo(4.0, withinPercentage(PCT));
    assertThat(c.value(CriterionId.BENEFIT_PER_COST))
        .isCloseTo(unlocked / c.value(CriterionId.RELEASE_COST_USD), within(1e-12));
    // without teams the cost is 0 and the divisor floors at 1 USD
    Snapshot free = squareA();
    free.projects.add(project(81, Status.WAITING, 100_000, point(1200, 500)));
    assertThat(only(free).value(CriterionId.BENEFIT_PER_COST)).isEqualTo(100_000);
  }

  @Test
  void emptyLayersGiveZerosAndNoSources() {
    AreaCriteria c = only(squareA());

    for (CriterionId id : CriterionId.all()) {
      if (id == CriterionId.CONTAMINATION_LIKELIHOOD) {
        // no model: the prior of the area's class (a suspected area)
        assertThat(c.value(id)).isEqualTo(MethodRecommendation.PRIOR_SHA);
      } else if (id != CriterionId.DISTANCE_TO_SETTLEMENT_M) {
        assertThat(c.value(id)).as(id.key()).isZero();
      }
      assertThat(c.sources(id)).as(id.key()).isEmpty();
    }
    assertThat(c.areaId()).isEqualTo(1);
  }
}
