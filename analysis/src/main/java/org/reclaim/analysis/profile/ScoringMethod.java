package org.reclaim.analysis.profile;

import java.util.Arrays;
import java.util.Optional;

/** How a profile turns normalised criteria into one score. */
public enum ScoringMethod {
  /** Weighted sum of normalised criteria ({@code WeightedSumOp}). */
  WEIGHTED_SUM("weighted-sum"),
  /** Closeness to the ideal solution ({@code TopsisOp}, Hwang &amp; Yoon 1981). */
  TOPSIS("topsis"),
  /**
   * Probability of contamination × weighted consequence ÷ expected cost ({@code ExpectedValueOp}):
   * the expected value of releasing the area, per dollar.
   */
  EXPECTED_VALUE("expected-value");

  private final String key;

  ScoringMethod(String key) {
    this.key = key;
  }

  /** The name used in profile JSON. */
  public String key() {
    return key;
  }

  /** The method named {@code key} in profile JSON. */
  public static Optional<ScoringMethod> findByKey(String key) {
    return Arrays.stream(values()).filter(m -> m.key.equals(key)).findFirst();
  }
}
