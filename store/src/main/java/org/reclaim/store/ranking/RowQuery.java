package org.reclaim.store.ranking;

import java.util.List;
import java.util.Locale;
import org.locationtech.jts.geom.Envelope;

/**
 * Which rows of a ranking run a table page shows: a filter (areas intersecting a box, a text in the
 * area's code or name, a region, a status), an order and a window ({@code offset}, {@code limit}).
 * What the ranking page asks the server for, so that a national run of 200,000 areas is never sent
 * whole.
 *
 * @param box lon/lat; {@code null} for anywhere
 * @param text matched case-insensitively within the code or the name; {@code null} for any
 * @param regionId the area's region; {@code null} for any
 * @param status the area's land-release status (SUSPECTED, CONFIRMED, …); {@code null} for any
 * @param sort one of {@link #SORT_KEYS}
 * @param descending reverse the order (ties stay best rank first)
 */
public record RowQuery(
    Envelope box,
    String text,
    Long regionId,
    String status,
    String sort,
    boolean descending,
    long offset,
    int limit) {

  /**
   * The orders a table can ask for: rank, score (the rank order reversed: ranks are by score),
   * code, name, region (by name), spread (p95 − p5 rank; runs without stability last) and pTop
   * (probability of being in the top N).
   */
  public static final List<String> SORT_KEYS =
      List.of("rank", "score", "code", "name", "region", "spread", "pTop");

  public RowQuery {
    if (!SORT_KEYS.contains(sort)) {
      throw new IllegalArgumentException("sort must be one of " + SORT_KEYS + ", was " + sort);
    }
    text = text == null || text.isBlank() ? null : text.strip().toLowerCase(Locale.ROOT);
    status = status == null || status.isBlank() ? null : status.strip().toUpperCase(Locale.ROOT);
  }

  /** The first {@code limit} rows by rank, anywhere. */
  public static RowQuery first(int limit) {
    return new RowQuery(null, null, null, null, "rank", false, 0, limit);
  }

  /** Whether the filter looks at the register's side of a row (code, name, region, status). */
  boolean filtersAreas() {
    return text != null || regionId != null || status != null;
  }
}
