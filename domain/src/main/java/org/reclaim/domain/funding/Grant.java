package org.reclaim.domain.funding;

import org.reclaim.domain.Check;

/**
 * A signed grant: money a donor commits, earmarked for a region, an activity and a period.
 *
 * @param id positive identifier
 * @param donorId the donor
 * @param pledgeId the pledge it fulfils, or {@code null}
 * @param reference the grant agreement's reference, free text
 * @param amountUsd amount committed, US$, {@code > 0}
 * @param committedOn date signed
 * @param earmark what it may pay for
 */
public record Grant(
    long id,
    long donorId,
    Long pledgeId,
    String reference,
    double amountUsd,
    java.time.LocalDate committedOn,
    Earmark earmark) {
  public Grant {
    Check.id("Grant", "id", id);
    Check.id("Grant", "donorId", donorId);
    reference = Check.notBlank("Grant", "reference", reference);
    Check.positive("Grant", "amountUsd", amountUsd);
    Check.notNull("Grant", "committedOn", committedOn);
    Check.notNull("Grant", "earmark", earmark);
  }
}
