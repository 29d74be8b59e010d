package org.reclaim.domain.hazard;

/** Terrain class: drives which assets can work an area and how fast. */
public enum Terrain {
  FLAT,
  ROLLING,
  STEEP,
  WETLAND,
  URBAN
}
