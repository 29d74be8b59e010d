package org.reclaim.app.api;

/** A change was sent without {@code If-Match}: the API will not risk a lost update. */
class PreconditionRequiredException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  PreconditionRequiredException() {
    super(
        "send If-Match with the version from the record's ETag; updates without it could"
            + " overwrite someone else's change");
  }
}
