package org.reclaim.io;

import org.reclaim.domain.DomainException;

/**
 * A rule a record must meet against the register as a whole, checked after the record itself is
 * valid: for example that a land release does not book more than its hazardous area still holds
 * (IMAS 07.11). The import module does not know the register; the caller supplies the check, and a
 * refusal becomes an issue naming the record and the field, like any other.
 */
@FunctionalInterface
public interface RecordCheck {
  /** Accepts every record. */
  RecordCheck NONE = record -> {};

  /**
   * Checks one record, in file order, on the importing thread. Records accepted earlier in the same
   * file count: a check may keep state for one import.
   *
   * @throws DomainException naming the field to refuse the record
   */
  void check(Object record);
}
