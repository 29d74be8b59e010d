package org.reclaim.likelihood.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * How to train: which columns are the label, the region groups and the ids, and the learners'
 * settings. Defaults suit a few thousand to a few million cells; every one is written into the
 * model card.
 *
 * @param label the 0/1 column: 1 = explosive ordnance found (contaminated), 0 = released with
 *     nothing found; empty cells are unlabelled and left out of training
 * @param group the region column cross-validation groups by (municipality, raion, hromada)
 * @param id the column that names a cell in predictions, or {@code null}
 * @param exclude further columns not to read (e.g. coordinates)
 * @param rounds boosting rounds
 * @param maxDepth tree depth
 * @param eta learning rate
 * @param subsample share of rows each tree sees
 * @param colsample share of features each tree sees
 * @param minChildWeight smallest hessian sum in a leaf
 * @param scalePosWeight weight of a contaminated cell against a clean one (1 = none)
 * @param monotone column → +1 (probability may only rise with it) or −1 (only fall)
 * @param logisticLambda L2 penalty of the logistic baseline (on standardised features)
 * @param logisticRounds coordinate-descent rounds of the logistic baseline
 * @param calibrated whether to calibrate the probabilities (isotonic, on out-of-fold predictions)
 * @param threads native threads
 * @param seed random seed of the learners
 * @param neighbourhood with coordinates: add the features of {@link KnownContamination} (distance
 *     to, and count near, cells labelled contaminated in the training folds); {@code null} for none
 */
public record TrainingOptions(
    String label,
    String group,
    @Nullable String id,
    Set<String> exclude,
    int rounds,
    int maxDepth,
    double eta,
    double subsample,
    double colsample,
    double minChildWeight,
    double scalePosWeight,
    Map<String, Integer> monotone,
    double logisticLambda,
    int logisticRounds,
    boolean calibrated,
    int threads,
    long seed,
    @Nullable Neighbourhood neighbourhood) {
  /**
   * Where a cell is, for the known-contamination features.
   *
   * @param lat latitude column, degrees
   * @param lon longitude column, degrees
   * @param radiusKm the neighbourhood counted
   */
  public record Neighbourhood(String lat, String lon, double radiusKm) {}

  public TrainingOptions {
    exclude = Set.copyOf(exclude);
    monotone = Map.copyOf(monotone);
    if (rounds < 1 || maxDepth < 1 || !(eta > 0) || threads < 1) {
      throw new IllegalArgumentException("rounds, maxDepth, eta and threads must be positive");
    }
    monotone.forEach(
        (c, d) -> {
          if (d != 1 && d != -1) {
            throw new IllegalArgumentException("monotone: " + c + " must be +1 or -1, was " + d);
          }
        });
  }

  /**
   * The defaults for {@code label} grouped by {@code group}: 100 trees of depth 4 at learning rate
   * 0.15 (on RELand's cells as good, left one municipality out, as 300 trees at 0.05, and three
   * times faster to apply: docs/benchmarks.md#likelihood).
   */
  public static TrainingOptions of(String label, String group) {
    return new TrainingOptions(
        label, group, null, Set.of(), 100, 4, 0.15, 0.8, 0.8, 1, 1, Map.of(), 1.0, 200, true, 2, 1,
        null);
  }

  /** With {@code id} as the id column. */
  public TrainingOptions withId(@Nullable String id) {
    return new TrainingOptions(
        label,
        group,
        id,
        exclude,
        rounds,
        maxDepth,
        eta,
        subsample,
        colsample,
        minChildWeight,
        scalePosWeight,
        monotone,
        logisticLambda,
        logisticRounds,
        calibrated,
        threads,
        seed,
        neighbourhood);
  }

  /** Without reading {@code columns}. */
  public TrainingOptions excluding(Set<String> columns) {
    return new TrainingOptions(
        label,
        group,
        id,
        columns,
        rounds,
        maxDepth,
        eta,
        subsample,
        colsample,
        minChildWeight,
        scalePosWeight,
        monotone,
        logisticLambda,
        logisticRounds,
        calibrated,
        threads,
        seed,
        neighbourhood);
  }

  /** With {@code rounds} boosting rounds. */
  public TrainingOptions withRounds(int rounds) {
    return new TrainingOptions(
        label,
        group,
        id,
        exclude,
        rounds,
        maxDepth,
        eta,
        subsample,
        colsample,
        minChildWeight,
        scalePosWeight,
        monotone,
        logisticLambda,
        logisticRounds,
        calibrated,
        threads,
        seed,
        neighbourhood);
  }

  /** With monotone constraints. */
  public TrainingOptions withMonotone(Map<String, Integer> monotone) {
    return new TrainingOptions(
        label,
        group,
        id,
        exclude,
        rounds,
        maxDepth,
        eta,
        subsample,
        colsample,
        minChildWeight,
        scalePosWeight,
        monotone,
        logisticLambda,
        logisticRounds,
        calibrated,
        threads,
        seed,
        neighbourhood);
  }

  /** With a weight for contaminated cells. */
  public TrainingOptions withScalePosWeight(double w) {
    return new TrainingOptions(
        label,
        group,
        id,
        exclude,
        rounds,
        maxDepth,
        eta,
        subsample,
        colsample,
        minChildWeight,
        w,
        monotone,
        logisticLambda,
        logisticRounds,
        calibrated,
        threads,
        seed,
        neighbourhood);
  }

  /** With the known-contamination features over {@code lat}, {@code lon}. */
  public TrainingOptions withNeighbourhood(@Nullable Neighbourhood n) {
    return new TrainingOptions(
        label,
        group,
        id,
        exclude,
        rounds,
        maxDepth,
        eta,
        subsample,
        colsample,
        minChildWeight,
        scalePosWeight,
        monotone,
        logisticLambda,
        logisticRounds,
        calibrated,
        threads,
        seed,
        n);
  }

  /** With trees of depth {@code maxDepth} learning at {@code eta}. */
  public TrainingOptions withTrees(int maxDepth, double eta, double minChildWeight) {
    return new TrainingOptions(
        label,
        group,
        id,
        exclude,
        rounds,
        maxDepth,
        eta,
        subsample,
        colsample,
        minChildWeight,
        scalePosWeight,
        monotone,
        logisticLambda,
        logisticRounds,
        calibrated,
        threads,
        seed,
        neighbourhood);
  }

  /** With {@code threads} native threads. */
  public TrainingOptions withThreads(int threads) {
    return new TrainingOptions(
        label,
        group,
        id,
        exclude,
        rounds,
        maxDepth,
        eta,
        subsample,
        colsample,
        minChildWeight,
        scalePosWeight,
        monotone,
        logisticLambda,
        logisticRounds,
        calibrated,
        threads,
        seed,
        neighbourhood);
  }

  /** The boosted trees' XGBoost parameters, monotone constraints laid out over {@code features}. */
  public Map<String, Object> boosterParameters(List<String> features) {
    Map<String, Object> p = new HashMap<>();
    p.put("booster", "gbtree");
    p.put("tree_method", "hist");
    p.put("max_depth", maxDepth);
    p.put("eta", eta);
    p.put("subsample", subsample);
    p.put("colsample_bytree", colsample);
    p.put("min_child_weight", minChildWeight);
    p.put("scale_pos_weight", scalePosWeight);
    p.put("nthread", threads);
    p.put("seed", seed);
    if (!monotone.isEmpty()) {
      StringBuilder s = new StringBuilder("(");
      for (int j = 0; j < features.size(); j++) {
        s.append(j == 0 ? "" : ",").append(monotone.getOrDefault(features.get(j), 0));
      }
      p.put("monotone_constraints", s.append(')').toString());
    }
    return p;
  }

  /** The logistic baseline's parameters: a linear booster, L2-penalised. */
  public Map<String, Object> logisticParameters() {
    Map<String, Object> p = new HashMap<>();
    p.put("booster", "gblinear");
    p.put("updater", "coord_descent");
    p.put("lambda", logisticLambda);
    p.put("alpha", 0.0);
    p.put("nthread", 1);
    p.put("seed", seed);
    return p;
  }
}
