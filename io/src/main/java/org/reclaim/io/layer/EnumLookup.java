package org.reclaim.io.layer;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Finds enum constants by name without regard to case, and with {@code -} or a space taken as
 * {@code _} ({@code "ap-mine"}, {@code "AP mine"} and {@code "AP_MINE"} are the same). Exact and
 * lower-case names are found without allocating, which matters on million-row files.
 *
 * <p>Immutable; thread safe.
 *
 * @param <E> the enum type
 */
public final class EnumLookup<E extends Enum<E>> {
  private final Map<String, E> byName = new HashMap<>();
  private final String expected;

  private EnumLookup(Class<E> type) {
    for (E constant : type.getEnumConstants()) {
      byName.put(constant.name(), constant);
      byName.put(constant.name().toLowerCase(Locale.ROOT), constant);
    }
    expected =
        Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
  }

  /** A lookup for {@code type}. */
  public static <E extends Enum<E>> EnumLookup<E> of(Class<E> type) {
    return new EnumLookup<>(type);
  }

  /** The constant named {@code text}, or {@code null} when there is none. */
  public @Nullable E find(String text) {
    E found = byName.get(text);
    if (found == null) {
      found = byName.get(text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
    }
    return found;
  }

  /** The valid names, comma separated, for error messages. */
  public String expected() {
    return expected;
  }
}
