package org.reclaim.analysis.ranking;

/**
 * How stable one area's rank is when the weights are perturbed.
 *
 * @param areaId the hazardous area
 * @param rank its rank under the unperturbed weights
 * @param medianRank median over the samples
 * @param p5Rank 5th percentile (the best ranks it reaches, bar the luckiest 5 %)
 * @param p95Rank 95th percentile
 * @param probabilityTopN share of samples in which it ranked within the top N, in [0, 1]
 */
public record RankStability(
    long areaId, int rank, int medianRank, int p5Rank, int p95Rank, double probabilityTopN) {}
