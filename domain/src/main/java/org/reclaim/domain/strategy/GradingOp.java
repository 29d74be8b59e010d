package org.reclaim.domain.strategy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.reclaim.domain.DomainException;

/**
 * Grades indicators against their baseline. Achievement is the share of the way from the baseline
 * to the year's target that the actual value covers:
 *
 * <pre>achievement = (actual − baseline) / (target − baseline)</pre>
 *
 * so an indicator whose baseline is 12 km² released a year and whose 2026 target is 30 km² has
 * achieved 50 % when 21 km² are released in 2026, not 70 %: the 12 km² a year the programme already
 * managed are not progress. A target below the baseline (a quantity to bring down) works the same
 * way; an actual below the baseline is negative achievement. This is the measure of results-based
 * evaluation that IMAS 14.10 (evaluation of mine action interventions) describes — change from the
 * baseline the strategy started from, against the change it set out to make — and the one of
 * ministries' policy evaluation sheets (Japan's Ministry of Internal Affairs and Communications,
 * guidelines for objective-based policy evaluation, 2013: from the baseline value to the target
 * value).
 *
 * <p>The grade follows from thresholds on achievement: {@code MET} at {@link Thresholds#met} or
 * more, {@code MOSTLY_MET} at {@link Thresholds#mostly}, {@code PROGRESSING} at {@link
 * Thresholds#progressing}, else {@code NOT_MET}.
 *
 * <p>Contract: achievement is finite; a target equal to the baseline is refused (nothing to
 * achieve). Pure functions; thread safe.
 */
public final class GradingOp {
  private GradingOp() {}

  /**
   * Achievement thresholds, fractions of the target, strictly decreasing.
   *
   * @param met e.g. 1.0
   * @param mostly e.g. 0.8
   * @param progressing e.g. 0.5
   */
  public record Thresholds(double met, double mostly, double progressing) {
    /** 100 %, 80 %, 50 %. */
    public static final Thresholds DEFAULT = new Thresholds(1.0, 0.8, 0.5);

    public Thresholds {
      if (!(met > mostly && mostly > progressing && progressing > 0)) {
        throw new DomainException(
            "Thresholds",
            "*",
            "must be met > mostly > progressing > 0, were "
                + met
                + ", "
                + mostly
                + ", "
                + progressing);
      }
    }
  }

  /** One row of the evaluation sheet. */
  public record Row(
      Indicator indicator,
      int year,
      double target,
      double actual,
      double achievement,
      Grade grade,
      double budgetUsd) {}

  /** Share of the way from baseline to target covered by {@code actual}. */
  public static double achievement(double baseline, double target, double actual) {
    if (target == baseline) {
      throw new DomainException(
          "IndicatorTarget",
          "targetValue",
          "equals the baseline " + baseline + "; nothing to achieve");
    }
    return (actual - baseline) / (target - baseline);
  }

  /** The grade of an achievement. */
  public static Grade grade(double achievement, Thresholds t) {
    if (achievement >= t.met() - 1e-12) {
      return Grade.MET;
    }
    if (achievement >= t.mostly() - 1e-12) {
      return Grade.MOSTLY_MET;
    }
    if (achievement >= t.progressing() - 1e-12) {
      return Grade.PROGRESSING;
    }
    return Grade.NOT_MET;
  }

  /**
   * The evaluation sheet: one row per target of {@code indicator}, in year order, with the actual
   * of its year graded from the indicator's baseline ({@link Indicator#baselineValue}) towards the
   * year's target. A year without an actual counts 0.
   *
   * @param actualByYear the measure computed from the register, year → value
   * @throws DomainException naming {@code targetValue} when a target equals the baseline
   */
  public static List<Row> sheet(
      Indicator indicator,
      List<IndicatorTarget> targets,
      Map<Integer, Double> actualByYear,
      Thresholds t) {
    List<Row> rows = new ArrayList<>();
    for (IndicatorTarget target :
        targets.stream().sorted((a, b) -> Integer.compare(a.year(), b.year())).toList()) {
      double actual = actualByYear.getOrDefault(target.year(), 0.0);
      double a = achievement(indicator.baselineValue(), target.targetValue(), actual);
      rows.add(
          new Row(
              indicator,
              target.year(),
              target.targetValue(),
              actual,
              a,
              grade(a, t),
              target.budgetUsd()));
    }
    return rows;
  }
}
