package org.reclaim.store.jobs;

import java.util.Objects;

/**
 * A JSON document of a solve job: the problem as submitted, the plan it replaces (for a re-plan),
 * the plan, or the score analysis. At most one of each kind per job; written once, never updated.
 *
 * @param id document id
 * @param jobId the job it belongs to
 * @param kind what it holds
 * @param content the JSON text
 */
public record PlanDocument(long id, long jobId, Kind kind, String content) {
  /** What a document holds. */
  public enum Kind {
    /** The problem as submitted ({@code problem.json}). */
    PROBLEM,
    /** For a re-plan: the plan being replaced (the earlier job's result). */
    PREVIOUS,
    /** The solver's plan beside the greedy baseline. */
    RESULT,
    /** The solver's score by constraint. */
    ANALYSIS
  }

  public PlanDocument {
    Objects.requireNonNull(kind, "PlanDocument.kind");
    Objects.requireNonNull(content, "PlanDocument.content");
  }
}
