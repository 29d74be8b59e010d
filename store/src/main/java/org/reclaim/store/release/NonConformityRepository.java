package org.reclaim.store.release;

import java.util.List;
import org.reclaim.domain.quality.NonConformity;
import org.reclaim.store.Vendor;
import org.reclaim.store.audit.AuditLog;
import org.reclaim.store.jdbc.JdbcRepository;
import org.reclaim.store.jdbc.TableMapping;
import org.springframework.jdbc.core.JdbcTemplate;

/** Non-conformities found on QA visits (IMAS 07.12). */
public final class NonConformityRepository extends JdbcRepository<NonConformity> {
  public NonConformityRepository(
      TableMapping<NonConformity> mapping, JdbcTemplate jdbc, Vendor vendor, AuditLog audit) {
    super(mapping, jdbc, vendor, audit);
  }

  /** The non-conformities of one QA visit, in id order. */
  public List<NonConformity> listByVisit(long qaVisitId) {
    return listWhere("qa_visit_id = ?", qaVisitId);
  }

  /** Critical non-conformities not yet closed on any task of one hazardous area. */
  public List<NonConformity> listOpenCriticalInArea(long hazardousAreaId) {
    return listWhere(
        "severity = 'CRITICAL' AND closed_on IS NULL AND qa_visit_id IN (SELECT v.id FROM"
            + " qa_visit v JOIN task t ON t.id = v.task_id WHERE t.hazardous_area_id = ?)",
        hazardousAreaId);
  }
}
