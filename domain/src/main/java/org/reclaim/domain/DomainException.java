package org.reclaim.domain;

/**
 * A domain rule was broken: a field has a value the model refuses, or an operation would violate an
 * IMAS invariant. Carries the entity and field so that callers (import reports, API problem
 * documents) can name exactly what was wrong.
 */
public class DomainException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String entity;
  private final String field;

  /**
   * @param entity the kind of record, e.g. {@code "HazardousArea"}
   * @param field the field at fault, or {@code "*"} when the rule spans several fields
   * @param reason what is wrong, in words a user can act on
   */
  public DomainException(String entity, String field, String reason) {
    super(entity + "." + field + ": " + reason);
    this.entity = entity;
    this.field = field;
  }

  /** The kind of record at fault. */
  public String entity() {
    return entity;
  }

  /** The field at fault, or {@code "*"}. */
  public String field() {
    return field;
  }

  /** The reason without the entity and field prefix. */
  public String reason() {
    return getMessage().substring(entity.length() + field.length() + 3);
  }
}
