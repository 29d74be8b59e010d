package org.reclaim.domain.strategy;

/**
 * Achievement grade of an indicator in a year, the four steps of a policy evaluation sheet (as in
 * Japan's ministries' yearly evaluations: achieved, considerable progress, some progress, not
 * progressing).
 */
public enum Grade {
  MET,
  MOSTLY_MET,
  PROGRESSING,
  NOT_MET
}
