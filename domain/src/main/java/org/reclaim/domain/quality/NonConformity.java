package org.reclaim.domain.quality;

import java.time.LocalDate;
import org.reclaim.domain.Check;

/**
 * A departure from standing operating procedures or the national standard found on a QA visit (IMAS
 * 07.12), with the corrective action required and when it was closed.
 *
 * @param id positive identifier
 * @param qaVisitId the visit that found it
 * @param type what kind of departure, e.g. {@code SOP_DEVIATION}, {@code EQUIPMENT}, {@code
 *     MARKING}, {@code MEDICAL}, {@code DOCUMENTATION}; free text, upper case by convention
 * @param severity how serious
 * @param correctiveAction what must be done
 * @param closedOn when the corrective action was verified, or {@code null} while open
 */
public record NonConformity(
    long id,
    long qaVisitId,
    String type,
    Severity severity,
    String correctiveAction,
    LocalDate closedOn) {
  private static final String E = "NonConformity";

  /**
   * IMAS 07.12 grading: a critical non-conformity stops work until corrected; major ones need
   * corrective action before the task is completed; minor ones are noted.
   */
  public enum Severity {
    MINOR,
    MAJOR,
    CRITICAL
  }

  public NonConformity {
    Check.id(E, "id", id);
    Check.id(E, "qaVisitId", qaVisitId);
    type = Check.notBlank(E, "type", type);
    Check.notNull(E, "severity", severity);
    correctiveAction = Check.notBlank(E, "correctiveAction", correctiveAction);
  }

  /** Whether the corrective action is still outstanding. */
  public boolean isOpen() {
    return closedOn == null;
  }
}
