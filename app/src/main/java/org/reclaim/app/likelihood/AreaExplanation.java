package org.reclaim.app.likelihood;

import java.util.List;
import org.reclaim.likelihood.LikelihoodModel;

/**
 * Why the active model gives an area its probability: the features that push it up most and those
 * that push it down most, each with its value and its contribution in log-odds (TreeSHAP). The bias
 * and every contribution add up to {@code margin}, the log-odds of the raw probability; the
 * calibrated {@code probability} is a monotone map of it.
 *
 * @param modelId the model that answered
 * @param areaId the hazardous area
 * @param probability calibrated probability that the area holds explosive ordnance
 * @param margin log-odds of the trees' raw probability
 * @param bias the margin of an area of which nothing is known (the model's expectation)
 * @param up the features raising the probability most, largest first (at most {@link #TOP})
 * @param down the features lowering it most, largest first (at most {@link #TOP})
 * @param others the sum of every other feature's contribution
 */
public record AreaExplanation(
    long modelId,
    long areaId,
    double probability,
    double margin,
    double bias,
    List<Feature> up,
    List<Feature> down,
    double others) {
  /** Features listed each way. */
  public static final int TOP = 5;

  /**
   * One feature's part.
   *
   * @param feature its name (docs/likelihood.md lists them; {@code column=value} for a category)
   * @param value the area's value ({@code null} when missing)
   * @param contribution log-odds it adds
   */
  public record Feature(String feature, Double value, double contribution) {}

  static AreaExplanation of(long modelId, long areaId, LikelihoodModel.Explanation e) {
    List<Feature> up = e.up(TOP).stream().map(AreaExplanation::feature).toList();
    List<Feature> down = e.down(TOP).stream().map(AreaExplanation::feature).toList();
    double listed =
        up.stream().mapToDouble(Feature::contribution).sum()
            + down.stream().mapToDouble(Feature::contribution).sum();
    double all =
        e.contributions().stream().mapToDouble(LikelihoodModel.Contribution::contribution).sum();
    return new AreaExplanation(
        modelId, areaId, e.probability(), e.margin(), e.bias(), up, down, all - listed);
  }

  private static Feature feature(LikelihoodModel.Contribution c) {
    return new Feature(c.feature(), Double.isNaN(c.value()) ? null : c.value(), c.contribution());
  }
}
