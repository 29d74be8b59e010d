package org.reclaim.store;

import java.sql.SQLException;

/**
 * The embedded database is open in another process: H2 lets one process at a time hold a database
 * file. Thrown by {@link ReclaimStore#open} instead of the driver's error, so that the caller can
 * say who holds it and what to do.
 */
public final class StoreInUseException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** H2's error code for a database file locked by another process. */
  static final int H2_DATABASE_ALREADY_OPEN = 90020;

  private final transient StoreConfig config;

  StoreInUseException(StoreConfig config, Throwable cause) {
    super(config + " is open in another process", cause);
    this.config = config;
  }

  /** The register that could not be opened. */
  public StoreConfig config() {
    return config;
  }

  /** {@code failure} as a {@link StoreInUseException} when the file lock caused it; else itself. */
  static RuntimeException ifLocked(StoreConfig config, RuntimeException failure) {
    if (config.vendor() != Vendor.H2) {
      return failure;
    }
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLException sql && sql.getErrorCode() == H2_DATABASE_ALREADY_OPEN) {
        return new StoreInUseException(config, failure);
      }
    }
    return failure;
  }
}
