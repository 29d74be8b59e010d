package org.reclaim.domain.funding;

import java.time.LocalDate;
import org.reclaim.domain.Check;

/**
 * A cost of a task, booked to the grant that pays it (or to none: the operator's own funds).
 *
 * @param id positive identifier
 * @param taskId the task
 * @param grantId the grant charged, or {@code null}
 * @param bookedOn date of the cost
 * @param amountUsd amount, US$, {@code > 0}
 */
public record CostBooking(
    long id, long taskId, Long grantId, LocalDate bookedOn, double amountUsd) {
  public CostBooking {
    Check.id("CostBooking", "id", id);
    Check.id("CostBooking", "taskId", taskId);
    Check.notNull("CostBooking", "bookedOn", bookedOn);
    Check.positive("CostBooking", "amountUsd", amountUsd);
  }
}
