package org.reclaim.store;

import java.util.concurrent.atomic.AtomicInteger;

/** The store contract against the embedded H2GIS database (in memory, one per test). */
class H2StoreContractIT extends StoreContract {
  private static final AtomicInteger N = new AtomicInteger();

  @Override
  protected ReclaimStore openFreshStore() {
    return ReclaimStore.open(StoreConfig.inMemory("contract" + N.incrementAndGet()));
  }
}
