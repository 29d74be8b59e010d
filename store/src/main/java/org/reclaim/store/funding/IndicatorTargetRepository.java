package org.reclaim.store.funding;

import java.util.List;
import org.reclaim.domain.strategy.IndicatorTarget;
import org.reclaim.store.Vendor;
import org.reclaim.store.audit.AuditLog;
import org.reclaim.store.jdbc.JdbcRepository;
import org.reclaim.store.jdbc.TableMapping;
import org.springframework.jdbc.core.JdbcTemplate;

/** Yearly targets of the national strategy's indicators. */
public final class IndicatorTargetRepository extends JdbcRepository<IndicatorTarget> {
  public IndicatorTargetRepository(
      TableMapping<IndicatorTarget> mapping, JdbcTemplate jdbc, Vendor vendor, AuditLog audit) {
    super(mapping, jdbc, vendor, audit);
  }

  /** The targets of one indicator, in id order. */
  public List<IndicatorTarget> listByIndicator(long indicatorId) {
    return listWhere("indicator_id = ?", indicatorId);
  }
}
