package org.reclaim.domain.people;

import java.time.LocalDate;
import org.reclaim.domain.Check;
import org.reclaim.domain.DomainException;

/**
 * A member of an operator's staff (IMAS 06.10): deminer, team leader, surveyor, instructor, EORE
 * facilitator or medic, with what disaggregated reports count (sex, age, disability, veteran
 * status; IMAS 05.10).
 *
 * @param id positive identifier
 * @param operatorId the operator employing the person
 * @param teamId the team the person works in, or {@code null} (instructors, staff between teams)
 * @param name name as on the staff list
 * @param role what the person does
 * @param sex sex
 * @param birthYear year of birth
 * @param disability whether the person has a disability (Washington Group definition)
 * @param veteran whether the person is a military veteran
 * @param employedFrom first day of employment in mine action
 */
public record Person(
    long id,
    long operatorId,
    Long teamId,
    String name,
    PersonnelRole role,
    Sex sex,
    int birthYear,
    boolean disability,
    boolean veteran,
    LocalDate employedFrom) {
  private static final String E = "Person";

  public Person {
    Check.id(E, "id", id);
    Check.id(E, "operatorId", operatorId);
    if (teamId != null) {
      Check.id(E, "teamId", teamId);
    }
    name = Check.notBlank(E, "name", name);
    Check.notNull(E, "role", role);
    Check.notNull(E, "sex", sex);
    Check.notNull(E, "employedFrom", employedFrom);
    if (birthYear < 1900 || birthYear > employedFrom.getYear() - 16) {
      throw new DomainException(
          E, "birthYear", "must be 1900 or later and 16 years before employment, not " + birthYear);
    }
  }

  /** The person's SADDD age group on {@code day} (age from the year of birth). */
  public AgeGroup ageGroup(LocalDate day) {
    return AgeGroup.of(Math.max(0, day.getYear() - birthYear));
  }
}
