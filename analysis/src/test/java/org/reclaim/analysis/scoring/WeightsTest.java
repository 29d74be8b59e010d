package org.reclaim.analysis.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WeightsTest {

  @Test
  void normalisesToSumOne() {
    // 50 + 30 + 20 = 100 -> 0.5, 0.3, 0.2
    Map<String, Integer> raw = new LinkedHashMap<>();
    raw.put("people", 50);
    raw.put("costUsd", 30);
    raw.put("roads", 20);
    Weights w = Weights.of(raw);

    assertThat(w.criteria()).containsExactly("people", "costUsd", "roads");
    assertThat(w.getWeight("people")).isCloseTo(0.5, within(1e-15));
    assertThat(w.weight(1)).isCloseTo(0.3, within(1e-15));
    assertThat(w.asMap().values().stream().mapToDouble(Double::doubleValue).sum())
        .isCloseTo(1.0, within(1e-15));
    assertThat(Weights.equal(List.of("a", "b", "c", "d")).getWeight("c")).isEqualTo(0.25);
  }

  @Test
  void alignsToMatrixByNameNotPosition() {
    DecisionMatrix m =
        DecisionMatrix.builder(Criterion.benefit("a"), Criterion.benefit("b"))
            .add("x", 1, 2)
            .build();
    assertThat(Weights.of(List.of("b", "a"), 3, 1).alignedTo(m)).containsExactly(0.25, 0.75);
  }

  @Test
  void refusesWeightsThatDoNotNameTheMatrixCriteria() {
    DecisionMatrix m =
        DecisionMatrix.builder(Criterion.benefit("a"), Criterion.benefit("b"))
            .add("x", 1, 2)
            .build();
    assertThatThrownBy(() -> Weights.of(List.of("a", "c"), 1, 1).alignedTo(m))
        .hasMessage(
            "weights do not match the criteria: missing weight for [b], weight for unknown criteria [c]");
  }

  @Test
  void refusesNegativeNonFiniteZeroSumAndDuplicates() {
    assertThatThrownBy(() -> Weights.of(List.of("a", "b"), 1, -1))
        .hasMessage("weight of criterion 'b' must be a finite number >= 0, was -1.0");
    assertThatThrownBy(() -> Weights.of(List.of("a"), Double.NaN)).hasMessageContaining("'a'");
    assertThatThrownBy(() -> Weights.of(List.of("a", "b"), 0, 0))
        .hasMessageContaining("positive, finite sum");
    assertThatThrownBy(() -> Weights.of(List.of("a", "a"), 1, 1))
        .hasMessage("criterion 'a' is weighted twice");
    assertThatThrownBy(() -> Weights.of(List.of("a"), 1, 2)).hasMessage("1 criteria but 2 weights");
    assertThatThrownBy(() -> Weights.of(List.of("a"), 1).getWeight("z"))
        .hasMessage("no weight for criterion 'z'");
  }
}
