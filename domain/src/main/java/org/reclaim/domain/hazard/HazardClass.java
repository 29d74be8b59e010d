package org.reclaim.domain.hazard;

/**
 * Whether a hazardous area is suspected or confirmed.
 *
 * <p>IMAS 04.10 and 07.11: a <em>suspected hazardous area</em> (SHA) is one where there is
 * reasonable suspicion of explosive ordnance on the basis of indirect evidence; a <em>confirmed
 * hazardous area</em> (CHA) is one where direct evidence of its presence was found. The class
 * follows from the evidence, see {@link HazardClassifier}.
 */
public enum HazardClass {
  /** Suspected hazardous area: indirect evidence only. */
  SHA,
  /** Confirmed hazardous area: at least one piece of direct evidence. */
  CHA
}
