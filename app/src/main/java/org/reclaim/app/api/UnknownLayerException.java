package org.reclaim.app.api;

/** The path names no layer the API serves. */
class UnknownLayerException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UnknownLayerException(String message) {
    super(message);
  }
}
