package org.reclaim.domain.people;

import java.time.LocalDate;
import org.reclaim.domain.Check;
import org.reclaim.domain.DomainException;

/**
 * One trainee's result on a course (IMAS 06.10): passed or failed, and for a pass the qualification
 * held from the award until it lapses, with who certified it.
 *
 * @param id positive identifier
 * @param personId the trainee
 * @param courseId the course
 * @param result passed or failed
 * @param awardedOn the day of the result (the course's last day, usually)
 * @param validUntil last day the qualification is valid; {@code null} when failed
 * @param certifiedBy who certified the result (examiner, the national authority's officer)
 */
public record Qualification(
    long id,
    long personId,
    long courseId,
    Result result,
    LocalDate awardedOn,
    LocalDate validUntil,
    String certifiedBy) {
  private static final String E = "Qualification";

  /** A trainee's result. */
  public enum Result {
    PASSED,
    FAILED
  }

  public Qualification {
    Check.id(E, "id", id);
    Check.id(E, "personId", personId);
    Check.id(E, "courseId", courseId);
    Check.notNull(E, "result", result);
    Check.notNull(E, "awardedOn", awardedOn);
    certifiedBy = Check.notBlank(E, "certifiedBy", certifiedBy);
    if (result == Result.PASSED && validUntil == null) {
      throw new DomainException(E, "validUntil", "required for a passed course");
    }
    if (result == Result.FAILED && validUntil != null) {
      throw new DomainException(E, "validUntil", "a failed course gives no qualification");
    }
    if (validUntil != null) {
      Check.ordered(E, "validUntil", awardedOn, validUntil);
    }
  }

  /** Whether it is a qualification valid on {@code day}. */
  public boolean isValidOn(LocalDate day) {
    return result == Result.PASSED
        && !day.isBefore(awardedOn)
        && validUntil != null
        && !day.isAfter(validUntil);
  }
}
