package org.reclaim.domain.evidence;

/**
 * IMSMA / IMAS 07.11 distinction between evidence that shows explosive ordnance is present and
 * evidence that only makes it plausible.
 */
public enum EvidenceClass {
  /** Shows presence: item seen or found, confirmed detection, accident. Makes an area a CHA. */
  DIRECT,
  /** Makes presence plausible: combat history, front-line position, hearsay. Supports an SHA. */
  INDIRECT
}
