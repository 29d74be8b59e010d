package org.reclaim.domain.operator;

import org.reclaim.domain.Check;

/**
 * An organisation that carries out mine action: NGO, commercial company or state service.
 *
 * @param id positive identifier
 * @param name registered name
 * @param kind kind of organisation
 * @param country country of registration, ISO 3166-1 alpha-2
 */
public record Operator(long id, String name, Kind kind, String country) {

  /** Kinds of operator. */
  public enum Kind {
    NGO,
    COMMERCIAL,
    STATE
  }

  public Operator {
    Check.id("Operator", "id", id);
    name = Check.notBlank("Operator", "name", name);
    Check.notNull("Operator", "kind", kind);
    country = Check.notBlank("Operator", "country", country);
  }
}
