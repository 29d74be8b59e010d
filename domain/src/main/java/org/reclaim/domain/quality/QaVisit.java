package org.reclaim.domain.quality;

import java.time.LocalDate;
import org.reclaim.domain.Check;

/**
 * A quality assurance monitoring visit to a task under way (IMAS 07.12): who visited, when, and
 * what was seen. Non-conformities found are recorded apart ({@link NonConformity}).
 *
 * @param id positive identifier
 * @param taskId the task visited
 * @param visitedOn date of the visit
 * @param inspector who visited (QA body), free text
 * @param notes observations, free text, may be empty
 */
public record QaVisit(long id, long taskId, LocalDate visitedOn, String inspector, String notes) {
  private static final String E = "QaVisit";

  public QaVisit {
    Check.id(E, "id", id);
    Check.id(E, "taskId", taskId);
    Check.notNull(E, "visitedOn", visitedOn);
    inspector = Check.notBlank(E, "inspector", inspector);
    notes = notes == null ? "" : notes.strip();
  }
}
