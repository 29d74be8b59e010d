package org.reclaim.domain.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GradingOpTest {
  @ParameterizedTest(name = "baseline {0}, target {1}, actual {2} → {3} ({4})")
  @CsvSource({
    // actual / target from a zero baseline
    "0, 100, 100, 1.00, MET",
    "0, 100, 130, 1.30, MET",
    "0, 100, 80, 0.80, MOSTLY_MET",
    "0, 100, 79.9, 0.799, PROGRESSING",
    "0, 100, 50, 0.50, PROGRESSING",
    "0, 100, 49, 0.49, NOT_MET",
    // from a baseline: (70 − 40) / (100 − 40) = 0.5
    "40, 100, 70, 0.50, PROGRESSING",
    // (94 − 40) / (100 − 40) = 0.9
    "40, 100, 94, 0.90, MOSTLY_MET",
    // a fall below the baseline is negative achievement
    "40, 100, 30, -0.1666666666666667, NOT_MET"
  })
  void handComputedGrades(double baseline, double target, double actual, double a, Grade g) {
    double achievement = GradingOp.achievement(baseline, target, actual);
    assertThat(achievement).isCloseTo(a, within(1e-12));
    assertThat(GradingOp.grade(achievement, GradingOp.Thresholds.DEFAULT)).isEqualTo(g);
  }

  @Test
  void theSheetHasARowPerTargetYearWithItsActual() {
    Indicator km2 =
        new Indicator(1, "S1.1", "Area released per year", Measure.RELEASED_KM2, 2024, 0, "MA-01");
    List<IndicatorTarget> targets =
        List.of(
            new IndicatorTarget(12, 1, 2027, 400, 9_000_000),
            new IndicatorTarget(11, 1, 2026, 300, 8_000_000));
    // 2026: 255 / 300 = 0.85 → MOSTLY_MET; 2027: nothing yet → 0 → NOT_MET.
    List<GradingOp.Row> rows =
        GradingOp.sheet(km2, targets, Map.of(2026, 255.0), GradingOp.Thresholds.DEFAULT);
    assertThat(rows).extracting(GradingOp.Row::year).containsExactly(2026, 2027);
    assertThat(rows.get(0).achievement()).isCloseTo(0.85, within(1e-12));
    assertThat(rows.get(0).grade()).isEqualTo(Grade.MOSTLY_MET);
    assertThat(rows.get(0).budgetUsd()).isEqualTo(8_000_000);
    assertThat(rows.get(1).grade()).isEqualTo(Grade.NOT_MET);
  }

  @Test
  void theSheetGradesEachYearFromTheBaselineNotFromZero() {
    // Baseline: 12 km² released in 2024. Against zero, 21 km² of a 30 km² target would be 70 %.
    Indicator km2 =
        new Indicator(2, "S1.2", "Area released per year", Measure.RELEASED_KM2, 2024, 12, "MA-01");
    List<IndicatorTarget> targets =
        List.of(
            new IndicatorTarget(21, 2, 2025, 20, 0),
            new IndicatorTarget(22, 2, 2026, 30, 0),
            new IndicatorTarget(23, 2, 2027, 40, 0),
            new IndicatorTarget(24, 2, 2028, 50, 0));
    List<GradingOp.Row> rows =
        GradingOp.sheet(
            km2,
            targets,
            Map.of(2025, 21.0, 2026, 27.0, 2027, 26.0, 2028, 28.0),
            GradingOp.Thresholds.DEFAULT);
    assertThat(rows)
        .extracting(GradingOp.Row::year, GradingOp.Row::grade)
        .containsExactly(
            // 2025: (21 − 12) / (20 − 12) = 9 / 8 = 1.125
            tuple(2025, Grade.MET),
            // 2026: (27 − 12) / (30 − 12) = 15 / 18 = 0.8333 (against zero: 0.90, still MOSTLY)
            tuple(2026, Grade.MOSTLY_MET),
            // 2027: (26 − 12) / (40 − 12) = 14 / 28 = 0.5 (against zero: 0.65)
            tuple(2027, Grade.PROGRESSING),
            // 2028: (28 − 12) / (50 − 12) = 16 / 38 = 0.4211 (against zero: 0.56, PROGRESSING)
            tuple(2028, Grade.NOT_MET));
    assertThat(rows)
        .extracting(GradingOp.Row::achievement)
        .usingElementComparator((x, y) -> Math.abs(x - y) < 1e-12 ? 0 : Double.compare(x, y))
        .containsExactly(9.0 / 8, 15.0 / 18, 0.5, 16.0 / 38);
  }

  @Test
  void aTargetBelowTheBaselineIsProgressDownwards() {
    // Hectares still locked: from 100 down to 50; 70 reached = (70 − 100) / (50 − 100) = 0.6.
    Indicator locked =
        new Indicator(3, "S2.1", "Farmland back", Measure.FARMLAND_BACK_HA, 2024, 100, "");
    List<GradingOp.Row> rows =
        GradingOp.sheet(
            locked,
            List.of(new IndicatorTarget(31, 3, 2026, 50, 0)),
            Map.of(2026, 70.0),
            GradingOp.Thresholds.DEFAULT);
    assertThat(rows.get(0).achievement()).isCloseTo(0.6, within(1e-12));
    assertThat(rows.get(0).grade()).isEqualTo(Grade.PROGRESSING);
  }

  @Test
  void aTargetEqualToTheBaselineIsRefusedNamingTheTarget() {
    Indicator i = new Indicator(4, "S3", "Items", Measure.ITEMS_DESTROYED, 2024, 300, "");
    assertThatThrownBy(
            () ->
                GradingOp.sheet(
                    i,
                    List.of(new IndicatorTarget(41, 4, 2026, 300, 0)),
                    Map.of(),
                    GradingOp.Thresholds.DEFAULT))
        .hasMessageContaining("IndicatorTarget.targetValue")
        .hasMessageContaining("baseline 300");
  }

  @Test
  void stricterThresholdsChangeTheGrade() {
    GradingOp.Thresholds strict = new GradingOp.Thresholds(1.0, 0.9, 0.7);
    assertThat(GradingOp.grade(0.85, strict)).isEqualTo(Grade.PROGRESSING);
    assertThatThrownBy(() -> new GradingOp.Thresholds(1.0, 0.5, 0.8)).hasMessageContaining("met >");
    assertThatThrownBy(() -> GradingOp.achievement(10, 10, 12)).hasMessageContaining("targetValue");
  }
}
