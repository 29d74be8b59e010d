package org.reclaim.analysis.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.reclaim.analysis.ranking.RankingForTest.row;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reclaim.analysis.criteria.AreaCriteria;
import org.reclaim.analysis.criteria.CriterionId;
import org.reclaim.analysis.profile.PolicyProfile;

class SensitivityOpTest {
  private static final int K = CriterionId.all().size();

  /** {@code n} areas with seeded random raw values (distinct, so no two scores tie). */
  private static List<AreaCriteria> rows(long seed, int n) {
    SplittableRandom r = new SplittableRandom(seed);
    List<AreaCriteria> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      double[] v = new double[K];
      for (int j = 0; j < K; j++) {
        v[j] = r.nextDouble(0, 1000);
      }
      out.add(row(i + 1, v));
    }
    return out;
  }

  private static PolicyProfile profile(String method) {
    return RankingForTest.profile(method, null, RankingForTest.safetyWeights());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"weighted-sum", "topsis"})
  void sameSeedSameResult(String method) {
    List<AreaCriteria> rows = rows(1, 40);
    PolicyProfile p = profile(method);
    AreaRanking ranking = Prioritisation.rank(rows, p);

    List<RankStability> a = new SensitivityOp(0.3, 200, 42).apply(rows, p, ranking);
    List<RankStability> b = new SensitivityOp(0.3, 200, 42).apply(rows, p, ranking);

    assertThat(a).isEqualTo(b);
    assertThat(a)
        .extracting(RankStability::areaId)
        .containsExactlyElementsOf(ranking.areas().stream().map(RankedArea::areaId).toList());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"weighted-sum", "topsis"})
  void zeroSpreadReproducesTheRanking(String method) {
    List<AreaCriteria> rows = rows(2, 40);
    PolicyProfile p = profile(method); // topN = 10
    AreaRanking ranking = Prioritisation.rank(rows, p);

    List<RankStability> s = new SensitivityOp(0, 50, 7).apply(rows, p, ranking);

    for (RankStability x : s) {
      assertThat(x.medianRank()).as("area %d", x.areaId()).isEqualTo(x.rank());
      assertThat(x.p5Rank()).isEqualTo(x.rank());
      assertThat(x.p95Rank()).isEqualTo(x.rank());
      assertThat(x.probabilityTopN()).isEqualTo(x.rank() <= 10 ? 1.0 : 0.0);
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"weighted-sum", "topsis"})
  void percentilesAreOrdered(String method) {
    List<AreaCriteria> rows = rows(3, 40);
    PolicyProfile p = profile(method);
    AreaRanking ranking = Prioritisation.rank(rows, p);

    List<RankStability> s = new SensitivityOp(0.5, 300, 9).apply(rows, p, ranking);

    assertThat(s).hasSize(40);
    for (RankStability x : s) {
      assertThat(x.p5Rank()).isLessThanOrEqualTo(x.medianRank());
      assertThat(x.medianRank()).isLessThanOrEqualTo(x.p95Rank());
      assertThat(x.p5Rank()).isBetween(1, 40);
      assertThat(x.p95Rank()).isBetween(1, 40);
      assertThat(x.probabilityTopN()).isBetween(0.0, 1.0);
    }
    // with ±50 % some area moves
    assertThat(s).anyMatch(x -> x.p5Rank() != x.p95Rank());
  }

  @Test
  void nearestRankPercentileByHand() {
    int[] sorted = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    // nearest rank: index ceil(p n) - 1
    assertThat(SensitivityOp.percentile(sorted, 0.5)).isEqualTo(5); // ceil(5) - 1 = 4 -> 5
    assertThat(SensitivityOp.percentile(sorted, 0.05)).isEqualTo(1); // ceil(0.5) - 1 = 0
    assertThat(SensitivityOp.percentile(sorted, 0.95)).isEqualTo(10); // ceil(9.5) - 1 = 9
    assertThat(SensitivityOp.percentile(new int[] {4}, 0.05)).isEqualTo(4);
    assertThat(SensitivityOp.percentile(new int[] {1, 3, 8}, 0.5)).isEqualTo(3); // ceil(1.5) - 1
    assertThat(SensitivityOp.percentile(new int[] {1, 3, 8}, 0.0)).isEqualTo(1); // clamped
  }

  @Test
  void refusesBadArguments() {
    assertThatThrownBy(() -> new SensitivityOp(1.0, 10, 1)).hasMessageContaining("spread");
    assertThatThrownBy(() -> new SensitivityOp(-0.1, 10, 1)).hasMessageContaining("spread");
    assertThatThrownBy(() -> new SensitivityOp(0.1, 0, 1)).hasMessageContaining("samples");
  }

  @Test
  void zeroSpreadKeepsSharedRanksOfTiedAreas() {
    // areas 9 and 10 have identical values: Prioritisation ranks both 1
    double[] best = new double[K];
    java.util.Arrays.fill(best, 10);
    double[] worse = new double[K];
    List<AreaCriteria> rows = List.of(row(9, best), row(10, best.clone()), row(11, worse));
    PolicyProfile p =
        RankingForTest.profile("weighted-sum", null, Map.of("population_exposed", 1.0));
    AreaRanking ranking = Prioritisation.rank(rows, p);
    assertThat(ranking.ranks()).containsEntry(9L, 1).containsEntry(10L, 1);

    List<RankStability> s = new SensitivityOp(0, 10, 1).apply(rows, p, ranking);

    for (RankStability x : s) {
      assertThat(x.medianRank()).as("area %d", x.areaId()).isEqualTo(x.rank());
    }
  }
}
