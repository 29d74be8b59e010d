package org.reclaim.store;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The people side's contract on PostgreSQL/PostGIS, with a schema per test as {@link
 * PostgisStoreContractIT} makes them (skipped without a server unless {@code
 * RECLAIM_REQUIRE_POSTGIS=1}).
 */
class PostgisPeopleStoreContractIT extends PeopleStoreContract {
  private final PostgisStoreContractIT schemas = new PostgisStoreContractIT();

  @Override
  protected ReclaimStore openFreshStore() {
    return schemas.openFreshStore();
  }

  @Override
  protected void dispose() {
    schemas.dispose();
  }

  @Override
  protected void dropAppendOnlyTrigger(JdbcTemplate jdbc) {
    jdbc.execute("DROP TRIGGER audit_log_no_change ON audit_log");
  }
}
