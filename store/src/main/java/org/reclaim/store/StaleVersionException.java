package org.reclaim.store;

/**
 * An update or delete named a version of a record that is no longer current: someone else changed
 * it first. Nothing was written; the caller must re-read and re-apply its change.
 */
public class StaleVersionException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String entity;
  private final long id;
  private final long expectedVersion;

  public StaleVersionException(String entity, long id, long expectedVersion) {
    super(
        entity
            + " "
            + id
            + " was changed by someone else (expected version "
            + expectedVersion
            + "); re-read it and apply the change again");
    this.entity = entity;
    this.id = id;
    this.expectedVersion = expectedVersion;
  }

  public String entity() {
    return entity;
  }

  public long id() {
    return id;
  }

  public long expectedVersion() {
    return expectedVersion;
  }
}
