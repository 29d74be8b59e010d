package org.reclaim.store.funding;

import java.util.List;
import org.reclaim.domain.funding.CostBooking;
import org.reclaim.store.Vendor;
import org.reclaim.store.audit.AuditLog;
import org.reclaim.store.jdbc.JdbcRepository;
import org.reclaim.store.jdbc.TableMapping;
import org.springframework.jdbc.core.JdbcTemplate;

/** Costs booked per task, to a grant or to none. */
public final class CostBookingRepository extends JdbcRepository<CostBooking> {
  public CostBookingRepository(
      TableMapping<CostBooking> mapping, JdbcTemplate jdbc, Vendor vendor, AuditLog audit) {
    super(mapping, jdbc, vendor, audit);
  }

  /** The costs booked on one task, in id order. */
  public List<CostBooking> listByTask(long taskId) {
    return listWhere("task_id = ?", taskId);
  }

  /** The sum booked on one grant so far, USD (0 for none). */
  public double sumBookedOnGrant(long grantId) {
    Double booked =
        jdbc()
            .queryForObject(
                "SELECT COALESCE(SUM(amount_usd), 0) FROM cost_booking WHERE grant_id = ?",
                Double.class,
                grantId);
    return booked == null ? 0 : booked;
  }
}
