package org.reclaim.domain.quality;

/**
 * ISO 2859-1 general inspection levels: how much sampling a lot of a given size gets. Level II is
 * the default; I samples less, III more. IMAS 09.20 leaves the level to the national authority.
 */
public enum InspectionLevel {
  I,
  II,
  III
}
