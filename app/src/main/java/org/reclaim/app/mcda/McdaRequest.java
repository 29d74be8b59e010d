package org.reclaim.app.mcda;

import java.util.List;
import java.util.Map;

/**
 * A plain decision problem, as analysts send it to {@code POST /api/v1/mcda} or {@code reclaim
 * mcda}: alternatives × criteria, a direction per criterion, and either weights or an AHP pairwise
 * comparison matrix.
 *
 * @param method {@code weighted-sum} (default) or {@code topsis}
 * @param normalisation for the weighted sum: {@code min-max} (default) or {@code rank}
 * @param criteria the criteria, in the order of each alternative's values
 * @param alternatives each alternative's id and one value per criterion
 * @param weights criterion name → weight (any positive scale; normalised to sum 1), or {@code null}
 *     when {@code pairwise} is given
 * @param pairwise AHP pairwise comparison matrix in the order of {@code criteria}: {@code a[i][j]}
 *     says how much more important criterion i is than j on Saaty's 1–9 scale, {@code a[j][i] =
 *     1/a[i][j]}; or {@code null} when {@code weights} is given
 * @param insist use the AHP weights even when the consistency ratio is above 0.10; absent = false
 */
public record McdaRequest(
    String method,
    String normalisation,
    List<CriterionSpec> criteria,
    List<AlternativeSpec> alternatives,
    Map<String, Double> weights,
    double[][] pairwise,
    Boolean insist) {

  /** Whether inconsistent pairwise comparisons are to be used anyway; absent means no. */
  public boolean insists() {
    return Boolean.TRUE.equals(insist);
  }

  /**
   * One criterion.
   *
   * @param name unique name
   * @param direction {@code benefit} (more is better) or {@code cost} (less is better)
   * @param unit unit of the values, for people; may be {@code null}
   */
  public record CriterionSpec(String name, String direction, String unit) {}

  /**
   * One alternative.
   *
   * @param id unique id
   * @param values one value per criterion, in the order of {@code criteria}
   */
  public record AlternativeSpec(String id, double[] values) {}
}
