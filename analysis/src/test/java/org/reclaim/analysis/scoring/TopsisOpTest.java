package org.reclaim.analysis.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class TopsisOpTest {

  @Test
  void threeAlternativesByHand() {
    // Columns (3, 4, 0) and (4, 3, 0) both have norm sqrt(9 + 16) = 5.
    // r: A (0.6, 0.8), B (0.8, 0.6), C (0, 0); v = 0.5 r: A (0.3, 0.4), B (0.4, 0.3), C (0, 0)
    // ideal: c1 benefit max 0.4, c2 cost min 0   -> (0.4, 0)
    // anti : c1 min 0,          c2 max 0.4       -> (0, 0.4)
    // A: D+ = sqrt(0.1² + 0.4²) = sqrt(0.17) = 0.412311, D- = sqrt(0.3² + 0²) = 0.3
    //    C = 0.3 / 0.712311 = 0.421165
    // B: D+ = sqrt(0² + 0.3²) = 0.3, D- = sqrt(0.4² + 0.1²) = 0.412311, C = 0.578835
    // C: D+ = sqrt(0.4² + 0²) = 0.4, D- = sqrt(0² + 0.4²) = 0.4,         C = 0.5
    DecisionMatrix m =
        DecisionMatrix.builder(Criterion.benefit("c1"), Criterion.cost("c2"))
            .add("A", 3, 4)
            .add("B", 4, 3)
            .add("C", 0, 0)
            .build();
    Ranking r = TopsisOp.rank(m, Weights.equal(List.of("c1", "c2")));

    double root17 = Math.sqrt(0.17);
    assertThat(r.method()).isEqualTo("topsis");
    assertThat(r.listIds()).containsExactly("B", "C", "A");
    assertThat(r.getAlternative("A").score()).isCloseTo(0.3 / (0.3 + root17), within(1e-12));
    assertThat(r.getAlternative("A").score()).isCloseTo(0.421165, within(1e-6));
    assertThat(r.getAlternative("B").score()).isCloseTo(0.578835, within(1e-6));
    assertThat(r.getAlternative("C").score()).isCloseTo(0.5, within(1e-12));
    assertThat(r.getAlternative("A").distanceToIdeal()).isCloseTo(root17, within(1e-12));

    Contribution a2 = r.getAlternative("A").getContribution("c2");
    assertThat(a2.raw()).isEqualTo(4);
    assertThat(a2.normalised()).isCloseTo(0.8, within(1e-12));
    assertThat(a2.weight()).isCloseTo(0.5, within(1e-12));
    assertThat(a2.contribution()).isCloseTo(0.4, within(1e-12));
    assertThat(a2.gapToIdeal()).isCloseTo(0.4, within(1e-12));
    assertThat(a2.gapToAntiIdeal()).isCloseTo(0, within(1e-12));
  }

  /**
   * The fighter aircraft example of Hwang &amp; Yoon, <i>Multiple Attribute Decision Making</i>
   * (Springer 1981), reproduced in Yoon &amp; Hwang (1995) and many TOPSIS tutorials: four
   * aircraft, six criteria (maximum speed in Mach, ferry range in NM, maximum payload in lb,
   * acquisition cost in 10⁶ USD [cost], reliability and manoeuvrability on a 1–9 scale), weights
   * 0.2, 0.1, 0.1, 0.1, 0.2, 0.3. Published order: A1 > A3 > A4 > A2.
   *
   * <p>Expected values recomputed independently of this code (by hand for the norms, numpy for the
   * rest, straight from the formulae):
   *
   * <pre>
   * norms: speed sqrt(4 + 6.25 + 3.24 + 4.84) = sqrt(18.33) = 4.281355
   *        range sqrt(1500² + 2700² + 2000² + 1800²) = sqrt(16 780 000) = 4096.3398
   *        payload sqrt(20000² + 18000² + 21000² + 20000²) = sqrt(1 565 000 000) = 39560.081
   *        cost sqrt(30.25 + 42.25 + 20.25 + 25) = sqrt(117.75) = 10.851267
   *        reliability sqrt(25 + 9 + 49 + 25) = sqrt(108) = 10.392305
   *        manoeuvrability sqrt(81 + 25 + 49 + 25) = sqrt(180) = 13.416408
   * v = w r:  A1 .093428 .036618 .050556 .050685 .096225 .201246
   *           A2 .116785 .065913 .045500 .059901 .057735 .111803
   *           A3 .084086 .048824 .053084 .041470 .134715 .156525
   *           A4 .102771 .043942 .050556 .046078 .096225 .111803
   * ideal     .116785 .065913 .053084 .041470 .134715 .201246
   * anti      .084086 .036618 .045500 .059901 .057735 .111803
   * D+: A1 .054557  A2 .119679  A3 .057977  A4 .100937
   * D-: A1 .098383  A2 .043903  A3 .092044  A4 .045836
   * C:  A1 .643277  A2 .268384  A3 .613542  A4 .312291
   * </pre>
   */
  @Test
  void hwangAndYoonFighterAircraft() {
    DecisionMatrix m =
        DecisionMatrix.builder(
                new Criterion("speed", Direction.BENEFIT, "Mach"),
                new Criterion("range", Direction.BENEFIT, "NM"),
                new Criterion("payload", Direction.BENEFIT, "lb"),
                new Criterion("cost", Direction.COST, "10^6 USD"),
                Criterion.benefit("reliability"),
                Criterion.benefit("manoeuvrability"))
            .add("A1", 2.0, 1500, 20000, 5.5, 5, 9)
            .add("A2", 2.5, 2700, 18000, 6.5, 3, 5)
            .add("A3", 1.8, 2000, 21000, 4.5, 7, 7)
            .add("A4", 2.2, 1800, 20000, 5.0, 5, 5)
            .build();
    Weights w = Weights.of(m.criterionNames(), 0.2, 0.1, 0.1, 0.1, 0.2, 0.3);

    Ranking r = TopsisOp.rank(m, w);

    assertThat(r.listIds()).containsExactly("A1", "A3", "A4", "A2");
    assertThat(r.getAlternative("A1").score()).isCloseTo(0.643277, within(1e-5));
    assertThat(r.getAlternative("A2").score()).isCloseTo(0.268384, within(1e-5));
    assertThat(r.getAlternative("A3").score()).isCloseTo(0.613542, within(1e-5));
    assertThat(r.getAlternative("A4").score()).isCloseTo(0.312291, within(1e-5));
    assertThat(r.getAlternative("A1").distanceToIdeal()).isCloseTo(0.054557, within(1e-6));
    assertThat(r.getAlternative("A2").distanceToAntiIdeal()).isCloseTo(0.043903, within(1e-6));
    assertThat(r.getAlternative("A1").getContribution("speed").normalised())
        .isCloseTo(2.0 / Math.sqrt(18.33), within(1e-12));
    assertThat(r.getAlternative("A3").getContribution("cost").contribution())
        .isCloseTo(0.041470, within(1e-6));
  }

  @Test
  void distancesAreTheNormsOfTheGaps() {
    DecisionMatrix m =
        DecisionMatrix.builder(Criterion.benefit("a"), Criterion.cost("b"), Criterion.benefit("c"))
            .add("x", 1, 7, 3)
            .add("y", 4, 2, 0)
            .add("z", 2, 5, 9)
            .build();
    for (RankedAlternative a :
        TopsisOp.rank(m, Weights.of(List.of("a", "b", "c"), 1, 2, 3)).alternatives()) {
      double plus =
          a.contributions().stream().mapToDouble(c -> c.gapToIdeal() * c.gapToIdeal()).sum();
      double minus =
          a.contributions().stream()
              .mapToDouble(c -> c.gapToAntiIdeal() * c.gapToAntiIdeal())
              .sum();
      assertThat(a.distanceToIdeal()).isCloseTo(Math.sqrt(plus), within(1e-15));
      assertThat(a.distanceToAntiIdeal()).isCloseTo(Math.sqrt(minus), within(1e-15));
      assertThat(a.score())
          .isCloseTo(
              a.distanceToAntiIdeal() / (a.distanceToIdeal() + a.distanceToAntiIdeal()),
              within(1e-15));
    }
  }

  @Test
  void identicalAlternativesAreAllIdealWithClosenessOne() {
    // every column constant: D+ = D- = 0 for everyone, closeness defined as 1; a zero column has
    // norm 0 and normalises to 0 rather than 0/0
    DecisionMatrix m =
        DecisionMatrix.builder(Criterion.benefit("a"), Criterion.cost("b"))
            .add("x", 3, 0)
            .add("y", 3, 0)
            .build();
    Ranking r = TopsisOp.rank(m, Weights.equal(List.of("a", "b")));

    assertThat(r.scores()).containsEntry("x", 1.0).containsEntry("y", 1.0);
    assertThat(r.alternatives()).extracting(RankedAlternative::rank).containsExactly(1, 1);
    assertThat(r.getAlternative("x").getContribution("b").normalised()).isZero();
  }

  @Test
  void refusesNegativeValuesNamingTheCell() {
    DecisionMatrix m =
        DecisionMatrix.builder(Criterion.benefit("a")).add("x", 1).add("y", -2).build();
    assertThatThrownBy(() -> TopsisOp.rank(m, Weights.equal(List.of("a"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("TOPSIS needs values >= 0: 'y' has -2.0 for criterion 'a'");
  }

  @Test
  void normSurvivesHugeValues() {
    // 3e300 and 4e300: squares overflow a double, the scaled norm is 5e300
    assertThat(TopsisOp.norm(new double[] {3e300, 4e300})).isCloseTo(5e300, within(1e286));
  }
}
