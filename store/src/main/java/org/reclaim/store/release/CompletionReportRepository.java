package org.reclaim.store.release;

import java.util.List;
import java.util.Optional;
import org.reclaim.domain.release.CompletionReport;
import org.reclaim.store.Vendor;
import org.reclaim.store.audit.AuditLog;
import org.reclaim.store.jdbc.JdbcRepository;
import org.reclaim.store.jdbc.TableMapping;
import org.springframework.jdbc.core.JdbcTemplate;

/** Completion reports, at most one per task (IMAS 07.11). */
public final class CompletionReportRepository extends JdbcRepository<CompletionReport> {
  public CompletionReportRepository(
      TableMapping<CompletionReport> mapping, JdbcTemplate jdbc, Vendor vendor, AuditLog audit) {
    super(mapping, jdbc, vendor, audit);
  }

  /** The report of a task, if it has one. */
  public Optional<CompletionReport> findByTask(long taskId) {
    return listWhere("task_id = ?", taskId).stream().findFirst();
  }

  /** The reports on one hazardous area, oldest (lowest id) first. */
  public List<CompletionReport> listByArea(long hazardousAreaId) {
    return listWhere("hazardous_area_id = ?", hazardousAreaId);
  }
}
