package org.reclaim.analysis.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reclaim.domain.DomainForTest;
import org.reclaim.domain.geometry.Wgs84;
import org.reclaim.domain.hazard.HazardousArea;
import org.reclaim.domain.hazard.Terrain;
import org.reclaim.domain.hazard.Vegetation;
import org.reclaim.domain.task.ReleaseMethod;
import org.reclaim.domain.team.DateRange;
import org.reclaim.domain.team.ProductivityTable;
import org.reclaim.domain.team.Team;
import org.reclaim.domain.team.TeamType;

/**
 * The method for an area of 10,000 m² (flat, light vegetation), priced by a manual team (manual
 * clearance 240 m²/day, technical survey 1,500 m²/day, US$ 1,800 a day: 7.50 and 1.20 US$/m²) and
 * an NTS team (20,000 m²/day at US$ 900: 0.045 US$/m²): NTS 450, TS 12,000, clearance 75,000.
 */
class MethodRecommendationTest {
  private static final double M2 = 10_000;
  private static final CriteriaParameters P = CriteriaParameters.defaults(LocalDate.of(2026, 1, 1));
  private static final ReleaseCostModel COSTS =
      ReleaseCostModel.of(
          List.of(
              DomainForTest.team(1, 1),
              new Team(
                  2,
                  1,
                  "NTS team 2",
                  TeamType.NTS,
                  Wgs84.point(36.23, 49.99),
                  ProductivityTable.builder()
                      .put(ReleaseMethod.NTS, Terrain.FLAT, Vegetation.LIGHT, 20_000)
                      .build(),
                  900,
                  List.of(new DateRange(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))))));
  private static final HazardousArea SHA = DomainForTest.area(1, 36.2, 50.0);

  private static MethodRecommendation.Recommendation recommend(Double p, boolean direct) {
    return MethodRecommendation.recommend(SHA, M2, p, direct, P, COSTS).orElseThrow();
  }

  @Test
  void likelyCleanLandWithoutDirectEvidenceIsCancelled() {
    var r = recommend(0.05, false);
    assertThat(r.method()).isEqualTo(ReleaseMethod.NTS);
    assertThat(r.expectedCostUsd()).isCloseTo(450 + 0.05 * 75_000, within(1e-6));
    assertThat(r.reason()).contains("0.05").contains("non-technical survey").contains("08.10");
  }

  @Test
  void directEvidenceIsNeverCancelledAway() {
    var r = recommend(0.05, true);
    assertThat(r.method()).isEqualTo(ReleaseMethod.TS);
    assertThat(r.expectedCostUsd()).isCloseTo(12_000 + 0.05 * 75_000, within(1e-6));
    assertThat(r.reason()).contains("direct evidence").contains("no cancellation");
  }

  @Test
  void moderateProbabilityIsReducedHighIsCleared() {
    // defaults: reduce from 0.10, clear from 0.25
    assertThat(recommend(0.2, false).method()).isEqualTo(ReleaseMethod.TS);
    assertThat(recommend(0.2, false).expectedCostUsd())
        .isCloseTo(12_000 + 0.2 * 75_000, within(1e-6));
    assertThat(recommend(0.3, false).method()).isEqualTo(ReleaseMethod.MANUAL);
    var high = recommend(0.7, false);
    assertThat(high.method()).isEqualTo(ReleaseMethod.MANUAL);
    assertThat(high.expectedCostUsd()).isCloseTo(75_000, within(1e-6));
    assertThat(high.reason()).contains("full clearance");
  }

  @Test
  void withoutAModelTheClassRuleHolds() {
    var r = recommend(null, false);
    assertThat(r.method()).isEqualTo(ReleaseMethod.NTS); // the cheaper survey of an SHA
    assertThat(r.expectedCostUsd()).isCloseTo(450, within(1e-6));
    assertThat(MethodRecommendation.probability(SHA, null))
        .isEqualTo(MethodRecommendation.PRIOR_SHA);
    assertThat(MethodRecommendation.probability(SHA, 0.42)).isEqualTo(0.42);
  }
}
