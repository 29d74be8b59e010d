package org.reclaim.store.jobs;

import java.util.List;
import java.util.Optional;
import org.reclaim.store.Vendor;
import org.reclaim.store.audit.AuditLog;
import org.reclaim.store.jdbc.JdbcRepository;
import org.reclaim.store.jdbc.TableMapping;
import org.springframework.jdbc.core.JdbcTemplate;

/** The JSON documents of solve jobs: problem, previous plan, result, analysis. */
public final class PlanDocumentRepository extends JdbcRepository<PlanDocument> {
  public PlanDocumentRepository(
      TableMapping<PlanDocument> mapping, JdbcTemplate jdbc, Vendor vendor, AuditLog audit) {
    super(mapping, jdbc, vendor, audit);
  }

  /** The document of one kind of a job, if it has been written. */
  public Optional<PlanDocument> find(long jobId, PlanDocument.Kind kind) {
    return listWhere("job_id = ? AND kind = ?", jobId, kind.name()).stream().findFirst();
  }

  /** Every document of a job, in the order written. */
  public List<PlanDocument> listByJob(long jobId) {
    return listWhere("job_id = ?", jobId);
  }
}
