package org.reclaim.domain.hazard;

/** Kinds of explosive ordnance contamination (IMAS 04.10 terms). */
public enum ContaminationType {
  /** Anti-personnel mines. */
  AP_MINE,
  /** Anti-vehicle (anti-tank) mines. */
  AT_MINE,
  /** Cluster munition remnants. */
  CLUSTER_MUNITION,
  /** Unexploded and abandoned ordnance (explosive remnants of war). */
  UXO_ERW,
  /** Improvised explosive devices. */
  IED
}
