package org.reclaim.domain.evidence;

import org.reclaim.domain.Check;

/**
 * Ties a piece of evidence to a hazardous area it bears on.
 *
 * @param evidenceId the evidence
 * @param hazardousAreaId the area
 * @param relation whether it supports or contradicts the suspicion
 */
public record EvidenceLink(long evidenceId, long hazardousAreaId, Relation relation) {

  /** How evidence bears on an area. */
  public enum Relation {
    SUPPORTS,
    CONTRADICTS
  }

  public EvidenceLink {
    Check.id("EvidenceLink", "evidenceId", evidenceId);
    Check.id("EvidenceLink", "hazardousAreaId", hazardousAreaId);
    Check.notNull("EvidenceLink", "relation", relation);
  }
}
