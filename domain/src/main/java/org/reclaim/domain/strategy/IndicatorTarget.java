package org.reclaim.domain.strategy;

import org.reclaim.domain.Check;
import org.reclaim.domain.DomainException;

/**
 * An indicator's target for one year, with the budget set aside for it.
 *
 * @param id positive identifier
 * @param indicatorId the indicator
 * @param year the calendar year
 * @param targetValue the value to reach that year, in the indicator's unit; must differ from the
 *     baseline
 * @param budgetUsd budget of the indicator's budget line that year, US$, {@code >= 0}
 */
public record IndicatorTarget(
    long id, long indicatorId, int year, double targetValue, double budgetUsd) {
  public IndicatorTarget {
    Check.id("IndicatorTarget", "id", id);
    Check.id("IndicatorTarget", "indicatorId", indicatorId);
    if (year < 1990 || year > 2100) {
      throw new DomainException("IndicatorTarget", "year", "must be 1990–2100, was " + year);
    }
    Check.nonNegative("IndicatorTarget", "targetValue", targetValue);
    Check.nonNegative("IndicatorTarget", "budgetUsd", budgetUsd);
  }
}
