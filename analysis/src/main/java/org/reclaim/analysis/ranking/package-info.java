/**
 * Ranking hazardous areas: criteria rows become a decision matrix scored under a policy profile
 * ({@link org.reclaim.analysis.ranking.Prioritisation}), each area with its explanation; rank
 * stability under weight perturbation ({@link org.reclaim.analysis.ranking.SensitivityOp}); and a
 * ranking kept up to date as evidence arrives ({@link org.reclaim.analysis.ranking.LiveRanking}).
 * May use: the JDK, the domain and the other {@code analysis} packages.
 */
package org.reclaim.analysis.ranking;
