package org.reclaim.store.release;

import java.util.List;
import org.reclaim.domain.quality.QcInspection;
import org.reclaim.store.Vendor;
import org.reclaim.store.audit.AuditLog;
import org.reclaim.store.jdbc.JdbcRepository;
import org.reclaim.store.jdbc.TableMapping;
import org.springframework.jdbc.core.JdbcTemplate;

/** QC post-clearance inspections (IMAS 09.20). */
public final class QcInspectionRepository extends JdbcRepository<QcInspection> {
  public QcInspectionRepository(
      TableMapping<QcInspection> mapping, JdbcTemplate jdbc, Vendor vendor, AuditLog audit) {
    super(mapping, jdbc, vendor, audit);
  }

  /** The inspections of one task, oldest first. */
  public List<QcInspection> listByTask(long taskId) {
    return listWhere("task_id = ?", taskId);
  }
}
