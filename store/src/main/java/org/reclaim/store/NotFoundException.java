package org.reclaim.store;

/** A record asked for by id does not exist. */
public class NotFoundException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public NotFoundException(String entity, long id) {
    super(entity + " " + id + " does not exist");
  }

  /** For what is not a record with a key; {@code message} says what is missing. */
  protected NotFoundException(String message) {
    super(message);
  }

  /** For records keyed by name (e.g. a policy profile). */
  public NotFoundException(String entity, String key) {
    super(entity + " '" + key + "' does not exist");
  }
}
