package org.reclaim.store.hazard;

import org.reclaim.domain.evidence.Evidence;
import org.reclaim.store.Vendor;
import org.reclaim.store.audit.AuditLog;
import org.reclaim.store.jdbc.JdbcRepository;
import org.reclaim.store.jdbc.TableMapping;
import org.springframework.jdbc.core.JdbcTemplate;

/** Evidence: dated, located observations with a source and a reliability. */
public final class EvidenceRepository extends JdbcRepository<Evidence> {
  public EvidenceRepository(
      TableMapping<Evidence> mapping, JdbcTemplate jdbc, Vendor vendor, AuditLog audit) {
    super(mapping, jdbc, vendor, audit);
  }

  /**
   * Drops the evidence table's spatial index. A diagnostic for the import benchmark (how much of an
   * import's time the index takes), never part of how Reclaim runs: bounding-box queries need it.
   */
  public void dropSpatialIndexForDiagnosis() {
    jdbc().execute("DROP INDEX evidence_geom");
  }
}
