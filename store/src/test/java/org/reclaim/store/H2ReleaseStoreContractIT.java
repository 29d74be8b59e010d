package org.reclaim.store;

import java.util.concurrent.atomic.AtomicInteger;

/** The workflow tables' contract on the embedded H2GIS database. */
class H2ReleaseStoreContractIT extends ReleaseStoreContract {
  private static final AtomicInteger N = new AtomicInteger();

  @Override
  protected ReclaimStore openFreshStore() {
    return ReclaimStore.open(StoreConfig.inMemory("release-contract" + N.incrementAndGet()));
  }
}
