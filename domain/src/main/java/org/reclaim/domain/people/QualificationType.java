package org.reclaim.domain.people;

/**
 * Qualifications given by mine action training courses (IMAS 06.10 and the EOD competency levels of
 * IMAS 09.30): basic demining, team leader, non-technical survey, instructor, EORE facilitation
 * (IMAS 12.10) and field medic (IMAS 10.40).
 */
public enum QualificationType {
  DEMINING,
  TEAM_LEADER,
  NON_TECHNICAL_SURVEY,
  INSTRUCTOR,
  EORE_FACILITATION,
  MEDIC
}
