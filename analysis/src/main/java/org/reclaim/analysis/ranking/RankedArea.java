package org.reclaim.analysis.ranking;

import java.util.List;
import org.reclaim.analysis.criteria.AreaCriteria;
import org.reclaim.analysis.scoring.Contribution;

/**
 * One hazardous area's place in a ranking, with its explanation: per criterion the raw value,
 * normalised value, weight and contribution ({@link Contribution}), and the register records behind
 * each value ({@link AreaCriteria#sources}).
 *
 * @param areaId the hazardous area
 * @param rank 1 = release first; areas whose scores tie share a rank
 * @param score in [0, 1], higher = more urgent; never NaN
 * @param contributions one per criterion, in {@code CriterionId} order
 * @param criteria the raw values, recommended method and sources
 */
public record RankedArea(
    long areaId, int rank, double score, List<Contribution> contributions, AreaCriteria criteria) {

  /** Copies the contributions. */
  public RankedArea {
    contributions = List.copyOf(contributions);
  }
}
