package org.reclaim.domain.funding;

import java.time.LocalDate;
import org.reclaim.domain.Check;

/**
 * Money actually paid out under a grant.
 *
 * @param id positive identifier
 * @param grantId the grant
 * @param disbursedOn date paid
 * @param amountUsd amount, US$, {@code > 0}
 */
public record Disbursement(long id, long grantId, LocalDate disbursedOn, double amountUsd) {
  public Disbursement {
    Check.id("Disbursement", "id", id);
    Check.id("Disbursement", "grantId", grantId);
    Check.notNull("Disbursement", "disbursedOn", disbursedOn);
    Check.positive("Disbursement", "amountUsd", amountUsd);
  }
}
