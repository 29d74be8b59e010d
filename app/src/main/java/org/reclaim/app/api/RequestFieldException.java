package org.reclaim.app.api;

/** A request parameter or header has a value the API refuses; names the parameter. */
class RequestFieldException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String field;

  RequestFieldException(String field, String reason) {
    super(field + ": " + reason);
    this.field = field;
  }

  String field() {
    return field;
  }
}
