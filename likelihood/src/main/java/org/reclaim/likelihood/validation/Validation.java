package org.reclaim.likelihood.validation;

import java.util.List;

/**
 * What grouped cross-validation found: the same folds for every learner, each learner's figures on
 * its out-of-fold predictions (every cell predicted by a model that never saw its region), and each
 * fold's ROC-AUC.
 *
 * @param scheme how the folds were made, e.g. "leave one Municipio out (19 folds)"
 * @param boosted the boosted trees' raw probabilities
 * @param boostedCalibrated the same, calibrated by isotonic regression fitted on the other folds'
 *     out-of-fold predictions (cross-fitted, so calibration too is judged on unseen regions)
 * @param logistic the logistic-regression baseline
 * @param prior the training folds' share of contaminated cells, for every cell
 * @param folds per fold: the regions held out and each learner's ROC-AUC there
 */
public record Validation(
    String scheme,
    Metrics.Summary boosted,
    Metrics.Summary boostedCalibrated,
    Metrics.Summary logistic,
    Metrics.Summary prior,
    List<Fold> folds) {
  public Validation {
    folds = List.copyOf(folds);
  }

  /**
   * One fold.
   *
   * @param groups regions validated
   * @param cells cells validated
   * @param positives contaminated among them
   * @param boostedAuc boosted trees' ROC-AUC ({@code NaN} when one class is absent)
   * @param logisticAuc logistic baseline's ROC-AUC
   */
  public record Fold(
      List<String> groups, int cells, int positives, double boostedAuc, double logisticAuc) {}

  /**
   * The boosted trees' ROC-AUC averaged over the folds where both classes occur: each region judged
   * on its own ranking, free of the differences in base rate between regions that the pooled figure
   * mixes in (the reason the prior's pooled ROC-AUC can fall below 0.5).
   */
  public double boostedFoldMeanAuc() {
    return folds.stream()
        .mapToDouble(Fold::boostedAuc)
        .filter(v -> !Double.isNaN(v))
        .average()
        .orElse(Double.NaN);
  }

  /** The logistic baseline's ROC-AUC averaged over the folds, as {@link #boostedFoldMeanAuc}. */
  public double logisticFoldMeanAuc() {
    return folds.stream()
        .mapToDouble(Fold::logisticAuc)
        .filter(v -> !Double.isNaN(v))
        .average()
        .orElse(Double.NaN);
  }

  /** The table of figures side by side, as the CLI prints it. */
  public String toText() {
    StringBuilder b = new StringBuilder();
    b.append("grouped cross-validation: ").append(scheme).append('\n');
    b.append(
        String.format(
            java.util.Locale.ROOT,
            "%-24s %8s %8s %8s %8s %8s%n",
            "model",
            "ROC-AUC",
            "PR-AUC",
            "Brier",
            "top 10%",
            "top 20%"));
    line(b, "boosted trees", boosted);
    line(b, "boosted, calibrated", boostedCalibrated);
    line(b, "logistic regression", logistic);
    line(b, "prior only", prior);
    b.append(
        String.format(
            java.util.Locale.ROOT,
            "ROC-AUC averaged over the folds: boosted %.3f, logistic %.3f (pooled figures above mix"
                + " in the regions' different base rates)%n",
            boostedFoldMeanAuc(),
            logisticFoldMeanAuc()));
    b.append(
        String.format(
            java.util.Locale.ROOT,
            "%d cells, %d contaminated (%.1f %%)%n",
            boosted.count(),
            boosted.positives(),
            100.0 * boosted.positives() / Math.max(1, boosted.count())));
    b.append("reliability (boosted, calibrated): predicted -> observed (cells)\n");
    for (Metrics.Bin bin : boostedCalibrated.reliability()) {
      b.append(
          String.format(
              java.util.Locale.ROOT,
              "  %.1f-%.1f  %.3f -> %.3f  (%d)%n",
              bin.from(),
              bin.to(),
              bin.meanPredicted(),
              bin.observed(),
              bin.count()));
    }
    return b.toString();
  }

  private static void line(StringBuilder b, String name, Metrics.Summary s) {
    b.append(
        String.format(
            java.util.Locale.ROOT,
            "%-24s %8.3f %8.3f %8.4f %8.3f %8.3f%n",
            name,
            s.rocAuc(),
            s.prAuc(),
            s.brier(),
            s.precisionTop10(),
            s.precisionTop20()));
  }
}
