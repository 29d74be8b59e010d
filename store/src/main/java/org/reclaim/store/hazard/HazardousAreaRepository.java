package org.reclaim.store.hazard;

import java.util.List;
import org.reclaim.domain.hazard.HazardousArea;
import org.reclaim.store.Vendor;
import org.reclaim.store.audit.AuditLog;
import org.reclaim.store.jdbc.JdbcRepository;
import org.reclaim.store.jdbc.TableMapping;
import org.springframework.jdbc.core.JdbcTemplate;

/** Hazardous areas (IMAS 04.10: SHA and CHA), with the register's counts by region. */
public final class HazardousAreaRepository extends JdbcRepository<HazardousArea> {
  public HazardousAreaRepository(
      TableMapping<HazardousArea> mapping, JdbcTemplate jdbc, Vendor vendor, AuditLog audit) {
    super(mapping, jdbc, vendor, audit);
  }

  /**
   * Areas of one region in one status.
   *
   * @param regionId the areas' region ({@code null} for areas without one)
   * @param status the status name ({@link org.reclaim.domain.hazard.HazardStatus})
   * @param areas how many
   * @param areaM2 their summed size, m²
   */
  public record RegionCount(Long regionId, String status, long areas, double areaM2) {}

  /** The areas counted by region and status, ordered by region then status: one grouped query. */
  public List<RegionCount> countByRegionAndStatus() {
    return jdbc()
        .query(
            "SELECT region_id, status, COUNT(*), SUM(area_m2) FROM hazardous_area"
                + " GROUP BY region_id, status ORDER BY region_id, status",
            (rs, i) ->
                new RegionCount(
                    rs.getObject(1, Long.class), rs.getString(2), rs.getLong(3), rs.getDouble(4)));
  }
}
