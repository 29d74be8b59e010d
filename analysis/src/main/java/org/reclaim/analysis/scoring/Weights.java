package org.reclaim.analysis.scoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Relative importance of criteria, one weight per criterion name, normalised to sum to 1.
 *
 * <p>Raw weights may be given on any scale (percentages, points out of 10): they must be finite and
 * {@code >= 0} with a positive sum, and are divided by that sum. A weight of 0 keeps a criterion in
 * the breakdown without letting it move the score. Weights are matched to a {@link DecisionMatrix}
 * by criterion name, not by position, and must name exactly the matrix's criteria: a weight for an
 * unknown criterion or a criterion without weight is refused rather than silently dropped.
 *
 * <p>Built directly ({@link #of(Map)}, {@link #of(List, double...)}, {@link #equal(List)}) or
 * elicited by {@link AhpOp}. Immutable and thread safe.
 */
public final class Weights {
  private final List<String> criteria;
  private final double[] weights;

  private Weights(List<String> criteria, double[] weights) {
    this.criteria = criteria;
    this.weights = weights;
  }

  /**
   * Weights by criterion name; the map's iteration order becomes the order of {@link #criteria()}.
   */
  public static Weights of(Map<String, ? extends Number> raw) {
    Objects.requireNonNull(raw, "weights");
    List<String> names = new ArrayList<>(raw.size());
    double[] values = new double[raw.size()];
    int k = 0;
    for (Map.Entry<String, ? extends Number> e : raw.entrySet()) {
      names.add(e.getKey());
      if (e.getValue() == null) {
        throw new IllegalArgumentException("weight of criterion '" + e.getKey() + "' is missing");
      }
      values[k++] = e.getValue().doubleValue();
    }
    return of(names, values);
  }

  /** Weights for {@code criteria}, {@code raw[j]} being the raw weight of {@code criteria[j]}. */
  public static Weights of(List<String> criteria, double... raw) {
    Objects.requireNonNull(criteria, "criteria");
    Objects.requireNonNull(raw, "raw weights");
    if (criteria.isEmpty()) {
      throw new IllegalArgumentException("weights need at least one criterion");
    }
    if (criteria.size() != raw.length) {
      throw new IllegalArgumentException(
          criteria.size() + " criteria but " + raw.length + " weights");
    }
    List<String> names = new ArrayList<>(criteria.size());
    double sum = 0;
    for (int j = 0; j < raw.length; j++) {
      String name = criteria.get(j);
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("weight " + j + " has no criterion name");
      }
      name = name.strip();
      if (names.contains(name)) {
        throw new IllegalArgumentException("criterion '" + name + "' is weighted twice");
      }
      if (!Double.isFinite(raw[j]) || raw[j] < 0) {
        throw new IllegalArgumentException(
            "weight of criterion '" + name + "' must be a finite number >= 0, was " + raw[j]);
      }
      names.add(name);
      sum += raw[j];
    }
    if (!(sum > 0) || !Double.isFinite(sum)) {
      throw new IllegalArgumentException("weights must have a positive, finite sum, was " + sum);
    }
    double[] normalised = new double[raw.length];
    for (int j = 0; j < raw.length; j++) {
      normalised[j] = raw[j] / sum;
    }
    return new Weights(List.copyOf(names), normalised);
  }

  /** Every criterion weighs {@code 1 / n}. */
  public static Weights equal(List<String> criteria) {
    double[] ones = new double[criteria.size()];
    Arrays.fill(ones, 1.0);
    return of(criteria, ones);
  }

  /** The criterion names, in the order given. */
  public List<String> criteria() {
    return criteria;
  }

  /** Number of criteria. */
  public int size() {
    return criteria.size();
  }

  /** The normalised weight of the {@code index}-th criterion of {@link #criteria()}. */
  public double weight(int index) {
    return weights[index];
  }

  /**
   * The normalised weight of {@code criterion}, in {@code [0, 1]}.
   *
   * @throws IllegalArgumentException if no weight has that name
   */
  public double getWeight(String criterion) {
    int j = criteria.indexOf(criterion);
    if (j < 0) {
      throw new IllegalArgumentException("no weight for criterion '" + criterion + "'");
    }
    return weights[j];
  }

  /** The normalised weights by name, in the order of {@link #criteria()}; unmodifiable. */
  public Map<String, Double> asMap() {
    Map<String, Double> map = new LinkedHashMap<>();
    for (int j = 0; j < weights.length; j++) {
      map.put(criteria.get(j), weights[j]);
    }
    return Collections.unmodifiableMap(map);
  }

  /**
   * The weights in the column order of {@code matrix}.
   *
   * @throws IllegalArgumentException naming the missing and the unknown criteria when the names do
   *     not match the matrix's criteria exactly
   */
  double[] alignedTo(DecisionMatrix matrix) {
    List<String> columns = matrix.criterionNames();
    List<String> missing = columns.stream().filter(c -> !criteria.contains(c)).toList();
    List<String> unknown = criteria.stream().filter(c -> !columns.contains(c)).toList();
    if (!missing.isEmpty() || !unknown.isEmpty()) {
      throw new IllegalArgumentException(
          "weights do not match the criteria: missing weight for "
              + missing
              + ", weight for unknown criteria "
              + unknown);
    }
    double[] aligned = new double[columns.size()];
    for (int j = 0; j < aligned.length; j++) {
      aligned[j] = weights[criteria.indexOf(columns.get(j))];
    }
    return aligned;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Weights other
        && criteria.equals(other.criteria)
        && Arrays.equals(weights, other.weights);
  }

  @Override
  public int hashCode() {
    return 31 * criteria.hashCode() + Arrays.hashCode(weights);
  }

  @Override
  public String toString() {
    return "Weights" + asMap();
  }
}
