package org.reclaim.analysis.scoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A positive reciprocal pairwise comparison matrix, the input of {@link AhpOp}: {@code a_ij} says
 * how many times more important criterion i is than criterion j, usually on Saaty's 1–9 scale (1
 * equal, 3 moderate, 5 strong, 7 very strong, 9 extreme; Saaty 1980), any positive finite number
 * being accepted.
 *
 * <p>Validated on construction: 1 to {@value #MAX_SIZE} criteria with unique non-blank names; every
 * entry finite and {@code > 0}; the diagonal 1; and {@code a_ji = 1 / a_ij} within a relative
 * tolerance of {@value #RECIPROCITY_TOLERANCE}, so that reciprocals typed with two decimals (0.33
 * for 1/3, 0.14 for 1/7, 0.13 for 1/8) are accepted. The upper triangle is authoritative: the lower
 * triangle is stored as its exact reciprocals. Errors name the offending cell by criterion names.
 *
 * <p>Immutable and thread safe.
 */
public final class PairwiseComparisons {
  /** The largest matrix Saaty's random index table covers. */
  public static final int MAX_SIZE = 15;

  /** Accepted relative deviation of {@code a_ij · a_ji} from 1, and of {@code a_ii} from 1. */
  public static final double RECIPROCITY_TOLERANCE = 0.05;

  private final List<String> criteria;
  private final double[][] matrix;

  private PairwiseComparisons(List<String> criteria, double[][] matrix) {
    this.criteria = criteria;
    this.matrix = matrix;
  }

  /**
   * A full matrix, {@code matrix[i][j] = a_ij}.
   *
   * @throws IllegalArgumentException naming the cell when the matrix is not positive reciprocal
   */
  public static PairwiseComparisons of(List<String> criteria, double[][] matrix) {
    List<String> names = validNames(criteria);
    int n = names.size();
    Objects.requireNonNull(matrix, "matrix");
    if (matrix.length != n) {
      throw new IllegalArgumentException(n + " criteria but " + matrix.length + " matrix rows");
    }
    for (int i = 0; i < n; i++) {
      if (matrix[i] == null || matrix[i].length != n) {
        throw new IllegalArgumentException(
            "row '" + names.get(i) + "' must have " + n + " comparisons");
      }
      for (int j = 0; j < n; j++) {
        double a = matrix[i][j];
        if (!Double.isFinite(a) || a <= 0) {
          throw new IllegalArgumentException(
              cell(names, i, j) + " = " + a + "; comparisons must be finite and > 0");
        }
      }
    }
    double[][] exact = new double[n][n];
    for (int i = 0; i < n; i++) {
      if (Math.abs(matrix[i][i] - 1) > RECIPROCITY_TOLERANCE) {
        throw new IllegalArgumentException(
            cell(names, i, i) + " = " + matrix[i][i] + "; a criterion compared with itself is 1");
      }
      exact[i][i] = 1;
      for (int j = i + 1; j < n; j++) {
        double product = matrix[i][j] * matrix[j][i];
        if (Math.abs(product - 1) > RECIPROCITY_TOLERANCE) {
          throw new IllegalArgumentException(
              String.format(
                  "%s = %s and %s = %s are not reciprocal: expected %s = 1/%s",
                  cell(names, i, j),
                  matrix[i][j],
                  cell(names, j, i),
                  matrix[j][i],
                  cell(names, j, i),
                  matrix[i][j]));
        }
        exact[i][j] = matrix[i][j];
        exact[j][i] = 1 / matrix[i][j];
      }
    }
    return new PairwiseComparisons(names, exact);
  }

  /**
   * A matrix from its upper triangle, row by row: {@code a_12, a_13, …, a_1n, a_23, …, a_(n-1)n},
   * which is how judgements are elicited (n(n−1)/2 questions).
   */
  public static PairwiseComparisons fromUpperTriangle(List<String> criteria, double... upper) {
    int n = validNames(criteria).size();
    Objects.requireNonNull(upper, "upper triangle");
    if (upper.length != n * (n - 1) / 2) {
      throw new IllegalArgumentException(
          n + " criteria need " + n * (n - 1) / 2 + " comparisons, got " + upper.length);
    }
    double[][] full = new double[n][n];
    int k = 0;
    for (int i = 0; i < n; i++) {
      full[i][i] = 1;
      for (int j = i + 1; j < n; j++) {
        full[i][j] = upper[k++];
        full[j][i] = 1 / full[i][j];
      }
    }
    return of(criteria, full);
  }

  private static List<String> validNames(List<String> criteria) {
    Objects.requireNonNull(criteria, "criteria");
    if (criteria.isEmpty() || criteria.size() > MAX_SIZE) {
      throw new IllegalArgumentException(
          "pairwise comparisons need 1 to " + MAX_SIZE + " criteria, got " + criteria.size());
    }
    List<String> names = new ArrayList<>();
    for (String c : criteria) {
      if (c == null || c.isBlank()) {
        throw new IllegalArgumentException("criterion " + names.size() + " has no name");
      }
      if (names.contains(c.strip())) {
        throw new IllegalArgumentException("duplicate criterion '" + c.strip() + "'");
      }
      names.add(c.strip());
    }
    return List.copyOf(names);
  }

  private static String cell(List<String> names, int i, int j) {
    return "comparison ('" + names.get(i) + "', '" + names.get(j) + "')";
  }

  /** The criteria, in row (and column) order. */
  public List<String> criteria() {
    return criteria;
  }

  /** Number of criteria n. */
  public int size() {
    return criteria.size();
  }

  /** {@code a_ij}, with exact reciprocals below the diagonal. */
  public double get(int i, int j) {
    return matrix[i][j];
  }

  /** A copy of the matrix. */
  public double[][] toArray() {
    double[][] copy = new double[matrix.length][];
    for (int i = 0; i < matrix.length; i++) {
      copy[i] = matrix[i].clone();
    }
    return copy;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PairwiseComparisons other
        && criteria.equals(other.criteria)
        && Arrays.deepEquals(matrix, other.matrix);
  }

  @Override
  public int hashCode() {
    return 31 * criteria.hashCode() + Arrays.deepHashCode(matrix);
  }

  @Override
  public String toString() {
    return "PairwiseComparisons" + criteria;
  }
}
