package org.reclaim.domain.people;

/**
 * What a member of an operator's staff does, and the qualification the role requires (IMAS 06.10:
 * every person working in mine action is trained and qualified for the task they do).
 */
public enum PersonnelRole {
  DEMINER(QualificationType.DEMINING),
  TEAM_LEADER(QualificationType.TEAM_LEADER),
  SURVEYOR(QualificationType.NON_TECHNICAL_SURVEY),
  INSTRUCTOR(QualificationType.INSTRUCTOR),
  EORE_FACILITATOR(QualificationType.EORE_FACILITATION),
  MEDIC(QualificationType.MEDIC);

  private final QualificationType required;

  PersonnelRole(QualificationType required) {
    this.required = required;
  }

  /** The qualification a person in this role must hold, valid, on every working day. */
  public QualificationType requiredQualification() {
    return required;
  }
}
