package org.reclaim.store;

import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.JdbcTemplate;

/** The people side's contract on the embedded H2GIS database. */
class H2PeopleStoreContractIT extends PeopleStoreContract {
  private static final AtomicInteger N = new AtomicInteger();

  @Override
  protected ReclaimStore openFreshStore() {
    return ReclaimStore.open(StoreConfig.inMemory("people" + N.incrementAndGet()));
  }

  @Override
  protected void dropAppendOnlyTrigger(JdbcTemplate jdbc) {
    jdbc.execute("DROP TRIGGER audit_log_no_change");
  }
}
