package org.reclaim.io;

/**
 * Answers whether a record that a file refers to exists, so that a reference to a missing record
 * ({@code region_id}, {@code operator_id}, {@code hazardous_area_id}, …) is reported as an issue
 * naming the record and the field, instead of surfacing later as a database constraint error. The
 * import module does not know where records are kept; the caller (the register) supplies the check.
 */
@FunctionalInterface
public interface ReferenceCheck {
  /** Accepts every reference: for reading files without a register (tests, dry runs). */
  ReferenceCheck ANY = (layer, id) -> true;

  /** Whether a record of {@code layer} with {@code id} exists. Called on the importing thread. */
  boolean exists(Layer layer, long id);
}
