package org.reclaim.store.release;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.reclaim.domain.handover.Handover;
import org.reclaim.store.Vendor;
import org.reclaim.store.audit.AuditLog;
import org.reclaim.store.jdbc.JdbcRepository;
import org.reclaim.store.jdbc.TableMapping;
import org.springframework.jdbc.core.JdbcTemplate;

/** Handovers of released land, with its use after release. */
public final class HandoverRepository extends JdbcRepository<Handover> {
  public HandoverRepository(
      TableMapping<Handover> mapping, JdbcTemplate jdbc, Vendor vendor, AuditLog audit) {
    super(mapping, jdbc, vendor, audit);
  }

  /** The handovers of one hazardous area, in id order. */
  public List<Handover> listByArea(long hazardousAreaId) {
    return listWhere("hazardous_area_id = ?", hazardousAreaId);
  }

  /**
   * The region of every hazardous area handed over: area id → region id ({@code null} for an area
   * without a region).
   */
  public Map<Long, Long> regionsOfAreasHandedOver() {
    Map<Long, Long> out = new HashMap<>();
    jdbc()
        .query(
            "SELECT a.id, a.region_id FROM hazardous_area a JOIN handover h"
                + " ON h.hazardous_area_id = a.id",
            rs -> {
              long region = rs.getLong(2);
              out.put(rs.getLong(1), rs.wasNull() ? null : region);
            });
    return out;
  }
}
