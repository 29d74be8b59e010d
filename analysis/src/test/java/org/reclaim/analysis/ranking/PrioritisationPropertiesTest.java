package org.reclaim.analysis.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.reclaim.analysis.ranking.RankingForTest.row;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reclaim.analysis.criteria.AreaCriteria;
import org.reclaim.analysis.criteria.CriterionId;
import org.reclaim.analysis.profile.PolicyProfile;
import org.reclaim.analysis.scoring.Contribution;
import org.reclaim.analysis.scoring.Direction;

/** Seeded properties of {@link Prioritisation#rank}. */
class PrioritisationPropertiesTest {
  private static final int K = CriterionId.all().size();

  /** Random rows; small integer values so that ties and shared bounds occur. */
  private static List<AreaCriteria> rows(SplittableRandom r, int n) {
    List<AreaCriteria> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      double[] v = new double[K];
      for (int j = 0; j < K; j++) {
        v[j] = r.nextInt(4) == 0 ? 0 : r.nextInt(0, 50) * (j + 1.5);
      }
      out.add(row(1 + r.nextLong(1_000_000), v));
    }
    return out.stream()
        .collect(java.util.stream.Collectors.toMap(AreaCriteria::areaId, a -> a, (a, b) -> a))
        .values()
        .stream()
        .toList();
  }

  private static PolicyProfile profile(String which, SplittableRandom r) {
    java.util.Map<String, Double> w = new java.util.LinkedHashMap<>();
    for (CriterionId c : CriterionId.all()) {
      w.put(c.key(), r.nextInt(3) == 0 ? 0.0 : r.nextDouble(0.1, 5));
    }
    w.put(CriterionId.POPULATION_EXPOSED.key(), 1.0);
    return switch (which) {
      case "topsis" -> RankingForTest.profile("topsis", null, w);
      case "rank" -> RankingForTest.profile("weighted-sum", "rank", w);
      default -> RankingForTest.profile("weighted-sum", "min-max", w);
    };
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"min-max", "rank", "topsis"})
  void scoresAreFiniteInTheUnitIntervalAndExplained(String which) {
    SplittableRandom r = new SplittableRandom(1);
    for (int trial = 0; trial < 30; trial++) {
      List<AreaCriteria> rows = rows(r, 1 + r.nextInt(40));
      PolicyProfile p = profile(which, r);

      AreaRanking ranking = Prioritisation.rank(rows, p);

      assertThat(ranking.areas()).hasSameSizeAs(rows);
      for (RankedArea a : ranking.areas()) {
        assertThat(a.score()).isFinite().isBetween(0.0, 1.0);
        assertThat(a.contributions()).hasSize(K);
        assertThat(a.contributions())
            .extracting(Contribution::criterion)
            .containsExactlyElementsOf(CriterionId.all().stream().map(CriterionId::key).toList());
        assertThat(a.criteria().areaId()).isEqualTo(a.areaId());
        for (Contribution c : a.contributions()) {
          assertThat(c.raw())
              .isEqualTo(a.criteria().value(CriterionId.findByKey(c.criterion()).orElseThrow()));
        }
      }
      assertThat(ranking.areas())
          .extracting(RankedArea::score)
          .isSortedAccordingTo((x, y) -> Double.compare(y, x));
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"min-max", "rank", "topsis"})
  void invariantToTheOrderOfTheRows(String which) {
    SplittableRandom r = new SplittableRandom(2);
    for (int trial = 0; trial < 30; trial++) {
      List<AreaCriteria> rows = rows(r, 2 + r.nextInt(40));
      PolicyProfile p = profile(which, r);
      List<AreaCriteria> shuffled = new ArrayList<>(rows);
      Collections.shuffle(shuffled, new Random(trial));

      AreaRanking a = Prioritisation.rank(rows, p);
      AreaRanking b = Prioritisation.rank(shuffled, p);

      assertThat(b.areas())
          .extracting(RankedArea::areaId)
          .containsExactlyElementsOf(a.areas().stream().map(RankedArea::areaId).toList());
      assertThat(b.ranks()).isEqualTo(a.ranks());
      for (int i = 0; i < a.areas().size(); i++) {
        assertThat(b.areas().get(i).score()).isCloseTo(a.areas().get(i).score(), within(1e-12));
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"min-max", "rank"})
  void improvingOneCriterionNeverWorsensTheRank(String which) {
    SplittableRandom r = new SplittableRandom(3);
    for (int trial = 0; trial < 200; trial++) {
      List<AreaCriteria> rows = rows(r, 2 + r.nextInt(30));
      PolicyProfile p = profile(which, r);
      int i = r.nextInt(rows.size());
      CriterionId c = CriterionId.all().get(r.nextInt(K));
      AreaCriteria was = rows.get(i);
      double[] v = was.values().clone();
      double step = r.nextDouble(0.1, 100);
      // a benefit goes up, a cost goes down (never below 0)
      v[c.ordinal()] =
          c.direction() == Direction.BENEFIT
              ? v[c.ordinal()] + step
              : Math.max(0, v[c.ordinal()] - step);
      List<AreaCriteria> better = new ArrayList<>(rows);
      better.set(i, row(was.areaId(), v));

      int before = Prioritisation.rank(rows, p).ranks().get(was.areaId());
      int after = Prioritisation.rank(better, p).ranks().get(was.areaId());

      assertThat(after)
          .as("trial %d, %s of area %d", trial, c.key(), was.areaId())
          .isLessThanOrEqualTo(before);
    }
  }
}
