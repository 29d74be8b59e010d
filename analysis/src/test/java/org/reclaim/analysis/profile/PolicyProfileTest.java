package org.reclaim.analysis.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reclaim.analysis.criteria.CriterionId;
import org.reclaim.analysis.scoring.Normalisation;
import org.reclaim.analysis.scoring.Weights;
import org.reclaim.domain.DomainException;

class PolicyProfileTest {
  private static final Map<String, Double> W =
      Map.of("population_exposed", 3.0, "release_cost_usd", 1.0);

  private static PolicyProfile.Pairwise consistent() {
    // a = 2b = 4c, fully consistent: weights 4/7, 2/7, 1/7
    return new PolicyProfile.Pairwise(
        List.of("population_exposed", "accident_severity", "release_cost_usd"),
        new double[][] {{1, 2, 4}, {0.5, 1, 2}, {0.25, 0.5, 1}},
        false);
  }

  private static PolicyProfile.Pairwise cyclic(boolean insist) {
    // a > b > c > a, each 9 times: CR far above 0.10
    return new PolicyProfile.Pairwise(
        List.of("population_exposed", "accident_severity", "release_cost_usd"),
        new double[][] {{1, 9, 1.0 / 9}, {1.0 / 9, 1, 9}, {9, 1.0 / 9, 1}},
        insist);
  }

  private static PolicyProfile withWeights(Map<String, Double> w) {
    return new PolicyProfile("p", 1, null, null, null, null, w, null, null, null);
  }

  private static String fieldOf(Runnable r) {
    try {
      r.run();
    } catch (DomainException e) {
      return e.field();
    }
    throw new AssertionError("no DomainException");
  }

  @Test
  void defaults() {
    PolicyProfile p = withWeights(W);

    assertThat(p.title()).isEqualTo("p");
    assertThat(p.description()).isEmpty();
    assertThat(p.scoringMethod()).isEqualTo(ScoringMethod.WEIGHTED_SUM);
    assertThat(p.normalisationMethod()).isEqualTo(Normalisation.MIN_MAX);
    assertThat(p.parameters()).isEmpty();
    assertThat(p.topN()).isEqualTo(100);
    assertThat(p.ahp()).isNull();
  }

  @Test
  void validationErrorsNameTheField() {
    Map<String, Double> unknown = Map.of("foo", 1.0);
    Map<String, Double> negative = Map.of("population_exposed", -1.0);
    Map<String, Double> nan = Map.of("population_exposed", Double.NaN);
    Map<String, Double> nullWeight = new HashMap<>();
    nullWeight.put("population_exposed", null);

    assertThat(fieldOf(() -> withWeights(unknown))).isEqualTo("weights.foo");
    assertThat(fieldOf(() -> withWeights(negative))).isEqualTo("weights.population_exposed");
    assertThat(fieldOf(() -> withWeights(nan))).isEqualTo("weights.population_exposed");
    assertThat(fieldOf(() -> withWeights(nullWeight))).isEqualTo("weights.population_exposed");
    assertThat(fieldOf(() -> withWeights(Map.of("population_exposed", 0.0)))).isEqualTo("weights");
    assertThat(
            fieldOf(
                () ->
                    new PolicyProfile("p", 1, null, null, null, null, W, consistent(), null, null)))
        .isEqualTo("weights");
    assertThat(
            fieldOf(
                () -> new PolicyProfile("p", 1, null, null, null, null, null, null, null, null)))
        .isEqualTo("weights");
    assertThat(
            fieldOf(
                () -> new PolicyProfile("p", 1, null, null, "electre", null, W, null, null, null)))
        .isEqualTo("method");
    assertThat(
            fieldOf(
                () -> new PolicyProfile("p", 1, null, null, null, "z-score", W, null, null, null)))
        .isEqualTo("normalisation");
    assertThat(
            fieldOf(
                () ->
                    new PolicyProfile("Bad Name", 1, null, null, null, null, W, null, null, null)))
        .isEqualTo("name");
    assertThat(
            fieldOf(() -> new PolicyProfile("p", 0, null, null, null, null, W, null, null, null)))
        .isEqualTo("version");
    assertThat(fieldOf(() -> new PolicyProfile("p", 1, null, null, null, null, W, null, null, 0)))
        .isEqualTo("topN");
  }

  @Test
  void parameters() {
    Map<String, Object> asOf = Map.of("asOf", "2026-01-01");
    Map<String, Object> unknown = Map.of("radius", 5);
    Map<String, Object> negative = Map.of("roadBufferM", -1);

    assertThat(
            fieldOf(() -> new PolicyProfile("p", 1, null, null, null, null, W, null, asOf, null)))
        .isEqualTo("parameters.asOf");
    assertThat(
            fieldOf(
                () -> new PolicyProfile("p", 1, null, null, null, null, W, null, unknown, null)))
        .isEqualTo("parameters");
    assertThatThrownBy(
            () -> new PolicyProfile("p", 1, null, null, null, null, W, null, unknown, null))
        .hasMessageContaining("parameters.radius");
    assertThatThrownBy(
            () -> new PolicyProfile("p", 1, null, null, null, null, W, null, negative, null))
        .isInstanceOf(DomainException.class)
        .hasMessageContaining("roadBufferM");
    PolicyProfile p =
        new PolicyProfile(
            "p", 1, null, null, null, null, W, null, Map.of("roadBufferM", 250), null);
    assertThat(p.criteriaParameters(java.time.LocalDate.of(2026, 1, 1)).roadBufferM())
        .isEqualTo(250);
  }

  @Test
  void pairwiseAboveTheConsistencyLimitIsRefusedUnlessInsisted() {
    assertThat(
            fieldOf(
                () ->
                    new PolicyProfile(
                        "p", 1, null, null, null, null, null, cyclic(false), null, null)))
        .isEqualTo("pairwise");
    PolicyProfile insisted =
        new PolicyProfile("p", 1, null, null, null, null, null, cyclic(true), null, null);
    assertThat(insisted.ahp().consistencyRatio()).isGreaterThan(0.10);
    assertThat(insisted.effectiveWeights().size()).isEqualTo(CriterionId.all().size());
    PolicyProfile.Pairwise bad =
        new PolicyProfile.Pairwise(
            List.of("population_exposed", "foo"), new double[][] {{1, 2}, {0.5, 1}}, false);
    assertThat(
            fieldOf(() -> new PolicyProfile("p", 1, null, null, null, null, null, bad, null, null)))
        .isEqualTo("pairwise.criteria[1]");
  }

  @Test
  void effectiveWeightsFillOmittedCriteriaWithZeroAndSumToOne() {
    Weights w = withWeights(W).effectiveWeights();

    assertThat(w.criteria())
        .containsExactlyElementsOf(CriterionId.all().stream().map(CriterionId::key).toList());
    assertThat(w.getWeight("population_exposed")).isCloseTo(0.75, within(1e-12));
    assertThat(w.getWeight("release_cost_usd")).isCloseTo(0.25, within(1e-12));
    assertThat(w.getWeight("roads_blocked_m")).isZero();
    double sum = 0;
    for (int j = 0; j < w.size(); j++) {
      sum += w.weight(j);
    }
    assertThat(sum).isCloseTo(1.0, within(1e-12));
  }

  @Test
  void effectiveWeightsFromPairwise() {
    PolicyProfile p =
        new PolicyProfile("p", 1, null, null, "topsis", null, null, consistent(), null, null);
    Weights w = p.effectiveWeights();

    assertThat(w.getWeight("population_exposed")).isCloseTo(4.0 / 7, within(1e-9));
    assertThat(w.getWeight("accident_severity")).isCloseTo(2.0 / 7, within(1e-9));
    assertThat(w.getWeight("release_cost_usd")).isCloseTo(1.0 / 7, within(1e-9));
    assertThat(w.getWeight("evidence_density")).isZero();
    assertThat(p.ahp().consistencyRatio()).isCloseTo(0, within(1e-9));
  }

  @Test
  void withVersionKeepsEverythingElse() {
    PolicyProfile p = withWeights(W);

    PolicyProfile q = p.withVersion(2);

    assertThat(q.version()).isEqualTo(2);
    assertThat(q.withVersion(1)).isEqualTo(p);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"civilian-safety", "agricultural-recovery", "critical-infrastructure", "balanced"})
  void builtInProfilesShipAsJson(String name) throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/profiles/" + name + ".json")) {
      assertThat(in).as(name).isNotNull();
      String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertThat(json).containsPattern("\"name\"\\s*:\\s*\"" + name + "\"");
      assertThat(json).containsPattern("\"version\"\\s*:\\s*1");
      assertThat(json).containsPattern("\"method\"\\s*:\\s*\"(weighted-sum|topsis)\"");
    }
  }
}
