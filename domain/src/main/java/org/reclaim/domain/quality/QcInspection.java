package org.reclaim.domain.quality;

import java.time.LocalDate;
import org.reclaim.domain.Check;
import org.reclaim.domain.DomainException;

/**
 * A QC post-clearance inspection of the land one task released (IMAS 09.20): the sampling plan that
 * was drawn, what the sample showed, and the result, which follows from them and is not entered by
 * hand.
 *
 * <p>The lot fails when the non-conforming units exceed the plan's acceptance number, or when any
 * explosive item is found in the sample: a missed item is a critical non-conformity whatever the
 * statistics (IMAS 09.20).
 *
 * @param id positive identifier
 * @param taskId the task whose land was inspected
 * @param inspectedOn date of the inspection
 * @param inspector who inspected (QC body), free text
 * @param plan the sampling plan ({@link SamplingPlanOp})
 * @param nonConformingUnits sampling units found not to meet the clearance requirement, {@code >=
 *     0} and at most the sample size
 * @param itemsFound explosive items found in the sample, {@code >= 0}
 */
public record QcInspection(
    long id,
    long taskId,
    LocalDate inspectedOn,
    String inspector,
    SamplingPlan plan,
    int nonConformingUnits,
    int itemsFound) {
  private static final String E = "QcInspection";

  public QcInspection {
    Check.id(E, "id", id);
    Check.id(E, "taskId", taskId);
    Check.notNull(E, "inspectedOn", inspectedOn);
    inspector = Check.notBlank(E, "inspector", inspector);
    Check.notNull(E, "plan", plan);
    Check.nonNegative(E, "nonConformingUnits", nonConformingUnits);
    Check.nonNegative(E, "itemsFound", itemsFound);
    if (nonConformingUnits > plan.sampleSize()) {
      throw new DomainException(
          E,
          "nonConformingUnits",
          nonConformingUnits + " exceeds the sample of " + plan.sampleSize() + " units");
    }
  }

  /** PASSED or FAILED, from the plan and what was found. */
  public QcResult result() {
    return itemsFound == 0 && plan.accepts(nonConformingUnits) ? QcResult.PASSED : QcResult.FAILED;
  }

  /** Why the lot failed, or an empty string when it passed. */
  public String reason() {
    if (itemsFound > 0) {
      return itemsFound + " explosive item(s) found in the sample: critical non-conformity";
    }
    if (!plan.accepts(nonConformingUnits)) {
      return nonConformingUnits
          + " non-conforming unit(s) in a sample of "
          + plan.sampleSize()
          + "; the plan accepts at most "
          + plan.acceptanceNumber();
    }
    return "";
  }
}
