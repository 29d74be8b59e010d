package org.reclaim.analysis.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class WeightedSumOpTest {
  private static final double EPS = 1e-12;

  /**
   * Three hazardous areas, three criteria: people exposed (benefit, A and C tied), cost of release
   * (cost) and roads blocked (the same for all). Weights 5 : 3 : 2 = 0.5, 0.3, 0.2.
   */
  private static final DecisionMatrix AREAS =
      DecisionMatrix.builder(
              Criterion.benefit("people"), Criterion.cost("costUsd"), Criterion.benefit("roads"))
          .add("A", 100, 2000, 1)
          .add("B", 300, 1000, 1)
          .add("C", 100, 4000, 1)
          .build();

  private static final Weights WEIGHTS = Weights.of(List.of("people", "costUsd", "roads"), 5, 3, 2);

  @Test
  void minMaxByHand() {
    // people: min 100, max 300      -> A 0, B 1, C 0
    // costUsd: min 1000, max 4000   -> A (4000-2000)/3000 = 2/3, B 1, C 0
    // roads: all 1, no spread       -> 1, 1, 1
    // A = 0.5*0 + 0.3*2/3 + 0.2*1 = 0.4
    // B = 0.5*1 + 0.3*1   + 0.2*1 = 1.0
    // C = 0.5*0 + 0.3*0   + 0.2*1 = 0.2
    Ranking r = WeightedSumOp.rank(AREAS, WEIGHTS);

    assertThat(r.method()).isEqualTo("weighted-sum/MIN_MAX");
    assertThat(r.listIds()).containsExactly("B", "A", "C");
    assertThat(r.getAlternative("B").score()).isCloseTo(1.0, within(EPS));
    assertThat(r.getAlternative("A").score()).isCloseTo(0.4, within(EPS));
    assertThat(r.getAlternative("C").score()).isCloseTo(0.2, within(EPS));
    assertThat(r.alternatives()).extracting(RankedAlternative::rank).containsExactly(1, 2, 3);

    Contribution cost = r.getAlternative("A").getContribution("costUsd");
    assertThat(cost.raw()).isEqualTo(2000);
    assertThat(cost.normalised()).isCloseTo(2.0 / 3, within(EPS));
    assertThat(cost.weight()).isCloseTo(0.3, within(EPS));
    assertThat(cost.contribution()).isCloseTo(0.2, within(EPS));
    assertThat(cost.gapToIdeal()).isCloseTo(0.1, within(EPS)); // 0.3 * (1 - 2/3)
    // A lost 0.5 on people and 0.1 on cost: distance to ideal 0.6 = 1 - score
    assertThat(r.getAlternative("A").distanceToIdeal()).isCloseTo(0.6, within(EPS));
    assertThat(r.getAlternative("A").distanceToAntiIdeal()).isCloseTo(0.4, within(EPS));
  }

  @Test
  void rankNormalisationByHand() {
    // people: ascending 100 (A), 100 (C), 300 (B) -> ranks 1.5, 1.5, 3 -> (r-1)/2: A .25 C .25 B 1
    // costUsd (cost): best 1000 (B) rank 3, 2000 (A) rank 2, 4000 (C) rank 1 -> B 1, A .5, C 0
    // roads: no spread -> 1
    // A = 0.5*0.25 + 0.3*0.5 + 0.2 = 0.475
    // B = 0.5 + 0.3 + 0.2          = 1.0
    // C = 0.5*0.25 + 0   + 0.2     = 0.325
    Ranking r = new WeightedSumOp(Normalisation.RANK).apply(AREAS, WEIGHTS);

    assertThat(r.method()).isEqualTo("weighted-sum/RANK");
    assertThat(r.scores())
        .containsEntry("B", 1.0)
        .hasEntrySatisfying("A", s -> assertThat(s).isCloseTo(0.475, within(EPS)))
        .hasEntrySatisfying("C", s -> assertThat(s).isCloseTo(0.325, within(EPS)));
    assertThat(r.listIds()).containsExactly("B", "A", "C");
    assertThat(r.getAlternative("C").getContribution("people").normalised()).isEqualTo(0.25);
  }

  @Test
  void contributionsSumToTheScore() {
    for (RankedAlternative a : WeightedSumOp.rank(AREAS, WEIGHTS).alternatives()) {
      double sum = a.contributions().stream().mapToDouble(Contribution::contribution).sum();
      assertThat(sum).isCloseTo(a.score(), within(EPS));
      assertThat(a.contributions())
          .extracting(Contribution::criterion)
          .containsExactly("people", "costUsd", "roads");
    }
  }

  @Test
  void equalScoresShareARankAndAreListedById() {
    // b = 0.5*1 + 0.5*0 = 0.5; a = 0.5*0 + 0.5*1 = 0.5; c = 0 -> ranks 1, 1, 3
    DecisionMatrix m =
        DecisionMatrix.builder(Criterion.benefit("x"), Criterion.benefit("y"))
            .add("b", 10, 0)
            .add("c", 0, 0)
            .add("a", 0, 10)
            .build();
    Ranking r = WeightedSumOp.rank(m, Weights.equal(List.of("x", "y")));

    assertThat(r.listIds()).containsExactly("a", "b", "c");
    assertThat(r.alternatives()).extracting(RankedAlternative::rank).containsExactly(1, 1, 3);
  }

  @Test
  void singleAlternativeScoresOne() {
    DecisionMatrix m = DecisionMatrix.builder(Criterion.cost("costUsd")).add("only", 7).build();
    assertThat(WeightedSumOp.rank(m, Weights.equal(List.of("costUsd"))).scores())
        .containsExactly(java.util.Map.entry("only", 1.0));
  }

  @Test
  void zeroWeightKeepsCriterionInBreakdownWithoutEffect() {
    // people weighs 0: A = 0.6*2/3 + 0.4*1 = 0.8, B = 1, C = 0.4
    Ranking r =
        WeightedSumOp.rank(AREAS, Weights.of(List.of("people", "costUsd", "roads"), 0, 3, 2));
    assertThat(r.getAlternative("A").score()).isCloseTo(0.8, within(EPS));
    assertThat(r.getAlternative("A").getContribution("people").contribution()).isZero();
  }

  @Test
  void refusesWeightsForOtherCriteria() {
    assertThatThrownBy(() -> WeightedSumOp.rank(AREAS, Weights.equal(List.of("people"))))
        .hasMessageContaining("missing weight for [costUsd, roads]");
  }
}
