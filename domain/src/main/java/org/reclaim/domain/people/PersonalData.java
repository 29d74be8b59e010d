package org.reclaim.domain.people;

import org.reclaim.domain.Check;
import org.reclaim.domain.DomainException;

/**
 * A casualty's personal data (IMAS 13.10; personal data in the sense of data protection law): who
 * the person is and how to reach them. It is stored encrypted, read only by the victim assistance
 * role and the administrator (each read audited), never exported to other roles, and erased on the
 * person's request while the casualty's counted record stays.
 *
 * @param name full name
 * @param ageYears age in years at the accident, or {@code null} when unknown
 * @param contact phone, address or a relative's contact, or {@code null}
 * @param injuries the injuries, in the words of the medical record, or {@code null}
 */
public record PersonalData(String name, Integer ageYears, String contact, String injuries) {
  private static final String E = "PersonalData";

  public PersonalData {
    name = Check.notBlank(E, "name", name);
    if (ageYears != null && (ageYears < 0 || ageYears > 130)) {
      throw new DomainException(E, "ageYears", "must be between 0 and 130, not " + ageYears);
    }
    contact = blankToNull(contact);
    injuries = blankToNull(injuries);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  @Override
  public String toString() {
    // never in logs or exception messages
    return "PersonalData[redacted]";
  }
}
