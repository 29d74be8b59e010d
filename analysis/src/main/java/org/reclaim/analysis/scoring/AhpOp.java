package org.reclaim.analysis.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The Analytic Hierarchy Process for eliciting criterion weights from pairwise comparisons (Saaty,
 * <i>The Analytic Hierarchy Process</i>, McGraw-Hill 1980; Saaty &amp; Vargas, <i>Models, Methods,
 * Concepts &amp; Applications of the AHP</i>, 2nd ed., Springer 2012, ch. 1).
 *
 * <ul>
 *   <li>Weights: the principal right eigenvector of the matrix, normalised to sum 1, found by power
 *       iteration from the row geometric means until no weight moves by more than the convergence
 *       tolerance (1e-12 by default). For n = 3 the geometric means already are the eigenvector
 *       (Crawford &amp; Williams 1985), and for a consistent matrix ({@code a_ij = w_i/w_j}) they
 *       are exactly {@code w}.
 *   <li>{@code λmax = Σ_i (A w)_i} for {@code Σ w = 1}; {@code λmax >= n} for every positive
 *       reciprocal matrix, with equality exactly when it is consistent (Saaty 1977, J. Math. Psych.
 *       15); rounding below n is clamped to n.
 *   <li>{@code CI = (λmax − n) / (n − 1)}, {@code CR = CI / RI(n)}, with Saaty's random index
 *       {@link #randomIndex(int)}. For n ≤ 2, CI = CR = 0.
 *   <li>Judgements are consistent enough when {@code CR <= 0.10} (Saaty 1980). Saaty later
 *       suggested stricter limits for small matrices (0.05 for n = 3, 0.08 for n = 4); an instance
 *       can be given any threshold.
 *   <li>The comparisons to revisit are ranked by Saaty's {@code ε_ij = a_ij · w_j / w_i} (see
 *       {@link Inconsistency}). For n = 3 every judgement of an inconsistent matrix has the same
 *       {@code |ln ε|}, so all three are listed, in matrix order.
 * </ul>
 *
 * <p>Use {@link #evaluate(PairwiseComparisons)} for the defaults. Stateless and thread safe.
 */
public final class AhpOp {
  /** Saaty's limit on the consistency ratio. */
  public static final double DEFAULT_CONSISTENCY_THRESHOLD = 0.10;

  /** How many comparisons an {@link AhpResult} lists for revision. */
  public static final int REPORTED_INCONSISTENCIES = 3;

  /**
   * Saaty's random index RI(n), n = 1..15: the mean CI of large samples of random reciprocal
   * matrices with entries from the 1–9 scale (Saaty 1980; as reproduced in Saaty &amp; Vargas
   * 2012). The dip at n = 12 is in the published table and kept as published.
   */
  private static final double[] RANDOM_INDEX = {
    0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59
  };

  private static final double AGREEMENT = 1e-9;

  private final double consistencyThreshold;
  private final double convergenceTolerance;
  private final int maxIterations;

  /** Saaty's threshold 0.10, convergence to 1e-12, at most 10,000 iterations. */
  public AhpOp() {
    this(DEFAULT_CONSISTENCY_THRESHOLD, 1e-12, 10_000);
  }

  /**
   * A configured operation.
   *
   * @param consistencyThreshold the largest acceptable CR, {@code >= 0}
   * @param convergenceTolerance stop when no weight changes by more than this, {@code > 0}
   * @param maxIterations power iterations before giving up, {@code >= 1}
   */
  public AhpOp(double consistencyThreshold, double convergenceTolerance, int maxIterations) {
    if (!(consistencyThreshold >= 0) || !Double.isFinite(consistencyThreshold)) {
      throw new IllegalArgumentException("consistency threshold must be >= 0");
    }
    if (!(convergenceTolerance > 0)) {
      throw new IllegalArgumentException("convergence tolerance must be > 0");
    }
    if (maxIterations < 1) {
      throw new IllegalArgumentException("max iterations must be >= 1");
    }
    this.consistencyThreshold = consistencyThreshold;
    this.convergenceTolerance = convergenceTolerance;
    this.maxIterations = maxIterations;
  }

  /** Evaluates with the defaults. */
  public static AhpResult evaluate(PairwiseComparisons comparisons) {
    return new AhpOp().apply(comparisons);
  }

  /**
   * The weights from {@code comparisons}, refusing inconsistent judgements unless {@code insist}.
   *
   * @throws InconsistentComparisonsException if CR > 0.10 and not {@code insist}
   */
  public static Weights weights(PairwiseComparisons comparisons, boolean insist) {
    return evaluate(comparisons).requireConsistent(insist).weights();
  }

  /**
   * Saaty's random index for an n × n matrix.
   *
   * @param n 1 to 15
   */
  public static double randomIndex(int n) {
    if (n < 1 || n > RANDOM_INDEX.length) {
      throw new IllegalArgumentException("random index is tabulated for n = 1..15, not " + n);
    }
    return RANDOM_INDEX[n - 1];
  }

  /**
   * Derives weights and consistency measures.
   *
   * @throws IllegalStateException if power iteration does not converge within the limit (not
   *     observed for positive matrices of size ≤ 15 with the defaults)
   */
  public AhpResult apply(PairwiseComparisons comparisons) {
    Objects.requireNonNull(comparisons, "comparisons");
    int n = comparisons.size();
    double[] w = principalEigenvector(comparisons);
    double lambdaMax = Math.max(n, sum(multiply(comparisons, w)));
    double ci = n <= 2 ? 0 : (lambdaMax - n) / (n - 1);
    double ri = randomIndex(n);
    double cr = n <= 2 ? 0 : ci / ri;
    return new AhpResult(
        Weights.of(comparisons.criteria(), w),
        lambdaMax,
        ci,
        ri,
        cr,
        consistencyThreshold,
        cr <= consistencyThreshold,
        mostInconsistent(comparisons, w));
  }

  private double[] principalEigenvector(PairwiseComparisons a) {
    int n = a.size();
    double[] w = new double[n];
    for (int i = 0; i < n; i++) {
      double logSum = 0;
      for (int j = 0; j < n; j++) {
        logSum += Math.log(a.get(i, j));
      }
      w[i] = Math.exp(logSum / n);
    }
    w = scaled(w);
    for (int iteration = 0; iteration < maxIterations; iteration++) {
      double[] next = scaled(multiply(a, w));
      double change = 0;
      for (int i = 0; i < n; i++) {
        change = Math.max(change, Math.abs(next[i] - w[i]));
      }
      w = next;
      if (change <= convergenceTolerance) {
        return w;
      }
    }
    throw new IllegalStateException(
        "AHP power iteration did not converge in " + maxIterations + " iterations");
  }

  private static List<Inconsistency> mostInconsistent(PairwiseComparisons a, double[] w) {
    List<Inconsistency> all = new ArrayList<>();
    List<String> names = a.criteria();
    for (int i = 0; i < a.size(); i++) {
      for (int j = i + 1; j < a.size(); j++) {
        double epsilon = a.get(i, j) * w[j] / w[i];
        if (Math.abs(Math.log(epsilon)) > AGREEMENT) {
          all.add(new Inconsistency(names.get(i), names.get(j), a.get(i, j), w[i] / w[j], epsilon));
        }
      }
    }
    // Severities equal up to rounding (every judgement of an inconsistent 3 × 3 matrix) compare
    // equal, so the stable sort keeps them in upper-triangle row order.
    all.sort(
        Comparator.comparingLong((Inconsistency c) -> Math.round(c.severity() * 1e9)).reversed());
    return all.subList(0, Math.min(REPORTED_INCONSISTENCIES, all.size()));
  }

  private static double[] multiply(PairwiseComparisons a, double[] w) {
    double[] y = new double[w.length];
    for (int i = 0; i < w.length; i++) {
      double s = 0;
      for (int j = 0; j < w.length; j++) {
        s += a.get(i, j) * w[j];
      }
      y[i] = s;
    }
    return y;
  }

  private static double[] scaled(double[] v) {
    double s = sum(v);
    double[] out = new double[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = v[i] / s;
    }
    return out;
  }

  private static double sum(double[] v) {
    double s = 0;
    for (double x : v) {
      s += x;
    }
    return s;
  }
}
