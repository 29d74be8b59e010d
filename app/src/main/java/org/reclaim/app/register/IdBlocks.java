package org.reclaim.app.register;

import java.util.function.LongSupplier;
import org.reclaim.store.IdAllocator;

/**
 * Hands out ids one at a time from blocks reserved in the store, so an import of a million records
 * makes a hundred round trips to the id counter, not a million. Not thread safe: one per import.
 */
final class IdBlocks implements LongSupplier {
  private static final int BLOCK = 10_000;
  private final IdAllocator allocator;
  private final String table;
  private final java.util.function.BiConsumer<Long, Long> onBlock;
  private long next;
  private long end;

  IdBlocks(IdAllocator allocator, String table) {
    this(allocator, table, (first, last) -> {});
  }

  /** Blocks reported to {@code onBlock} (first id, last id) as they are reserved. */
  IdBlocks(IdAllocator allocator, String table, java.util.function.BiConsumer<Long, Long> onBlock) {
    this.allocator = allocator;
    this.table = table;
    this.onBlock = onBlock;
  }

  @Override
  public long getAsLong() {
    if (next == end) {
      next = allocator.allocate(table, BLOCK);
      end = next + BLOCK;
      onBlock.accept(next, end - 1);
    }
    return next++;
  }
}
