package org.reclaim.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reclaim.domain.DomainForTest.settlement;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A thread interrupted while the embedded store writes its file for it — as a server's request
 * threads are when it stops, or an executor's when it is shut down — does not close the database
 * for everyone else: Java closes a file channel whose thread is interrupted in the middle of an
 * operation, and H2 then closes the whole database ("The database has been closed"), which leaves
 * it as if the process had been killed.
 */
class InterruptedThreadsTest {
  @TempDir Path dir;

  @Test
  void interruptingAWritingThreadLeavesTheEmbeddedStoreOpenAndWhole() throws Exception {
    AtomicInteger written = new AtomicInteger();
    try (ReclaimStore store = ReclaimStore.open(StoreConfig.embedded(dir))) {
      Thread writer =
          new Thread(
              () -> {
                for (int i = 0; i < 300; i++) {
                  try {
                    store.settlements().insert(settlement(10 + i, 36.0, 50.0), "analyst");
                    written.incrementAndGet();
                  } catch (RuntimeException e) {
                    // a write whose thread was interrupted may fail; the store must not
                  }
                }
              });
      writer.start();
      while (writer.isAlive()) {
        writer.interrupt();
        Thread.sleep(0, 200_000);
      }
      store.settlements().insert(settlement(5_000, 36.1, 50.1), "analyst");
      assertThat(store.settlements().count()).isEqualTo(written.get() + 1L);
    }
    assertThat(written.get()).isPositive();
    try (ReclaimStore store = ReclaimStore.open(StoreConfig.embedded(dir))) {
      assertThat(store.settlements().count()).isEqualTo(written.get() + 1L);
      assertThat(store.audit().chain().verify().intact()).isTrue();
    }
  }
}
