package org.reclaim.domain.quality;

/** Outcome of a QC post-clearance inspection (IMAS 09.20). */
public enum QcResult {
  /** The sample met the plan's acceptance number and no explosive item was found. */
  PASSED,
  /** Too many non-conforming units, or an explosive item in the sample: the task is reopened. */
  FAILED
}
