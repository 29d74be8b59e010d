package org.reclaim.domain.funding;

import java.time.LocalDate;
import org.reclaim.domain.Check;

/**
 * A donor's announced intention to fund mine action over a period, before any grant is signed.
 *
 * @param id positive identifier
 * @param donorId the donor
 * @param pledgedOn date announced
 * @param amountUsd amount pledged, US$, {@code > 0}
 * @param periodFrom first day of the period the pledge covers
 * @param periodTo last day of that period, not before {@code periodFrom}
 */
public record Pledge(
    long id,
    long donorId,
    LocalDate pledgedOn,
    double amountUsd,
    LocalDate periodFrom,
    LocalDate periodTo) {
  public Pledge {
    Check.id("Pledge", "id", id);
    Check.id("Pledge", "donorId", donorId);
    Check.notNull("Pledge", "pledgedOn", pledgedOn);
    Check.positive("Pledge", "amountUsd", amountUsd);
    Check.notNull("Pledge", "periodFrom", periodFrom);
    Check.notNull("Pledge", "periodTo", periodTo);
    Check.ordered("Pledge", "periodTo", periodFrom, periodTo);
  }
}
