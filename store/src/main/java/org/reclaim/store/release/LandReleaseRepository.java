package org.reclaim.store.release;

import java.util.List;
import org.reclaim.domain.release.LandRelease;
import org.reclaim.store.Vendor;
import org.reclaim.store.audit.AuditLog;
import org.reclaim.store.jdbc.JdbcRepository;
import org.reclaim.store.jdbc.TableMapping;
import org.springframework.jdbc.core.JdbcTemplate;

/** Land release bookings (IMAS 07.11: cancelled, reduced or cleared m²). */
public final class LandReleaseRepository extends JdbcRepository<LandRelease> {
  public LandReleaseRepository(
      TableMapping<LandRelease> mapping, JdbcTemplate jdbc, Vendor vendor, AuditLog audit) {
    super(mapping, jdbc, vendor, audit);
  }

  /** Every booking on one hazardous area, in id order: the area's land release account. */
  public List<LandRelease> listByArea(long hazardousAreaId) {
    return listWhere("hazardous_area_id = ?", hazardousAreaId);
  }

  /** The bookings one task made, in id order. */
  public List<LandRelease> listByTask(long taskId) {
    return listWhere("task_id = ?", taskId);
  }
}
