package org.reclaim.analysis.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Expected value per dollar on a hand-made matrix, arithmetic in the comments. */
class ExpectedValueOpTest {
  private static final DecisionMatrix M =
      DecisionMatrix.of(
          List.of("a1", "a2", "a3"),
          List.of(
              new Criterion("people", Direction.BENEFIT, "persons"),
              new Criterion("p", Direction.BENEFIT, "probability"),
              new Criterion("cost", Direction.COST, "USD")),
          new double[][] {{10, 0.8, 100}, {20, 0.2, 100}, {0, 0.9, 50}});

  @Test
  void likelyContaminationWhereItMattersPerDollarComesFirst() {
    // people normalised: 0.5, 1, 0; EV = p · n / cost: 0.004, 0.002, 0 -> scores 1, 0.5, 0
    Ranking r =
        new ExpectedValueOp("p", "cost")
            .apply(M, Weights.of(List.of("people", "p", "cost"), 1, 0, 0));
    assertThat(r.listIds()).containsExactly("a1", "a2", "a3");
    assertThat(r.getAlternative("a1").score()).isCloseTo(1.0, within(1e-12));
    assertThat(r.getAlternative("a2").score()).isCloseTo(0.5, within(1e-12));
    assertThat(r.getAlternative("a3").score()).isZero();
    RankedAlternative a2 = r.getAlternative("a2");
    double sum = a2.contributions().stream().mapToDouble(Contribution::contribution).sum();
    assertThat(sum).isCloseTo(a2.score(), within(1e-12));
    assertThat(a2.contributions().get(1).contribution()).isZero(); // the probability itself
  }

  @Test
  void withoutAConsequenceWeightThereIsNoExpectedValue() {
    assertThatThrownBy(
            () ->
                new ExpectedValueOp("p", "cost")
                    .apply(M, Weights.of(List.of("people", "p", "cost"), 0, 1, 1)))
        .hasMessageContaining("consequence");
  }
}
