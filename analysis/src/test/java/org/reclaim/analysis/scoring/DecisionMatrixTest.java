package org.reclaim.analysis.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class DecisionMatrixTest {
  private static final Criterion PEOPLE = new Criterion("people", Direction.BENEFIT, "people");
  private static final Criterion COST = new Criterion(" costUsd ", Direction.COST, "USD");

  @Test
  void holdsRowsAndColumnsAndCopiesValues() {
    double[] row = {10, 500};
    DecisionMatrix m = DecisionMatrix.builder(PEOPLE, COST).add("A", row).add("B", 20, 300).build();
    row[0] = 99;

    assertThat(m.alternatives()).containsExactly("A", "B");
    assertThat(m.criterionNames()).containsExactly("people", "costUsd");
    assertThat(m.value(0, 0)).isEqualTo(10);
    assertThat(m.column(1)).containsExactly(500, 300);
    m.column(1)[0] = -1;
    assertThat(m.value(0, 1)).isEqualTo(500);
    assertThat(m)
        .isEqualTo(
            DecisionMatrix.of(
                List.of("A", "B"), List.of(PEOPLE, COST), new double[][] {{10, 500}, {20, 300}}));
  }

  @Test
  void criterionStripsNameAndDropsBlankUnit() {
    assertThat(COST.name()).isEqualTo("costUsd");
    assertThat(new Criterion("x", Direction.COST, " ").unit()).isNull();
    assertThatThrownBy(() -> Criterion.benefit(" ")).hasMessageContaining("name is required");
    assertThatThrownBy(() -> new Criterion("x", null, null)).hasMessageContaining("'x'");
  }

  @Test
  void refusesNonFiniteValueNamingRowAndCriterion() {
    assertThatThrownBy(
            () ->
                DecisionMatrix.builder(PEOPLE, COST).add("A", 1, 2).add("B", 3, Double.NaN).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("value of 'B' (row 1) for criterion 'costUsd' is NaN; values must be finite");
  }

  @Test
  void refusesRaggedRowsDuplicatesAndEmptyMatrices() {
    assertThatThrownBy(() -> DecisionMatrix.builder(PEOPLE, COST).add("A", 1).build())
        .hasMessage("row 0 ('A') has 1 values but there are 2 criteria");
    assertThatThrownBy(() -> DecisionMatrix.builder(PEOPLE).add("A", 1).add("A ", 2).build())
        .hasMessage("duplicate alternative 'A' (rows 0 and 1)");
    assertThatThrownBy(
            () -> DecisionMatrix.builder(PEOPLE, Criterion.cost("people")).add("A", 1, 2).build())
        .hasMessage("duplicate criterion 'people' (columns 0 and 1)");
    assertThatThrownBy(() -> DecisionMatrix.builder(PEOPLE).build())
        .hasMessageContaining("at least one alternative");
    assertThatThrownBy(() -> DecisionMatrix.builder().add("A").build())
        .hasMessageContaining("at least one criterion");
    assertThatThrownBy(() -> DecisionMatrix.builder(PEOPLE).add(" ", 1).build())
        .hasMessage("alternative in row 0 has no id");
  }
}
