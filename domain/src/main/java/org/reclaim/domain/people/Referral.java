package org.reclaim.domain.people;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.reclaim.domain.Check;
import org.reclaim.domain.DomainException;

/**
 * A referral of a survivor (or a victim's family) to a service (IMAS 13.10 §6: emergency and
 * continuing medical care, rehabilitation, psychosocial support, socio-economic inclusion,
 * education, and laws and policies).
 *
 * @param id positive identifier
 * @param casualtyId the casualty referred
 * @param service the kind of service
 * @param provider the organisation that provides it
 * @param status where the referral stands
 * @param referredOn the day of the referral
 * @param closedOn the day it was completed or declined, or {@code null} while open
 */
public record Referral(
    long id,
    long casualtyId,
    Service service,
    String provider,
    Status status,
    LocalDate referredOn,
    LocalDate closedOn) {
  private static final String E = "Referral";

  /** Services of victim assistance (IMAS 13.10). */
  public enum Service {
    EMERGENCY_MEDICAL,
    PHYSICAL_REHABILITATION,
    PSYCHOSOCIAL,
    ECONOMIC_INCLUSION,
    EDUCATION,
    LEGAL
  }

  /** A referral's status: open while referred or in progress. */
  public enum Status {
    REFERRED,
    IN_PROGRESS,
    COMPLETED,
    DECLINED;

    /** Whether the person still waits for (or is receiving) the service. */
    public boolean isOpen() {
      return this == REFERRED || this == IN_PROGRESS;
    }
  }

  public Referral {
    Check.id(E, "id", id);
    Check.id(E, "casualtyId", casualtyId);
    Check.notNull(E, "service", service);
    provider = Check.notBlank(E, "provider", provider);
    Check.notNull(E, "status", status);
    Check.notNull(E, "referredOn", referredOn);
    if (status.isOpen() && closedOn != null) {
      throw new DomainException(E, "closedOn", "an open referral has no closing day");
    }
    if (!status.isOpen() && closedOn == null) {
      throw new DomainException(E, "closedOn", "required when " + status);
    }
    if (closedOn != null) {
      Check.ordered(E, "closedOn", referredOn, closedOn);
    }
  }

  /** Days the referral has been open on {@code day}; 0 once closed. */
  public long daysOpen(LocalDate day) {
    return status.isOpen() ? Math.max(0, ChronoUnit.DAYS.between(referredOn, day)) : 0;
  }
}
