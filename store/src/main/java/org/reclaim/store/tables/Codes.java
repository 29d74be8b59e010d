package org.reclaim.store.tables;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Text encodings of small sets kept in one column: names or numbers separated by {@code ;}. */
final class Codes {
  private Codes() {}

  static String join(Collection<?> values) {
    return values.stream().map(Object::toString).sorted().collect(Collectors.joining(";"));
  }

  static <E extends Enum<E>> Set<E> enums(Class<E> type, String text) {
    EnumSet<E> set = EnumSet.noneOf(type);
    if (text != null && !text.isBlank()) {
      for (String s : text.split(";")) {
        set.add(Enum.valueOf(type, s.strip()));
      }
    }
    return set;
  }

  static Set<Long> longs(String text) {
    if (text == null || text.isBlank()) {
      return Set.of();
    }
    return Arrays.stream(text.split(";"))
        .map(s -> Long.parseLong(s.strip()))
        .collect(Collectors.toSet());
  }
}
