package org.reclaim.analysis.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AhpOpTest {
  private static final List<String> ABCD = List.of("A", "B", "C", "D");

  @Test
  void consistentMatrixReturnsItsWeightsExactly() {
    // w = (0.4, 0.3, 0.2, 0.1), a_ij = w_i / w_j:
    // a_AB = 4/3, a_AC = 2, a_AD = 4, a_BC = 3/2, a_BD = 3, a_CD = 2
    // A w = n w exactly, so λmax = 4, CI = 0, CR = 0, and no comparison to revisit.
    PairwiseComparisons c = PairwiseComparisons.fromUpperTriangle(ABCD, 4.0 / 3, 2, 4, 1.5, 3, 2);
    AhpResult r = AhpOp.evaluate(c);

    assertThat(r.weights().criteria()).containsExactlyElementsOf(ABCD);
    assertThat(r.weights().getWeight("A")).isCloseTo(0.4, within(1e-12));
    assertThat(r.weights().getWeight("B")).isCloseTo(0.3, within(1e-12));
    assertThat(r.weights().getWeight("C")).isCloseTo(0.2, within(1e-12));
    assertThat(r.weights().getWeight("D")).isCloseTo(0.1, within(1e-12));
    assertThat(r.lambdaMax()).isCloseTo(4, within(1e-12));
    assertThat(r.consistencyIndex()).isCloseTo(0, within(1e-12));
    assertThat(r.consistencyRatio()).isCloseTo(0, within(1e-12));
    assertThat(r.randomIndex()).isEqualTo(0.90);
    assertThat(r.consistent()).isTrue();
    assertThat(r.mostInconsistent()).isEmpty();
    assertThat(r.requireConsistent(false)).isSameAs(r);
  }

  /**
   * The "choosing a leader" example (Haas &amp; Meixner, <i>An Illustrated Guide to the AHP</i>;
   * the Wikipedia article "Analytic hierarchy process – leader example"): criteria experience,
   * education, charisma, age. Published priorities 0.547, 0.127, 0.270, 0.056 and CR 0.044.
   *
   * <p>Independent check by hand. Row geometric means, an approximation of the eigenvector:
   * experience (1·4·3·7)^¼ = 84^¼ = 3.0274, education (¼·1·⅓·3)^¼ = 0.7071, charisma (⅓·3·1·5)^¼ =
   * 5^¼ = 1.4953, age (1/105)^¼ = 0.3124; sum 5.5422 -> 0.5462, 0.1276, 0.2698, 0.0564. The exact
   * eigenvector (numpy.linalg.eig) is 0.547569, 0.126555, 0.269950, 0.055926; with it (A
   * w)_experience = 0.547569 + 4·0.126555 + 3·0.269950 + 7·0.055926 = 2.255125, and 2.255125 /
   * 0.547569 = 4.1184 = λmax. CI = 0.1184 / 3 = 0.03947, CR = 0.03947 / 0.90 = 0.0439.
   */
  @Test
  void leaderExample() {
    double[][] a = {
      {1, 4, 3, 7},
      {1.0 / 4, 1, 1.0 / 3, 3},
      {1.0 / 3, 3, 1, 5},
      {1.0 / 7, 1.0 / 3, 1.0 / 5, 1}
    };
    AhpResult r =
        AhpOp.evaluate(
            PairwiseComparisons.of(List.of("experience", "education", "charisma", "age"), a));

    assertThat(r.weights().asMap().values())
        .usingElementComparator((x, y) -> Math.abs(x - y) < 1e-6 ? 0 : Double.compare(x, y))
        .containsExactly(0.547569, 0.126555, 0.269950, 0.055926);
    assertThat(r.weights().getWeight("experience")).isCloseTo(0.547, within(1e-3)); // published
    assertThat(r.lambdaMax()).isCloseTo(4.118418, within(1e-6));
    assertThat(r.consistencyIndex()).isCloseTo(0.039473, within(1e-6));
    assertThat(r.consistencyRatio()).isCloseTo(0.044, within(1e-3));
    assertThat(r.consistent()).isTrue();
    // worst judgement: experience vs charisma, given 3, weights imply 2.03 (ε = 1.479)
    assertThat(r.mostInconsistent()).hasSize(3);
    assertThat(r.mostInconsistent().getFirst().row()).isEqualTo("experience");
    assertThat(r.mostInconsistent().getFirst().column()).isEqualTo("charisma");
  }

  /**
   * A cycle: A > B twice, B > C twice, yet C > A four times. For n = 3 the eigenvector is the row
   * geometric mean vector (Crawford &amp; Williams 1985) and λmax = 1 + c^⅓ + c^-⅓ with c = a_AB ·
   * a_BC / a_AC (from the characteristic polynomial of a 3 × 3 reciprocal matrix).
   *
   * <pre>
   * c = 2·2 / ¼ = 16, c^⅓ = 2.519842, λmax = 1 + 2.519842 + 0.396850 = 3.916692
   * CI = 0.916692 / 2 = 0.458346, CR = 0.458346 / 0.58 = 0.790252
   * geometric means: A (1·2·¼)^⅓ = 0.793701, B (½·1·2)^⅓ = 1, C (4·½·1)^⅓ = 1.259921
   * sum 3.053622 -> w = 0.259921, 0.327480, 0.412599
   * ε_AB = 2·w_B/w_A = 2.519842, ε_BC = 2·w_C/w_B = 2.519842, ε_AC = ¼·w_C/w_A = 0.396850:
   * all |ln ε| = ln 2.519842 = 0.924196, so all three are listed, in matrix order
   * </pre>
   */
  @Test
  void inconsistentThreeByThreeInClosedForm() {
    AhpResult r =
        AhpOp.evaluate(PairwiseComparisons.fromUpperTriangle(List.of("A", "B", "C"), 2, 0.25, 2));

    double c3 = Math.cbrt(16);
    assertThat(r.lambdaMax()).isCloseTo(1 + c3 + 1 / c3, within(1e-10));
    assertThat(r.consistencyRatio()).isCloseTo(0.790252, within(1e-6));
    assertThat(r.consistent()).isFalse();
    assertThat(r.weights().getWeight("A")).isCloseTo(0.259921, within(1e-6));
    assertThat(r.weights().getWeight("C")).isCloseTo(0.412599, within(1e-6));
    assertThat(r.mostInconsistent())
        .extracting(i -> i.row() + i.column())
        .containsExactly("AB", "AC", "BC");
    assertThat(r.mostInconsistent())
        .allSatisfy(i -> assertThat(i.severity()).isCloseTo(Math.log(c3), within(1e-9)));
  }

  /**
   * A consistent 4 × 4 matrix for w ∝ (8, 4, 2, 1) (a_ij = 2^(j−i)) with one judgement reversed:
   * a_AD = 1/8 instead of 8. Expected values from numpy.linalg.eig, independent of this code: w =
   * 0.217612, 0.301673, 0.150837, 0.329878, λmax = 6.734648, CI = 0.911549, CR = 1.012832; the
   * worst comparison is (A, D) with ε = 0.125 · 0.329878 / 0.217612 = 0.189487, |ln ε| = 1.6634
   * against 1.4757 for the next two.
   */
  @Test
  void inconsistentMatrixNamesTheReversedJudgement() {
    PairwiseComparisons c = PairwiseComparisons.fromUpperTriangle(ABCD, 2, 4, 1.0 / 8, 2, 4, 2);
    AhpResult r = AhpOp.evaluate(c);

    assertThat(r.lambdaMax()).isCloseTo(6.734648, within(1e-6));
    assertThat(r.consistencyRatio()).isCloseTo(1.012832, within(1e-6));
    assertThat(r.consistent()).isFalse();
    Inconsistency worst = r.mostInconsistent().getFirst();
    assertThat(worst.row()).isEqualTo("A");
    assertThat(worst.column()).isEqualTo("D");
    assertThat(worst.given()).isEqualTo(0.125);
    assertThat(worst.implied()).isCloseTo(0.217612 / 0.329878, within(1e-5));
    assertThat(worst.errorRatio()).isCloseTo(0.189487, within(1e-5));
    assertThat(r.mostInconsistent()).hasSize(3);
    assertEigenpair(c, r);
  }

  @Test
  void inconsistentJudgementsAreRefusedUnlessTheAnalystInsists() {
    PairwiseComparisons c = PairwiseComparisons.fromUpperTriangle(ABCD, 2, 4, 1.0 / 8, 2, 4, 2);

    InconsistentComparisonsException e =
        catchThrowableOfType(InconsistentComparisonsException.class, () -> AhpOp.weights(c, false));

    assertThat(e.result().consistencyRatio()).isGreaterThan(0.10);
    assertThat(e).isInstanceOf(IllegalArgumentException.class);
    assertThat(e.getMessage())
        .startsWith("pairwise comparisons are inconsistent: consistency ratio 1.013 > 0.10;")
        .contains("'A' vs 'D' (given 0.125, weights imply 0.660)");
    assertThat(AhpOp.weights(c, true)).isEqualTo(e.result().weights());
  }

  @Test
  void thresholdIsConfigurable() {
    // the leader example (CR 0.044) passes Saaty's stricter 0.08 for n = 4, fails a limit of 0.04
    double[][] a = {
      {1, 4, 3, 7}, {1.0 / 4, 1, 1.0 / 3, 3}, {1.0 / 3, 3, 1, 5}, {1.0 / 7, 1.0 / 3, 1.0 / 5, 1}
    };
    PairwiseComparisons c = PairwiseComparisons.of(ABCD, a);
    assertThat(new AhpOp(0.08, 1e-12, 10_000).apply(c).consistent()).isTrue();
    assertThat(new AhpOp(0.04, 1e-12, 10_000).apply(c).consistent()).isFalse();
  }

  @Test
  void lambdaMaxIsAtLeastNForRandomReciprocalMatrices() {
    Random random = new Random(20240611L);
    double[] saaty = {1.0 / 9, 1.0 / 7, 1.0 / 5, 1.0 / 3, 1, 3, 5, 7, 9};
    for (int run = 0; run < 300; run++) {
      int n = 1 + random.nextInt(PairwiseComparisons.MAX_SIZE);
      List<String> names = java.util.stream.IntStream.range(0, n).mapToObj(i -> "c" + i).toList();
      double[] upper = new double[n * (n - 1) / 2];
      for (int k = 0; k < upper.length; k++) {
        upper[k] = saaty[random.nextInt(saaty.length)];
      }
      PairwiseComparisons c = PairwiseComparisons.fromUpperTriangle(names, upper);
      AhpResult r = AhpOp.evaluate(c);

      assertThat(r.lambdaMax()).isGreaterThanOrEqualTo(n);
      assertThat(r.consistencyIndex()).isGreaterThanOrEqualTo(0).isFinite();
      assertThat(r.consistencyRatio()).isGreaterThanOrEqualTo(0).isFinite();
      assertThat(r.weights().asMap().values()).allSatisfy(w -> assertThat(w).isPositive());
      assertThat(r.mostInconsistent()).hasSizeLessThanOrEqualTo(3);
      assertEigenpair(c, r);
    }
  }

  @Test
  void oneAndTwoCriteriaAreAlwaysConsistent() {
    AhpResult one = AhpOp.evaluate(PairwiseComparisons.fromUpperTriangle(List.of("only")));
    assertThat(one.weights().getWeight("only")).isEqualTo(1.0);
    assertThat(one.consistencyRatio()).isZero();

    // a_12 = 3 -> w = (3/4, 1/4), λmax = 2
    AhpResult two = AhpOp.evaluate(PairwiseComparisons.fromUpperTriangle(List.of("a", "b"), 3));
    assertThat(two.weights().getWeight("a")).isCloseTo(0.75, within(1e-12));
    assertThat(two.lambdaMax()).isCloseTo(2, within(1e-12));
    assertThat(two.consistencyRatio()).isZero();
    assertThat(two.consistent()).isTrue();
  }

  @Test
  void randomIndexIsSaatysTable() {
    assertThat(java.util.stream.IntStream.rangeClosed(1, 15).mapToDouble(AhpOp::randomIndex))
        .containsExactly(
            0.0, 0.0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59);
    assertThatThrownBy(() -> AhpOp.randomIndex(16)).hasMessageContaining("n = 1..15");
  }

  @Test
  void refusesNonReciprocalMatrixNamingTheCell() {
    double[][] a = {{1, 3, 2}, {3, 1, 1}, {0.5, 1, 1}};
    assertThatThrownBy(() -> PairwiseComparisons.of(List.of("people", "roads", "costUsd"), a))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "comparison ('people', 'roads') = 3.0 and comparison ('roads', 'people') = 3.0 are not"
                + " reciprocal: expected comparison ('roads', 'people') = 1/3.0");
  }

  @Test
  void acceptsReciprocalsRoundedToTwoDecimalsAndUsesTheUpperTriangle() {
    double[][] a = {{1, 3, 7}, {0.33, 1, 2}, {0.14, 0.5, 1}};
    PairwiseComparisons c = PairwiseComparisons.of(List.of("a", "b", "c"), a);
    assertThat(c.get(1, 0)).isEqualTo(1.0 / 3);
    assertThat(c.get(2, 0)).isEqualTo(1.0 / 7);
  }

  @Test
  void refusesNonPositiveDiagonalAndSize() {
    assertThatThrownBy(
            () -> PairwiseComparisons.of(List.of("a", "b"), new double[][] {{1, 0}, {1, 1}}))
        .hasMessage("comparison ('a', 'b') = 0.0; comparisons must be finite and > 0");
    assertThatThrownBy(
            () -> PairwiseComparisons.of(List.of("a", "b"), new double[][] {{2, 1}, {1, 1}}))
        .hasMessage("comparison ('a', 'a') = 2.0; a criterion compared with itself is 1");
    List<String> sixteen = java.util.stream.IntStream.range(0, 16).mapToObj(i -> "c" + i).toList();
    assertThatThrownBy(() -> PairwiseComparisons.fromUpperTriangle(sixteen, new double[120]))
        .hasMessage("pairwise comparisons need 1 to 15 criteria, got 16");
    assertThatThrownBy(() -> PairwiseComparisons.fromUpperTriangle(List.of("a", "b", "c"), 1, 2))
        .hasMessage("3 criteria need 3 comparisons, got 2");
  }

  /** A w = λmax w, checked directly against the matrix rather than through the power iteration. */
  private static void assertEigenpair(PairwiseComparisons c, AhpResult r) {
    int n = c.size();
    for (int i = 0; i < n; i++) {
      double aw = 0;
      for (int j = 0; j < n; j++) {
        aw += c.get(i, j) * r.weights().weight(j);
      }
      assertThat(aw).isCloseTo(r.lambdaMax() * r.weights().weight(i), within(1e-9));
    }
  }
}
