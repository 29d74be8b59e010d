package org.reclaim.store.jobs;

import static org.reclaim.store.jdbc.Column.ColumnType.DOUBLE;
import static org.reclaim.store.jdbc.Column.ColumnType.INT;
import static org.reclaim.store.jdbc.Column.ColumnType.LONG;
import static org.reclaim.store.jdbc.Column.ColumnType.TEXT;

import java.time.Instant;
import java.util.List;
import org.reclaim.store.jdbc.Column;
import org.reclaim.store.jdbc.TableMapping;

/** Table mappings of solve jobs; instants are stored as ISO 8601 text (UTC). */
public final class JobTables {
  private JobTables() {}

  public static final TableMapping<PlanJob> PLAN_JOB =
      new TableMapping<>(
          "PlanJob",
          "plan_job",
          PlanJob::id,
          List.of(
              Column.of("status", TEXT, PlanJob::status),
              Column.of("submitted_by", TEXT, PlanJob::submittedBy),
              Column.of("submitted_at", TEXT, PlanJob::submittedAt),
              Column.of("updated_at", TEXT, PlanJob::updatedAt),
              Column.of("time_limit_s", INT, PlanJob::timeLimitSeconds),
              Column.of("task_count", INT, PlanJob::taskCount),
              Column.of("team_count", INT, PlanJob::teamCount),
              Column.of("replan_price_days", DOUBLE, PlanJob::replanPriceDays),
              Column.of("hard_score", LONG, PlanJob::hardScore),
              Column.of("objective", DOUBLE, PlanJob::objective),
              Column.of("greedy_objective", DOUBLE, PlanJob::greedyObjective),
              Column.of("score", TEXT, PlanJob::score),
              Column.of("error", TEXT, PlanJob::error)),
          null,
          r ->
              new PlanJob(
                  r.getLong("id"),
                  r.getEnum(PlanJob.Status.class, "status"),
                  r.getText("submitted_by"),
                  Instant.parse(r.getText("submitted_at")),
                  Instant.parse(r.getText("updated_at")),
                  r.getInt("time_limit_s"),
                  r.getInt("task_count"),
                  r.getInt("team_count"),
                  r.findDouble("replan_price_days"),
                  r.findLong("hard_score"),
                  r.findDouble("objective"),
                  r.findDouble("greedy_objective"),
                  r.getText("score"),
                  r.getText("error")));

  public static final TableMapping<PlanDocument> PLAN_DOCUMENT =
      new TableMapping<>(
          "PlanDocument",
          "plan_document",
          PlanDocument::id,
          List.of(
              Column.of("job_id", LONG, PlanDocument::jobId),
              Column.of("kind", TEXT, PlanDocument::kind),
              Column.of("content", TEXT, PlanDocument::content)),
          null,
          r ->
              new PlanDocument(
                  r.getLong("id"),
                  r.getLong("job_id"),
                  r.getEnum(PlanDocument.Kind.class, "kind"),
                  r.getText("content")));
}
