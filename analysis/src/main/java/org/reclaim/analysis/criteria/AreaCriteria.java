package org.reclaim.analysis.criteria;

import java.util.Arrays;
import java.util.Objects;
import org.reclaim.domain.task.ReleaseMethod;

/**
 * The criterion values of one hazardous area, with the register records behind each.
 *
 * @param areaId the hazardous area
 * @param values raw value per criterion, indexed by {@link CriterionId#ordinal()}; finite, never
 *     NaN
 * @param method the cheapest suitable release method, or {@code null} when no team can apply one
 * @param costFallback true when no team has a productivity figure for the area's terrain and
 *     vegetation and the method's overall median rate priced it
 * @param sources ids of the records behind each criterion (layer given by {@link
 *     CriterionId#source()}), indexed by ordinal; empty where none
 * @param methodReason why that method ({@link MethodRecommendation}), or {@code null}
 */
public record AreaCriteria(
    long areaId,
    double[] values,
    ReleaseMethod method,
    boolean costFallback,
    long[][] sources,
    String methodReason) {

  /** Criteria without a stated reason for the method (rows read back from a stored run). */
  public AreaCriteria(
      long areaId, double[] values, ReleaseMethod method, boolean costFallback, long[][] sources) {
    this(areaId, values, method, costFallback, sources, null);
  }

  /** Checks lengths and finiteness. */
  public AreaCriteria {
    Objects.requireNonNull(values, "values");
    Objects.requireNonNull(sources, "sources");
    if (values.length != CriterionId.all().size() || sources.length != values.length) {
      throw new IllegalArgumentException("area " + areaId + ": one value per criterion expected");
    }
    for (CriterionId c : CriterionId.all()) {
      if (!Double.isFinite(values[c.ordinal()])) {
        throw new IllegalArgumentException(
            "area " + areaId + ": " + c.key() + " is " + values[c.ordinal()]);
      }
    }
  }

  /** The raw value of one criterion. */
  public double value(CriterionId criterion) {
    return values[criterion.ordinal()];
  }

  /** The ids of the records behind one criterion (a copy). */
  public long[] sources(CriterionId criterion) {
    return sources[criterion.ordinal()].clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AreaCriteria a
        && a.areaId == areaId
        && Arrays.equals(a.values, values)
        && a.method == method
        && a.costFallback == costFallback
        && Arrays.deepEquals(a.sources, sources);
  }

  @Override
  public int hashCode() {
    return Long.hashCode(areaId) * 31 + Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    return "AreaCriteria[" + areaId + ", " + Arrays.toString(values) + ", " + method + "]";
  }
}
