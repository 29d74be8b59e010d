package org.reclaim.likelihood.model;

import java.util.HashMap;
import java.util.Map;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;
import org.reclaim.likelihood.table.FeatureMatrix;

/**
 * A trained XGBoost booster (Chen and Guestrin 2016) behind Reclaim's own types: raw margins
 * (log-odds), exact TreeSHAP contributions (Lundberg et al. 2020; for the linear booster, weight ×
 * value), and the model as bytes (UBJSON, XGBoost's exact binary format). Every native matrix is
 * freed as soon as it is used.
 *
 * <p>Thread safe for prediction (XGBoost's predictor is); not to be used after {@link #close}.
 */
public final class Booster implements AutoCloseable {
  private final ml.dmlc.xgboost4j.java.Booster booster;
  private final int features;
  private final java.util.Optional<CompiledForest> forest;

  private Booster(ml.dmlc.xgboost4j.java.Booster booster, int features) {
    this.booster = booster;
    this.features = features;
    try {
      this.forest = CompiledForest.of(booster.toByteArray("json"));
    } catch (XGBoostError e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  /**
   * Trains a booster on {@code x} with labels {@code y} (0/1).
   *
   * @param params XGBoost parameters ({@code objective} is set to {@code binary:logistic})
   * @param rounds boosting rounds
   */
  public static Booster train(FeatureMatrix x, int[] y, Map<String, Object> params, int rounds) {
    if (y.length != x.rows()) {
      throw new IllegalArgumentException("labels: " + y.length + " for " + x.rows() + " rows");
    }
    Map<String, Object> p = new HashMap<>(params);
    p.put("objective", "binary:logistic");
    p.putIfAbsent("verbosity", 0);
    DMatrix m = matrix(x);
    try {
      float[] labels = new float[y.length];
      for (int i = 0; i < y.length; i++) {
        labels[i] = y[i];
      }
      m.setLabel(labels);
      return new Booster(XGBoost.train(m, p, rounds, Map.of(), null, null), x.columns());
    } catch (XGBoostError e) {
      throw new IllegalStateException("XGBoost could not train: " + e.getMessage(), e);
    } finally {
      m.dispose();
    }
  }

  /** Reads a booster written by {@link #toBytes}. */
  public static Booster fromBytes(byte[] model, int features) {
    try {
      return new Booster(XGBoost.loadModel(model), features);
    } catch (XGBoostError | java.io.IOException e) {
      throw new IllegalArgumentException("not an XGBoost model: " + e.getMessage(), e);
    }
  }

  /** The model in UBJSON, which reads back to the same predictions bit for bit. */
  public byte[] toBytes() {
    try {
      return booster.toByteArray("ubj");
    } catch (XGBoostError e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  /**
   * Native threads for prediction and explanation from now on (XGBoost's {@code nthread}; a loaded
   * booster uses every core until told).
   */
  public void setThreads(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads: must be at least 1, was " + threads);
    }
    try {
      booster.setParam("nthread", threads);
    } catch (XGBoostError e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  /** Features each row must have. */
  public int features() {
    return features;
  }

  /**
   * The raw margin (log-odds of contamination) of every row: trees by the {@link CompiledForest}
   * (in Java, several times faster than a call into XGBoost at scale), the linear booster by
   * XGBoost.
   */
  public double[] margins(FeatureMatrix x) {
    requireWidth(x);
    if (x.rows() == 0) {
      return new double[0];
    }
    return forest.isPresent() ? forest.get().margins(x) : nativeMargins(x);
  }

  /** Whether margins come from the compiled forest (trees) rather than from XGBoost. */
  boolean isCompiled() {
    return forest.isPresent();
  }

  /** The margins as XGBoost itself predicts them (to check the compiled forest against). */
  double[] nativeMargins(FeatureMatrix x) {
    DMatrix m = matrix(x);
    try {
      float[][] out = booster.predict(m, true, 0);
      double[] margins = new double[out.length];
      for (int i = 0; i < out.length; i++) {
        margins[i] = out[i][0];
      }
      return margins;
    } catch (XGBoostError e) {
      throw new IllegalStateException(e.getMessage(), e);
    } finally {
      m.dispose();
    }
  }

  /**
   * Each feature's contribution to each row's margin, in log-odds, and the bias last: row {@code i}
   * has {@code features + 1} values that sum to its margin (exact TreeSHAP for trees).
   */
  public float[][] contributions(FeatureMatrix x) {
    requireWidth(x);
    DMatrix m = matrix(x);
    try {
      return booster.predictContrib(m, 0);
    } catch (XGBoostError e) {
      throw new IllegalStateException(e.getMessage(), e);
    } finally {
      m.dispose();
    }
  }

  private void requireWidth(FeatureMatrix x) {
    if (x.columns() != features) {
      throw new IllegalArgumentException(
          "features: the model reads " + features + ", the rows have " + x.columns());
    }
  }

  private static DMatrix matrix(FeatureMatrix x) {
    try {
      return new DMatrix(x.values(), x.rows(), x.columns(), Float.NaN);
    } catch (XGBoostError e) {
      throw new IllegalStateException("XGBoost could not take the rows: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    booster.dispose();
  }
}
