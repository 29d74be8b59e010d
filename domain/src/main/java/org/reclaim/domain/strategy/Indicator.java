package org.reclaim.domain.strategy;

import org.reclaim.domain.Check;

/**
 * A national strategy indicator, e.g. "km² released per year" to 2033.
 *
 * @param id positive identifier
 * @param code short code, unique (e.g. {@code S1.1})
 * @param name wording as in the strategy
 * @param measure what is counted from the register
 * @param baselineYear year of the baseline
 * @param baselineValue the value in the baseline year, {@code >= 0}; achievement is measured from
 *     it
 * @param budgetLine the budget line that funds it (programme code), free text, may be empty
 */
public record Indicator(
    long id,
    String code,
    String name,
    Measure measure,
    int baselineYear,
    double baselineValue,
    String budgetLine) {
  public Indicator {
    Check.id("Indicator", "id", id);
    code = Check.notBlank("Indicator", "code", code);
    name = Check.notBlank("Indicator", "name", name);
    Check.notNull("Indicator", "measure", measure);
    Check.nonNegative("Indicator", "baselineValue", baselineValue);
    budgetLine = budgetLine == null ? "" : budgetLine.strip();
  }
}
