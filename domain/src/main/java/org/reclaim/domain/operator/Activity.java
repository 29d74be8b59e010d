package org.reclaim.domain.operator;

/** Mine action activities an operator is accredited for (IMAS 07.30). */
public enum Activity {
  /** Non-technical survey (IMAS 08.10). */
  NTS,
  /** Technical survey (IMAS 08.20). */
  TS,
  /** Manual clearance (IMAS 09.10). */
  MANUAL_CLEARANCE,
  /** Mechanical demining (IMAS 09.50). */
  MECHANICAL,
  /** Mine detection dogs (IMAS 09.40). */
  MDD,
  /** Explosive ordnance disposal (IMAS 09.30). */
  EOD,
  /** Explosive ordnance risk education (IMAS 12.10). */
  EORE
}
