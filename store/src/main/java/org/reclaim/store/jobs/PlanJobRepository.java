package org.reclaim.store.jobs;

import java.util.List;
import org.reclaim.store.Vendor;
import org.reclaim.store.audit.AuditLog;
import org.reclaim.store.jdbc.JdbcRepository;
import org.reclaim.store.jdbc.TableMapping;
import org.springframework.jdbc.core.JdbcTemplate;

/** Tasking planner solve jobs. */
public final class PlanJobRepository extends JdbcRepository<PlanJob> {
  public PlanJobRepository(
      TableMapping<PlanJob> mapping, JdbcTemplate jdbc, Vendor vendor, AuditLog audit) {
    super(mapping, jdbc, vendor, audit);
  }

  /** Jobs still queued or solving, in id order (left so by a process that stopped). */
  public List<PlanJob> listUnfinished() {
    return listWhere(
        "status IN (?, ?)", PlanJob.Status.QUEUED.name(), PlanJob.Status.SOLVING.name());
  }
}
