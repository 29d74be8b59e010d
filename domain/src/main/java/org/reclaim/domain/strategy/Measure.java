package org.reclaim.domain.strategy;

/** What an indicator counts, each computed from the register for a calendar year. */
public enum Measure {
  /** km² released in the year: cancelled + reduced + cleared (IMAS 07.11). */
  RELEASED_KM2,
  /** km² cancelled by non-technical survey (IMAS 08.10). */
  CANCELLED_KM2,
  /** km² reduced by technical survey (IMAS 08.20). */
  REDUCED_KM2,
  /** km² cleared (IMAS 09.10). */
  CLEARED_KM2,
  /** Explosive items found and destroyed during release. */
  ITEMS_DESTROYED,
  /** Hectares of released farmland back in production (the nexus measure). */
  FARMLAND_BACK_HA,
  /**
   * Women's share, in per cent, of the deminers and team leaders employed at the end of the year
   * (IMAS 05.10: gender and diversity in mine action; a strategy may target it).
   */
  WOMEN_IN_DEMINING_PCT,
  /** People reached by explosive ordnance risk education in the year (IMAS 12.10). */
  EORE_BENEFICIARIES,
  /** People who passed a mine action course in the year (IMAS 06.10). */
  PERSONNEL_TRAINED
}
