package org.reclaim.domain.people;

/** Sex as recorded for disaggregated data (IMAS 05.10, SADDD); unknown where not recorded. */
public enum Sex {
  FEMALE,
  MALE,
  UNKNOWN
}
