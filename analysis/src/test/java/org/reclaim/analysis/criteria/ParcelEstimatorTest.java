package org.reclaim.analysis.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.reclaim.analysis.criteria.CriteriaForTest.AS_OF;
import static org.reclaim.analysis.criteria.CriteriaForTest.area;
import static org.reclaim.analysis.criteria.CriteriaForTest.point;
import static org.reclaim.analysis.criteria.CriteriaForTest.polygon;
import static org.reclaim.analysis.criteria.CriteriaForTest.rect;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.reclaim.domain.geometry.LocalProjection;
import org.reclaim.domain.hazard.ContaminationType;
import org.reclaim.domain.hazard.HazardClass;
import org.reclaim.domain.hazard.HazardousArea;
import org.reclaim.domain.hazard.Terrain;
import org.reclaim.domain.hazard.Vegetation;
import org.reclaim.domain.operator.Accreditation;
import org.reclaim.domain.operator.Activity;
import org.reclaim.domain.region.Region;
import org.reclaim.domain.task.ReleaseMethod;
import org.reclaim.domain.team.ProductivityTable;
import org.reclaim.domain.team.Team;
import org.reclaim.domain.team.TeamType;

class ParcelEstimatorTest {
  private static final LocalProjection FRAME =
      LocalProjection.near(CriteriaForTest.LON0, CriteriaForTest.LAT0);
  private static final Region OBLAST =
      new Region(2, "UA-63", "Kharkivska", Region.Level.OBLAST, 1L, rect(-1e5, -1e5, 1e5, 1e5));
  private static final Region RAION =
      new Region(3, "UA-63-01", "Izium", Region.Level.RAION, 2L, rect(-1e5, -1e5, 1e5, 1e5));

  /** A manual team of operator {@code operator} at x metres, {@code m2} per day at {@code usd}. */
  private static Team manual(long id, long operator, double xM, double m2, double usd) {
    ProductivityTable p =
        ProductivityTable.builder()
            .put(ReleaseMethod.MANUAL, Terrain.FLAT, Vegetation.LIGHT, m2)
            .put(ReleaseMethod.TS, Terrain.FLAT, Vegetation.LIGHT, m2 * 4)
            .build();
    return new Team(id, operator, "Team " + id, TeamType.MANUAL, point(xM, 0), p, usd, List.of());
  }

  private static Accreditation accredited(long id, long operator, long region) {
    return new Accreditation(
        id,
        operator,
        Activity.MANUAL_CLEARANCE,
        Set.of(region),
        LocalDate.of(2025, 1, 1),
        LocalDate.of(2027, 1, 1));
  }

  /** An area of {@code c} in the raion. */
  private static HazardousArea inRaion(long id, HazardClass c, Geometry g) {
    return HazardousArea.builder()
        .id(id)
        .code("HA-" + id)
        .name("Area " + id)
        .regionId(3L)
        .hazardClass(c)
        .terrain(Terrain.FLAT)
        .vegetation(Vegetation.LIGHT)
        .contamination(EnumSet.of(ContaminationType.AP_MINE))
        .geometry(g)
        .build();
  }

  private static HazardousArea confirmed(long id) {
    return inRaion(id, HazardClass.CHA, rect(0, 0, 100, 100));
  }

  private static ParcelEstimator estimator(
      List<HazardousArea> areas, List<Team> teams, List<Accreditation> accreditations) {
    AccreditedTeams selection =
        new AccreditedTeams(FRAME, teams, accreditations, List.of(OBLAST, RAION), AS_OF, 1);
    return ParcelEstimator.build(
        FRAME, areas, Map.of(), CriteriaParameters.defaults(AS_OF), selection);
  }

  @Test
  void aParcelHalfInsideAConfirmedAreaCostsHalfItsClearanceAtTheNearestAccreditedTeamsRate() {
    // team 1 is nearer but its operator is accredited nowhere; team 2's operator holds an
    // accreditation for the oblast, which covers the area's raion
    ParcelEstimator e =
        estimator(
            List.of(confirmed(1)),
            List.of(manual(1, 1, 200, 100, 500), manual(2, 2, 5_000, 50, 1_000)),
            List.of(accredited(1, 2, 2)));

    ParcelEstimator.Estimate out =
        e.estimate(
            new ParcelEstimator.Parcel("6321010100:01:001:0001", 800, rect(50, 0, 150, 100)));

    assertThat(out.parcelM2()).isCloseTo(10_000, within(5.0));
    assertThat(out.hazardM2()).isCloseTo(5_000, within(5.0));
    assertThat(out.hazardShare()).isCloseTo(0.5, within(0.001));
    assertThat(out.areaCount()).isEqualTo(1);
    assertThat(out.areaCodes()).isEqualTo("HA-1");
    assertThat(out.likelihood()).isEqualTo(MethodRecommendation.PRIOR_CHA);
    assertThat(out.method()).isEqualTo(ReleaseMethod.MANUAL);
    // team 2: US$1,000 a day for 50 m² a day, US$20 per m²
    assertThat(out.costUsd()).isCloseTo(5_000 * 20, within(100.0));
    assertThat(out.teamDays()).isCloseTo(100, within(0.1));
    assertThat(out.valueLockedUsd()).isCloseTo(0.5 * 800, within(0.5));
    assertThat(out.unaccredited()).isFalse();
  }

  @Test
  void withoutAnyAccreditationTheNearestAbleTeamPricesTheWorkAndTheEstimateSaysSo() {
    ParcelEstimator e =
        estimator(
            List.of(confirmed(1)),
            List.of(manual(1, 1, 200, 100, 500), manual(2, 2, 5_000, 50, 1_000)),
            List.of());

    ParcelEstimator.Estimate out =
        e.estimate(new ParcelEstimator.Parcel("p", 800, rect(50, 0, 150, 100)));

    // team 1: US$500 for 100 m², US$5 per m²
    assertThat(out.costUsd()).isCloseTo(5_000 * 5, within(25.0));
    assertThat(out.teamDays()).isCloseTo(50, within(0.1));
    assertThat(out.unaccredited()).isTrue();
  }

  @Test
  void aModelledProbabilityBelowTheCancellationThresholdSurveysASuspectedArea() {
    HazardousArea sha = area(1, HazardClass.SHA, Terrain.FLAT, rect(0, 0, 100, 100));
    Map<Long, Double> modelled = new HashMap<>();
    modelled.put(1L, 0.2);
    AccreditedTeams teams =
        new AccreditedTeams(
            FRAME, List.of(manual(1, 1, 200, 100, 500)), List.of(), List.of(), AS_OF, 1);
    ParcelEstimator e =
        ParcelEstimator.build(
            FRAME, List.of(sha), modelled, CriteriaParameters.defaults(AS_OF), teams);

    ParcelEstimator.Estimate out =
        e.estimate(new ParcelEstimator.Parcel("p", 0, rect(0, 0, 100, 100)));

    assertThat(out.likelihood()).isEqualTo(0.2);
    // no NTS team: technical survey, then clearance weighted by the probability
    assertThat(out.method()).isEqualTo(ReleaseMethod.TS);
    double ts = 10_000 * 500 / 400.0;
    double clearance = 10_000 * 500 / 100.0;
    assertThat(out.costUsd()).isCloseTo(ts + 0.2 * clearance, within(0.01 * ts));
    assertThat(out.valueLockedUsd()).isZero();
  }

  @Test
  void aParcelAwayFromEveryAreaHasNothingToRelease() {
    ParcelEstimator e =
        estimator(List.of(confirmed(1)), List.of(manual(1, 1, 200, 100, 500)), List.of());

    ParcelEstimator.Estimate out =
        e.estimate(new ParcelEstimator.Parcel("p", 800, rect(300, 300, 400, 400)));

    assertThat(out.hazardM2()).isZero();
    assertThat(out.areaCount()).isZero();
    assertThat(out.method()).isNull();
    assertThat(out.costUsd()).isZero();
    assertThat(out.likelihood()).isZero();
  }

  @Test
  void aParcelThatOnlyTouchesAnAreaDoesNotOverlapIt() {
    ParcelEstimator e =
        estimator(List.of(confirmed(1)), List.of(manual(1, 1, 200, 100, 500)), List.of());

    ParcelEstimator.Estimate out =
        e.estimate(new ParcelEstimator.Parcel("p", 800, rect(100, 0, 200, 100)));

    assertThat(out.areaCount()).isZero();
    assertThat(out.hazardM2()).isLessThanOrEqualTo(ParcelEstimator.MIN_OVERLAP_M2);
  }

  @Test
  void aNonConvexParcelIsClippedExactly() {
    ParcelEstimator e =
        estimator(List.of(confirmed(1)), List.of(manual(1, 1, 200, 100, 500)), List.of());
    // an L: 200 × 200 square without its upper right quarter; the area is its lower left quarter
    ParcelEstimator.Estimate out =
        e.estimate(
            new ParcelEstimator.Parcel(
                "L", 100, polygon(0, 0, 200, 0, 200, 100, 100, 100, 100, 200, 0, 200)));

    assertThat(out.parcelM2()).isCloseTo(30_000, within(15.0));
    assertThat(out.hazardM2()).isCloseTo(10_000, within(5.0));
  }

  @Test
  void overlapsAreListedLargestFirstAndTheLargestSetsTheMethod() {
    HazardousArea small = inRaion(7, HazardClass.CHA, rect(100, 0, 120, 100));
    HazardousArea large = inRaion(3, HazardClass.SHA, rect(-100, 0, 90, 100));
    ParcelEstimator e =
        estimator(List.of(small, large), List.of(manual(1, 1, 200, 100, 500)), List.of());

    ParcelEstimator.Estimate out =
        e.estimate(new ParcelEstimator.Parcel("p", 100, rect(0, 0, 200, 100)));

    assertThat(out.areaCodes()).isEqualTo("HA-3;HA-7");
    assertThat(out.method()).isEqualTo(ReleaseMethod.TS);
    assertThat(out.likelihood()).isEqualTo(MethodRecommendation.PRIOR_CHA);
    assertThat(out.hazardM2()).isCloseTo(9_000 + 2_000, within(10.0));
  }
}
