package org.reclaim.analysis.scoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The input of every scoring method: alternatives (rows, e.g. hazardous areas) × criteria
 * (columns), with one raw value per cell in the criterion's own unit.
 *
 * <p>Validated on construction: at least one alternative and one criterion; alternative ids and
 * criterion names non-blank and unique; one value per criterion in every row; every value finite (a
 * missing measurement must be imputed or the alternative left out before scoring, never passed as
 * {@code NaN}). Failures throw {@link IllegalArgumentException} naming the row and criterion.
 *
 * <p>Immutable: the values are copied in and out. Safe to share between threads.
 */
public final class DecisionMatrix {
  private final List<String> alternatives;
  private final List<Criterion> criteria;
  private final double[][] values;

  private DecisionMatrix(List<String> alternatives, List<Criterion> criteria, double[][] values) {
    this.alternatives = alternatives;
    this.criteria = criteria;
    this.values = values;
  }

  /**
   * A matrix from its parts.
   *
   * @param alternatives one id per row, unique (compared after stripping white space)
   * @param criteria one criterion per column, names unique
   * @param values {@code values[row][column]}, {@code alternatives.size()} rows of {@code
   *     criteria.size()} finite values; copied
   */
  public static DecisionMatrix of(
      List<String> alternatives, List<Criterion> criteria, double[][] values) {
    Objects.requireNonNull(alternatives, "alternatives");
    Objects.requireNonNull(criteria, "criteria");
    Objects.requireNonNull(values, "values");
    List<Criterion> cs = List.copyOf(criteria);
    List<String> ids = validIds(alternatives);
    if (cs.isEmpty()) {
      throw new IllegalArgumentException("a decision matrix needs at least one criterion");
    }
    Map<String, Integer> seen = new HashMap<>();
    for (int j = 0; j < cs.size(); j++) {
      Integer before = seen.putIfAbsent(cs.get(j).name(), j);
      if (before != null) {
        throw new IllegalArgumentException(
            "duplicate criterion '"
                + cs.get(j).name()
                + "' (columns "
                + before
                + " and "
                + j
                + ")");
      }
    }
    if (values.length != ids.size()) {
      throw new IllegalArgumentException(
          "there are " + ids.size() + " alternatives but " + values.length + " rows of values");
    }
    double[][] copy = new double[ids.size()][];
    for (int i = 0; i < ids.size(); i++) {
      copy[i] = validRow(ids.get(i), i, values[i], cs);
    }
    return new DecisionMatrix(ids, cs, copy);
  }

  private static List<String> validIds(List<String> alternatives) {
    if (alternatives.isEmpty()) {
      throw new IllegalArgumentException("a decision matrix needs at least one alternative");
    }
    List<String> ids = new ArrayList<>(alternatives.size());
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < alternatives.size(); i++) {
      String id = alternatives.get(i);
      if (id == null || id.isBlank()) {
        throw new IllegalArgumentException("alternative in row " + i + " has no id");
      }
      id = id.strip();
      Integer before = seen.putIfAbsent(id, i);
      if (before != null) {
        throw new IllegalArgumentException(
            "duplicate alternative '" + id + "' (rows " + before + " and " + i + ")");
      }
      ids.add(id);
    }
    return List.copyOf(ids);
  }

  private static double[] validRow(String id, int row, double[] values, List<Criterion> criteria) {
    if (values == null || values.length != criteria.size()) {
      throw new IllegalArgumentException(
          "row "
              + row
              + " ('"
              + id
              + "') has "
              + (values == null ? 0 : values.length)
              + " values but there are "
              + criteria.size()
              + " criteria");
    }
    for (int j = 0; j < values.length; j++) {
      if (!Double.isFinite(values[j])) {
        throw new IllegalArgumentException(
            "value of '"
                + id
                + "' (row "
                + row
                + ") for criterion '"
                + criteria.get(j).name()
                + "' is "
                + values[j]
                + "; values must be finite");
      }
    }
    return values.clone();
  }

  /** A builder that takes the criteria first and then one row per alternative. */
  public static Builder builder(Criterion... criteria) {
    return new Builder(List.of(criteria));
  }

  /** A builder that takes the criteria first and then one row per alternative. */
  public static Builder builder(List<Criterion> criteria) {
    return new Builder(criteria);
  }

  /** The alternative ids, in row order. */
  public List<String> alternatives() {
    return alternatives;
  }

  /** The criteria, in column order. */
  public List<Criterion> criteria() {
    return criteria;
  }

  /** The criterion names, in column order. */
  public List<String> criterionNames() {
    return criteria.stream().map(Criterion::name).toList();
  }

  /** Number of rows. */
  public int alternativeCount() {
    return alternatives.size();
  }

  /** Number of columns. */
  public int criterionCount() {
    return criteria.size();
  }

  /** The raw value in row {@code alternative}, column {@code criterion} (both zero-based). */
  public double value(int alternative, int criterion) {
    return values[alternative][criterion];
  }

  /** A copy of column {@code criterion}, in row order. */
  public double[] column(int criterion) {
    Objects.checkIndex(criterion, criteria.size());
    double[] column = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      column[i] = values[i][criterion];
    }
    return column;
  }

  /** A copy of row {@code alternative}, in column order. */
  public double[] row(int alternative) {
    return values[alternative].clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DecisionMatrix other
        && alternatives.equals(other.alternatives)
        && criteria.equals(other.criteria)
        && Arrays.deepEquals(values, other.values);
  }

  @Override
  public int hashCode() {
    return Objects.hash(alternatives, criteria, Arrays.deepHashCode(values));
  }

  @Override
  public String toString() {
    return "DecisionMatrix[" + alternatives.size() + " × " + criterionNames() + "]";
  }

  /** Collects rows; not thread safe, {@link #build()} validates everything. */
  public static final class Builder {
    private final List<Criterion> criteria;
    private final List<String> alternatives = new ArrayList<>();
    private final List<double[]> rows = new ArrayList<>();

    private Builder(List<Criterion> criteria) {
      this.criteria = List.copyOf(criteria);
    }

    /** Adds one alternative with one value per criterion, in criterion order. */
    public Builder add(String alternative, double... values) {
      alternatives.add(alternative);
      rows.add(values == null ? null : values.clone());
      return this;
    }

    /** The validated matrix. */
    public DecisionMatrix build() {
      return DecisionMatrix.of(alternatives, criteria, rows.toArray(new double[0][]));
    }
  }
}
