package org.reclaim.io.layer;

import java.util.Collection;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A record's values gathered in a map before mapping, for formats whose readers collect a whole
 * record first: KML placemarks (their {@code ExtendedData}) and survey form submissions (their
 * answers under Reclaim's field names).
 *
 * <p>Wraps the map given, without copying: not thread safe, and the map must not change while the
 * record is mapped.
 */
public final class MapRecordFields implements RecordFields {
  private final Map<String, String> values;

  /**
   * @param values field name (snake_case, lower case) to value as text; blank values count as
   *     absent
   */
  public MapRecordFields(Map<String, String> values) {
    this.values = values;
  }

  @Override
  public @Nullable String text(String name) {
    String value = values.get(name);
    if (value == null) {
      return null;
    }
    value = value.strip();
    return value.isEmpty() ? null : value;
  }

  @Override
  public Collection<String> names() {
    return values.keySet();
  }
}
