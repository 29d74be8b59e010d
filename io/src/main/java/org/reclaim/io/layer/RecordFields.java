package org.reclaim.io.layer;

import java.util.Collection;
import org.jspecify.annotations.Nullable;

/**
 * The attribute values of one record, whatever the file format: a CSV row by column name, or a
 * GeoJSON feature's {@code properties}. This is what lets one {@link LayerMapper} per layer serve
 * every format.
 *
 * <p>Lists are given as text with {@code ;} between items (a GeoJSON array is joined that way), and
 * maps as {@code key=value;key=value} (a GeoJSON object is written that way).
 */
public interface RecordFields {

  /**
   * The value of field {@code name} (snake_case, lower case) as text with surrounding whitespace
   * removed, or {@code null} when the field is absent, null or blank.
   */
  @Nullable String text(String name);

  /** Names of every field present in the record, for reporting unknown ones. */
  Collection<String> names();
}
