package org.reclaim.analysis.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Properties of every method, over seeded random decision matrices. */
class ScoringPropertiesTest {
  private static final int RUNS = 400;

  private static final List<Method> METHODS =
      List.of(
          new Method("weighted sum, min-max", new WeightedSumOp(Normalisation.MIN_MAX)::apply),
          new Method("weighted sum, rank", new WeightedSumOp(Normalisation.RANK)::apply),
          new Method("TOPSIS", new TopsisOp()::apply));

  private record Method(String name, BiFunction<DecisionMatrix, Weights, Ranking> op) {}

  private record Case(DecisionMatrix matrix, Weights weights) {}

  @Test
  void scoresAreFiniteInRangeAndRanksConsistent() {
    Random random = new Random(7L);
    for (int run = 0; run < RUNS; run++) {
      Case c = randomCase(random);
      for (Method method : METHODS) {
        Ranking r = method.op().apply(c.matrix(), c.weights());
        assertThat(r.alternatives()).as(method.name()).hasSize(c.matrix().alternativeCount());
        for (RankedAlternative a : r.alternatives()) {
          assertThat(a.score()).as(method.name()).isBetween(0.0, 1.0);
          assertThat(a.distanceToIdeal()).isFinite().isGreaterThanOrEqualTo(0);
          assertThat(a.distanceToAntiIdeal()).isFinite().isGreaterThanOrEqualTo(0);
          assertThat(a.contributions())
              .allSatisfy(
                  k -> {
                    assertThat(k.normalised()).isBetween(0.0, 1.0);
                    assertThat(k.contribution()).isBetween(0.0, k.weight());
                  });
        }
        for (int k = 1; k < r.alternatives().size(); k++) {
          RankedAlternative before = r.alternatives().get(k - 1);
          RankedAlternative after = r.alternatives().get(k);
          assertThat(before.score()).isGreaterThanOrEqualTo(after.score() - Ranking.TIE_TOLERANCE);
          assertThat(before.rank()).isLessThanOrEqualTo(after.rank());
        }
      }
    }
  }

  @Test
  void rankingDoesNotDependOnRowOrder() {
    Random random = new Random(11L);
    for (int run = 0; run < RUNS; run++) {
      Case c = randomCase(random);
      DecisionMatrix shuffled = permuted(c.matrix(), random);
      for (Method method : METHODS) {
        Ranking original = method.op().apply(c.matrix(), c.weights());
        Ranking permuted = method.op().apply(shuffled, c.weights());
        assertThat(permuted.listIds()).as(method.name()).isEqualTo(original.listIds());
        for (RankedAlternative a : original.alternatives()) {
          RankedAlternative b = permuted.getAlternative(a.alternative());
          assertThat(b.score()).as(method.name()).isEqualTo(a.score());
          assertThat(b.rank()).isEqualTo(a.rank());
          assertThat(b.contributions()).isEqualTo(a.contributions());
        }
      }
    }
  }

  /**
   * Raising one alternative's benefit value, or lowering its cost value, never lowers its own score
   * under any method. For TOPSIS this relies on the non-negative data TopsisOp requires (see its
   * Javadoc); the order of the other alternatives may change (next test).
   */
  @Test
  void improvingOneValueNeverLowersThatAlternativesScore() {
    Random random = new Random(13L);
    for (int run = 0; run < RUNS; run++) {
      Case c = randomCase(random);
      DecisionMatrix m = c.matrix();
      int i = random.nextInt(m.alternativeCount());
      int j = random.nextInt(m.criterionCount());
      double step = 1 + random.nextInt(50);
      boolean benefit = m.criteria().get(j).direction() == Direction.BENEFIT;
      double improved = benefit ? m.value(i, j) + step : Math.max(0, m.value(i, j) - step);
      DecisionMatrix better = withValue(m, i, j, improved);
      String id = m.alternatives().get(i);
      for (Method method : METHODS) {
        double before = method.op().apply(m, c.weights()).getAlternative(id).score();
        double after = method.op().apply(better, c.weights()).getAlternative(id).score();
        assertThat(after).as(method.name() + " run " + run).isGreaterThanOrEqualTo(before - 1e-12);
      }
    }
  }

  /**
   * What does not hold for TOPSIS: raising C's c1 from 1 to 3 reverses A and B, which did not
   * change, because the column norm (the only scale of c1) grows and shrinks the c1 gap in which B
   * leads. Weights 0.5, 0.5; c2 = (5, 2, 1) has norm √30 = 5.477226 throughout.
   *
   * <pre>
   * before: c1 = (1, 4, 1), norm √18 = 4.242641; v_c1 = (0.117851, 0.471405, 0.117851)
   *   v_c2 = (0.456435, 0.182574, 0.091287); ideal (0.471405, 0.456435), anti (0.117851, 0.091287)
   *   A: D+ = 0.353553, D- = 0.365148, C = 0.508067
   *   B: D+ = 0.273861, D- = √(0.353553² + 0.091287²) = 0.365148, C = 0.571429  -> B ahead
   * after: c1 = (1, 4, 3), norm √26 = 5.099020; v_c1 = (0.098058, 0.392232, 0.294174)
   *   A: D+ = 0.294174, D- = 0.365148, C = 0.553824
   *   B: D+ = 0.273861, D- = √(0.294174² + 0.091287²) = 0.308013, C = 0.529346  -> A ahead
   * </pre>
   *
   * The weighted sum with min-max normalisation keeps B (0.625) ahead of A (0.5) in both cases,
   * since C stays inside the column's range.
   */
  @Test
  void topsisCanReverseTwoOtherAlternativesWhenAThirdChanges() {
    Weights w = Weights.equal(List.of("c1", "c2"));

    Ranking before = TopsisOp.rank(threeAreas(1), w);
    Ranking after = TopsisOp.rank(threeAreas(3), w);

    assertThat(before.scores())
        .hasEntrySatisfying("A", s -> assertThat(s).isCloseTo(0.508067, within(1e-6)))
        .hasEntrySatisfying("B", s -> assertThat(s).isCloseTo(0.571429, within(1e-6)));
    assertThat(after.scores())
        .hasEntrySatisfying("A", s -> assertThat(s).isCloseTo(0.553824, within(1e-6)))
        .hasEntrySatisfying("B", s -> assertThat(s).isCloseTo(0.529346, within(1e-6)));
    assertThat(before.listIds()).containsExactly("B", "A", "C");
    assertThat(after.listIds()).containsExactly("A", "B", "C");
    assertThat(WeightedSumOp.rank(threeAreas(1), w).listIds()).containsExactly("B", "A", "C");
    assertThat(WeightedSumOp.rank(threeAreas(3), w).listIds()).containsExactly("B", "A", "C");
  }

  private static DecisionMatrix threeAreas(double cValue) {
    return DecisionMatrix.builder(Criterion.benefit("c1"), Criterion.benefit("c2"))
        .add("A", 1, 5)
        .add("B", 4, 2)
        .add("C", cValue, 1)
        .build();
  }

  @Test
  void weightedSumScoresEqualTheSumOfContributions() {
    Random random = new Random(17L);
    for (int run = 0; run < RUNS; run++) {
      Case c = randomCase(random);
      for (Normalisation n : Normalisation.values()) {
        for (RankedAlternative a :
            new WeightedSumOp(n).apply(c.matrix(), c.weights()).alternatives()) {
          double sum = a.contributions().stream().mapToDouble(Contribution::contribution).sum();
          assertThat(a.score()).isCloseTo(sum, within(1e-12));
        }
      }
    }
  }

  /**
   * 1–12 alternatives × 1–6 criteria, non-negative values with deliberate ties and constant
   * columns, random directions and weights (some zero).
   */
  private static Case randomCase(Random random) {
    int m = 1 + random.nextInt(12);
    int k = 1 + random.nextInt(6);
    List<Criterion> criteria = new ArrayList<>();
    double[] raw = new double[k];
    for (int j = 0; j < k; j++) {
      criteria.add(
          new Criterion("k" + j, random.nextBoolean() ? Direction.BENEFIT : Direction.COST, null));
      raw[j] = random.nextInt(4) == 0 ? 0 : random.nextDouble() * 10;
    }
    raw[random.nextInt(k)] += 1; // keep the sum positive
    DecisionMatrix.Builder b = DecisionMatrix.builder(criteria);
    boolean[] constant = new boolean[k];
    for (int j = 0; j < k; j++) {
      constant[j] = random.nextInt(6) == 0;
    }
    for (int i = 0; i < m; i++) {
      double[] row = new double[k];
      for (int j = 0; j < k; j++) {
        row[j] =
            constant[j]
                ? 42
                : random.nextInt(3) == 0 ? random.nextInt(5) : random.nextDouble() * 1000;
      }
      b.add("area-" + random.nextInt(1_000_000) + "-" + i, row);
    }
    List<String> names = criteria.stream().map(Criterion::name).toList();
    return new Case(b.build(), Weights.of(names, raw));
  }

  private static DecisionMatrix permuted(DecisionMatrix m, Random random) {
    List<Integer> order =
        new ArrayList<>(IntStream.range(0, m.alternativeCount()).boxed().toList());
    Collections.shuffle(order, random);
    DecisionMatrix.Builder b = DecisionMatrix.builder(m.criteria());
    for (int i : order) {
      b.add(m.alternatives().get(i), m.row(i));
    }
    return b.build();
  }

  private static DecisionMatrix withValue(DecisionMatrix m, int row, int column, double value) {
    DecisionMatrix.Builder b = DecisionMatrix.builder(m.criteria());
    for (int i = 0; i < m.alternativeCount(); i++) {
      double[] values = m.row(i);
      if (i == row) {
        values[column] = value;
      }
      b.add(m.alternatives().get(i), values);
    }
    return b.build();
  }
}
