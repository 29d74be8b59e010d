package org.reclaim.io.layer;

/**
 * Remembers the first record number for each geometry hash in a primitive open-addressing table:
 * about 24 bytes per record, where a {@code HashMap<Long, Integer>} would take over 60, which
 * counts on files of a million rows.
 *
 * <p>Not thread safe.
 */
final class DuplicateIndex {
  private long[] keys = new long[1024];
  private int[] records = new int[1024];
  private int size;

  /**
   * Remembers {@code record} under {@code hash} unless the hash is already there.
   *
   * @return the record first seen with this hash, or 0 when the hash is new
   */
  int putIfAbsent(long hash, int record) {
    long key = hash == 0 ? 1 : hash; // 0 marks an empty slot
    int mask = keys.length - 1;
    int slot = (int) (key ^ (key >>> 32)) & mask;
    while (keys[slot] != 0) {
      if (keys[slot] == key) {
        return records[slot];
      }
      slot = (slot + 1) & mask;
    }
    keys[slot] = key;
    records[slot] = record;
    if (++size * 2 > keys.length) {
      grow();
    }
    return 0;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldRecords = records;
    keys = new long[oldKeys.length * 2];
    records = new int[oldKeys.length * 2];
    int mask = keys.length - 1;
    for (int i = 0; i < oldKeys.length; i++) {
      long key = oldKeys[i];
      if (key != 0) {
        int slot = (int) (key ^ (key >>> 32)) & mask;
        while (keys[slot] != 0) {
          slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        records[slot] = oldRecords[i];
      }
    }
  }
}
