package org.reclaim.likelihood.model;

import java.util.Optional;
import org.reclaim.likelihood.table.FeatureMatrix;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A trained tree ensemble flattened into arrays, to apply it in Java: the same splits as XGBoost's
 * model ({@code x < threshold} goes left, a missing value goes the node's default way) and the same
 * leaves, summed onto the base margin. Reclaim's prediction path, because at a country's scale
 * prediction is the hot loop and XGBoost's per-call overhead (building its input, a native call per
 * batch) cost more than the trees: rows are walked in blocks of {@value #BLOCK}, tree by tree, so
 * that a block's features stay in cache (docs/benchmarks.md#likelihood).
 *
 * <p>Margins agree with XGBoost's to float rounding (leaves summed in double here, in float there);
 * {@code CompiledForestTest} checks it on data with missing values. Explanations still come from
 * XGBoost's exact TreeSHAP. Immutable; thread safe.
 */
final class CompiledForest {
  /** Rows walked together through each tree. */
  static final int BLOCK = 64;

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** Deepest tree laid out as a complete binary tree; deeper models are left to XGBoost. */
  static final int MAX_DEPTH = 12;

  private final int trees;
  private final int depth;
  private final int[] feature;
  private final float[] threshold;
  private final int[] missingRight;
  private final double[] leaf;
  private final double baseMargin;

  /**
   * Every tree as a complete binary tree of {@code depth} levels, node {@code k}'s children at
   * {@code 2k + 1} and {@code 2k + 2}: a fixed number of steps per tree, without branches that
   * depend on the data. Where XGBoost's tree ends early, the levels below send every row to the
   * right, to a leaf holding the same value.
   */
  private CompiledForest(
      int trees,
      int depth,
      int[] feature,
      float[] threshold,
      int[] missingRight,
      double[] leaf,
      double baseMargin) {
    this.trees = trees;
    this.depth = depth;
    this.feature = feature;
    this.threshold = threshold;
    this.missingRight = missingRight;
    this.leaf = leaf;
    this.baseMargin = baseMargin;
  }

  /**
   * The forest of an XGBoost model in its JSON form, or empty when the model is not a plain forest
   * of numerical splits for {@code binary:logistic} (a linear booster, categorical splits): those
   * are left to XGBoost.
   */
  static Optional<CompiledForest> of(byte[] json) {
    JsonNode learner = JSON.readTree(json).path("learner");
    JsonNode booster = learner.path("gradient_booster");
    if (!"gbtree".equals(booster.path("name").asString(""))
        || !"binary:logistic".equals(learner.path("objective").path("name").asString(""))) {
      return Optional.empty();
    }
    JsonNode trees = booster.path("model").path("trees");
    int depth = 0;
    for (JsonNode t : trees) {
      for (JsonNode type : t.path("split_type")) {
        if (type.asInt() != 0) {
          return Optional.empty();
        }
      }
      depth = Math.max(depth, depthOf(t, 0));
    }
    if (depth > MAX_DEPTH) {
      return Optional.empty();
    }
    int internal = (1 << depth) - 1;
    int leaves = 1 << depth;
    int[] feature = new int[trees.size() * internal];
    float[] threshold = new float[trees.size() * internal];
    int[] missingRight = new int[trees.size() * internal];
    double[] leaf = new double[trees.size() * leaves];
    // below a leaf that ends its path early: always to the right (x < NaN is false, NaN goes right)
    java.util.Arrays.fill(threshold, Float.NaN);
    java.util.Arrays.fill(missingRight, 1);
    int t = 0;
    for (JsonNode tree : trees) {
      lay(tree, 0, 0, 0, depth, t * internal, t * leaves, feature, threshold, missingRight, leaf);
      t++;
    }
    double baseScore =
        Double.parseDouble(
            learner
                .path("learner_model_param")
                .path("base_score")
                .asString("0.5")
                .replace("[", "")
                .replace("]", ""));
    double margin = Math.log(baseScore / (1 - baseScore));
    return Optional.of(
        new CompiledForest(trees.size(), depth, feature, threshold, missingRight, leaf, margin));
  }

  /** Levels of splits below XGBoost node {@code n}. */
  private static int depthOf(JsonNode tree, int n) {
    int l = tree.path("left_children").get(n).asInt();
    if (l == -1) {
      return 0;
    }
    int r = tree.path("right_children").get(n).asInt();
    return 1 + Math.max(depthOf(tree, l), depthOf(tree, r));
  }

  /** Lays XGBoost node {@code n} out at complete-tree position {@code k} of level {@code level}. */
  private static void lay(
      JsonNode tree,
      int n,
      int k,
      int level,
      int depth,
      int nodeBase,
      int leafBase,
      int[] feature,
      float[] threshold,
      int[] missingRight,
      double[] leaf) {
    int left = tree.path("left_children").get(n).asInt();
    if (left == -1) {
      // a leaf: every leaf position below k (reached by going right) holds its value
      double value = tree.path("split_conditions").get(n).asDouble();
      int first = k;
      int last = k;
      for (int d = level; d < depth; d++) {
        first = 2 * first + 1;
        last = 2 * last + 2;
      }
      int internal = (1 << depth) - 1;
      for (int j = first; j <= last; j++) {
        leaf[leafBase + j - internal] = value;
      }
      return;
    }
    feature[nodeBase + k] = tree.path("split_indices").get(n).asInt();
    threshold[nodeBase + k] = (float) tree.path("split_conditions").get(n).asDouble();
    missingRight[nodeBase + k] = tree.path("default_left").get(n).asInt() != 0 ? 0 : 1;
    lay(
        tree,
        left,
        2 * k + 1,
        level + 1,
        depth,
        nodeBase,
        leafBase,
        feature,
        threshold,
        missingRight,
        leaf);
    lay(
        tree,
        tree.path("right_children").get(n).asInt(),
        2 * k + 2,
        level + 1,
        depth,
        nodeBase,
        leafBase,
        feature,
        threshold,
        missingRight,
        leaf);
  }

  /** The margin (log-odds) of every row of {@code x}. */
  double[] margins(FeatureMatrix x) {
    int rows = x.rows();
    int cols = x.columns();
    float[] v = x.values();
    int internal = (1 << depth) - 1;
    int leaves = 1 << depth;
    double[] out = new double[rows];
    java.util.Arrays.fill(out, baseMargin);
    int[] k = new int[BLOCK];
    int[] base = new int[BLOCK];
    for (int start = 0; start < rows; start += BLOCK) {
      int n = Math.min(rows, start + BLOCK) - start;
      for (int r = 0; r < n; r++) {
        base[r] = (start + r) * cols;
      }
      for (int t = 0; t < trees; t++) {
        int nodeBase = t * internal;
        int leafBase = t * leaves - internal;
        java.util.Arrays.fill(k, 0, n, 0);
        // level by level over the block: the rows' steps do not wait on each other
        for (int d = 0; d < depth; d++) {
          for (int r = 0; r < n; r++) {
            int id = nodeBase + k[r];
            float value = v[base[r] + feature[id]];
            int right = value < threshold[id] ? 0 : 1;
            if (value != value) {
              right = missingRight[id];
            }
            k[r] = 2 * k[r] + 1 + right;
          }
        }
        for (int r = 0; r < n; r++) {
          out[start + r] += leaf[leafBase + k[r]];
        }
      }
    }
    return out;
  }
}
