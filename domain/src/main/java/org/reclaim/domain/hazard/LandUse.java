package org.reclaim.domain.hazard;

/** The main use of land, before contamination or after release. */
public enum LandUse {
  AGRICULTURE,
  PASTURE,
  FOREST,
  RESIDENTIAL,
  INFRASTRUCTURE,
  INDUSTRIAL,
  WATER,
  OTHER
}
