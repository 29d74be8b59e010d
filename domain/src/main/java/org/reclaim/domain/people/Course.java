package org.reclaim.domain.people;

import org.reclaim.domain.Check;
import org.reclaim.domain.DomainException;
import org.reclaim.domain.team.DateRange;

/**
 * A training course (IMAS 06.10): what qualification it gives, who trained, where and when, and for
 * how long the qualification stays valid before refresher training.
 *
 * @param id positive identifier
 * @param title course title
 * @param qualification the qualification a trainee who passes receives
 * @param provider training provider: a national training centre, an operator, or an international
 *     trainer (another country's military instructor team, an international organisation)
 * @param providerCountry ISO 3166-1 alpha-2 country of the provider
 * @param place where the course was held
 * @param dates first and last day of the course
 * @param validityMonths months a passed qualification stays valid
 */
public record Course(
    long id,
    String title,
    QualificationType qualification,
    String provider,
    String providerCountry,
    String place,
    DateRange dates,
    int validityMonths) {
  private static final String E = "Course";

  public Course {
    Check.id(E, "id", id);
    title = Check.notBlank(E, "title", title);
    Check.notNull(E, "qualification", qualification);
    provider = Check.notBlank(E, "provider", provider);
    providerCountry = Check.notBlank(E, "providerCountry", providerCountry);
    if (!providerCountry.matches("[A-Z]{2}")) {
      throw new DomainException(E, "providerCountry", "must be an ISO 3166-1 alpha-2 code");
    }
    place = Check.notBlank(E, "place", place);
    Check.notNull(E, "dates", dates);
    if (validityMonths < 1 || validityMonths > 120) {
      throw new DomainException(E, "validityMonths", "must be 1 to 120, not " + validityMonths);
    }
  }
}
