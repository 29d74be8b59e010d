package org.reclaim.domain.funding;

import org.reclaim.domain.Check;

/**
 * A donor: a government, fund or foundation that pledges money to mine action.
 *
 * @param id positive identifier
 * @param name name as published
 * @param country ISO 3166-1 alpha-2 code, or {@code XX} for multilateral funds
 */
public record Donor(long id, String name, String country) {
  public Donor {
    Check.id("Donor", "id", id);
    name = Check.notBlank("Donor", "name", name);
    country = Check.notBlank("Donor", "country", country);
    if (!country.matches("[A-Z]{2}")) {
      throw new org.reclaim.domain.DomainException(
          "Donor", "country", "must be two upper-case letters (ISO 3166-1), was " + country);
    }
  }
}
