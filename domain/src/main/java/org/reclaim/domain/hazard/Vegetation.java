package org.reclaim.domain.hazard;

/** Vegetation class: dense vegetation slows manual clearance and stops some machines. */
public enum Vegetation {
  NONE,
  LIGHT,
  MEDIUM,
  DENSE
}
