package org.reclaim.domain.people;

import org.reclaim.domain.Check;

/**
 * A person killed or injured in an accident (IMAS 13.10), as the register keeps it for counting:
 * sex, SADDD age group, outcome, who they were (civilian, deminer, military) and whether they have
 * a disability now or are a veteran. Name, exact age, contact and injuries are {@link
 * PersonalData}, kept apart: records read from the register carry none ({@code personal} is {@code
 * null}); a record being imported or created may carry it on its way to the encrypted store.
 *
 * @param id positive identifier
 * @param accidentId the accident
 * @param sex sex
 * @param ageGroup SADDD age group at the accident
 * @param outcome killed or injured
 * @param category civilian, deminer or military
 * @param disability whether the person lives with a disability (after the accident, for survivors)
 * @param veteran whether the person is a military veteran
 * @param personal personal data on its way in, or {@code null}
 */
public record Casualty(
    long id,
    long accidentId,
    Sex sex,
    AgeGroup ageGroup,
    Outcome outcome,
    Category category,
    boolean disability,
    boolean veteran,
    PersonalData personal) {
  private static final String E = "Casualty";

  /** Killed or injured. */
  public enum Outcome {
    KILLED,
    INJURED
  }

  /** Who the casualty was (IMAS 13.10 reports civilians apart from deminers and the military). */
  public enum Category {
    CIVILIAN,
    DEMINER,
    MILITARY
  }

  public Casualty {
    Check.id(E, "id", id);
    Check.id(E, "accidentId", accidentId);
    Check.notNull(E, "sex", sex);
    Check.notNull(E, "ageGroup", ageGroup);
    Check.notNull(E, "outcome", outcome);
    Check.notNull(E, "category", category);
  }

  /** This record without its personal data. */
  public Casualty withoutPersonalData() {
    return personal == null
        ? this
        : new Casualty(id, accidentId, sex, ageGroup, outcome, category, disability, veteran, null);
  }

  /** Whether the person survived (and so may be referred to services). */
  public boolean isSurvivor() {
    return outcome == Outcome.INJURED;
  }
}
