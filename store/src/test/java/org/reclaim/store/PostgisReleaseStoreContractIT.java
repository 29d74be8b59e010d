package org.reclaim.store;

/**
 * The workflow tables' contract on PostgreSQL/PostGIS, with a schema per test as {@link
 * PostgisStoreContractIT} makes them (skipped without a server unless {@code
 * RECLAIM_REQUIRE_POSTGIS=1}).
 */
class PostgisReleaseStoreContractIT extends ReleaseStoreContract {
  private final PostgisStoreContractIT schemas = new PostgisStoreContractIT();

  @Override
  protected ReclaimStore openFreshStore() {
    return schemas.openFreshStore();
  }

  @Override
  protected void dispose() {
    schemas.dispose();
  }
}
