package org.reclaim.io.crs;

/** A declared coordinate reference system that Reclaim cannot recognise or transform from. */
public class UnknownCrsException extends Exception {
  private static final long serialVersionUID = 1L;

  /** An exception whose message says which CRS and what is accepted. */
  public UnknownCrsException(String message) {
    super(message);
  }
}
