package org.reclaim.analysis.ranking;

/**
 * How one area moved when the ranking was updated.
 *
 * @param areaId the hazardous area
 * @param rankBefore rank before the change
 * @param rankAfter rank after it
 * @param scoreBefore score before
 * @param scoreAfter score after
 */
public record RankChange(
    long areaId, int rankBefore, int rankAfter, double scoreBefore, double scoreAfter) {}
