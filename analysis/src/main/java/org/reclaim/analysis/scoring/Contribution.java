package org.reclaim.analysis.scoring;

/**
 * What one criterion did to one alternative's score: the explanation shown next to a ranked
 * hazardous area. All values are finite; {@code normalised}, {@code weight} and {@code
 * contribution} lie in {@code [0, 1]}.
 *
 * <p>Both methods compare an alternative with an ideal (the best normalised value of every
 * criterion) and an anti-ideal (the worst); the gaps say how far the alternative is from each on
 * this criterion, in the units of the method's distance:
 *
 * <table>
 *   <caption>Meaning per method</caption>
 *   <tr><th></th><th>{@link WeightedSumOp}</th><th>{@link TopsisOp}</th></tr>
 *   <tr><td>normalised</td><td>n = min-max or rank value, 1 = best</td>
 *       <td>r = x / ‖column‖ (vector normalisation; not direction-aware)</td></tr>
 *   <tr><td>contribution</td><td>w·n; the contributions sum to the score</td>
 *       <td>v = w·r, the weighted normalised value</td></tr>
 *   <tr><td>gapToIdeal</td><td>w·(1 − n), the score lost on this criterion</td>
 *       <td>|v − v⁺|; D⁺ is the Euclidean norm of these gaps</td></tr>
 *   <tr><td>gapToAntiIdeal</td><td>w·n</td><td>|v − v⁻|; D⁻ is the norm of these gaps</td></tr>
 * </table>
 *
 * @param criterion the criterion name
 * @param raw the raw value from the decision matrix, in the criterion's unit
 * @param normalised the unit-free value the method works with
 * @param weight the normalised weight of the criterion
 * @param contribution the weighted normalised value (see table)
 * @param gapToIdeal distance to the ideal on this criterion, {@code >= 0}
 * @param gapToAntiIdeal distance to the anti-ideal on this criterion, {@code >= 0}
 */
public record Contribution(
    String criterion,
    double raw,
    double normalised,
    double weight,
    double contribution,
    double gapToIdeal,
    double gapToAntiIdeal) {}
