package org.reclaim.analysis.criteria;

import java.util.Arrays;

/** A growable list of record ids without boxing: criteria collect millions of them per run. */
final class IdList {
  private long[] ids = new long[4];
  private int size;

  void add(long id) {
    if (size == ids.length) {
      ids = Arrays.copyOf(ids, 2 * size);
    }
    ids[size++] = id;
  }

  int size() {
    return size;
  }

  /** The ids, sorted ascending, in a new array. */
  long[] toSortedArray() {
    long[] out = Arrays.copyOf(ids, size);
    Arrays.sort(out);
    return out;
  }
}
