package org.reclaim.app.api;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Paging of the API's lists, one convention for all: {@code offset} and {@code limit} (at most
 * {@value #MAX_LIMIT}) choose the window, {@code sort} the order (a property name; a leading {@code
 * -} reverses it), and any other parameter named after a property keeps the items with that value.
 * The body stays the JSON array it always was; {@code X-Total-Count} says how many items matched
 * and {@code Link} (RFC 8288) gives the next page's address while there is one.
 *
 * <p>Lists the database pages itself (a ranking run's rows, the audit log) use {@link #page}; the
 * short ones the server holds whole (runs, profiles, users, models, …) use {@link #of}.
 */
final class Paging {
  static final int MAX_LIMIT = 5_000;
  private static final Set<String> WINDOW = Set.of("offset", "limit", "sort");

  /** What the OpenAPI document says of a paged list's query parameters. */
  static final String PARAMETERS =
      "offset (default 0), limit (default 100, at most 5000), sort (a property; '-' reverses it)"
          + " and property=value filters; X-Total-Count answers how many matched, Link the next"
          + " page";

  private Paging() {}

  /** A page the database cut: the headers for {@code matched} items. */
  static <T> ResponseEntity<List<T>> page(
      List<T> rows, long matched, long offset, int limit, HttpServletRequest request) {
    ResponseEntity.BodyBuilder answer =
        ResponseEntity.ok().header("X-Total-Count", String.valueOf(matched));
    if (offset + rows.size() < matched) {
      answer.header("Link", next(request, Map.of("offset", offset + rows.size(), "limit", limit)));
    }
    return answer.body(rows);
  }

  /**
   * A page cut by a cursor (a log read newest first): while the page is full, {@code Link} names
   * the next one, which starts after {@code key} of this page's last item ({@code param=key}). No
   * total: counting a national audit log on every page would cost more than the page.
   */
  static <T> ResponseEntity<List<T>> cursor(
      List<T> rows, int limit, String param, Function<T, Object> key, HttpServletRequest request) {
    ResponseEntity.BodyBuilder answer = ResponseEntity.ok();
    if (!rows.isEmpty() && rows.size() >= limit) {
      answer.header("Link", next(request, Map.of(param, key.apply(rows.get(rows.size() - 1)))));
    }
    return answer.body(rows);
  }

  /** The {@code Link} to the next page: this request's address with {@code params} replaced. */
  private static String next(HttpServletRequest request, Map<String, Object> params) {
    ServletUriComponentsBuilder uri = ServletUriComponentsBuilder.fromRequest(request);
    params.forEach(uri::replaceQueryParam);
    return "<" + uri.build().toUriString() + ">; rel=\"next\"";
  }

  /**
   * A page of a list held whole, filtered, sorted and windowed by the query parameters {@code
   * params} (see the class comment); {@code defaultLimit} when none is given.
   *
   * @throws RequestFieldException naming the parameter that is not a property of {@code type}, or
   *     whose value is out of range
   */
  static <T extends Record> ResponseEntity<List<T>> of(
      List<T> all,
      Class<T> type,
      Map<String, String> params,
      int defaultLimit,
      HttpServletRequest request) {
    Map<String, RecordComponent> properties =
        Arrays.stream(type.getRecordComponents())
            .collect(Collectors.toMap(RecordComponent::getName, c -> c, (a, b) -> a, TreeMap::new));
    long offset = number(params, "offset", 0, Long.MAX_VALUE, 0);
    int limit = (int) number(params, "limit", 1, MAX_LIMIT, defaultLimit);
    List<T> kept = all;
    for (Map.Entry<String, String> filter : params.entrySet()) {
      if (WINDOW.contains(filter.getKey())) {
        continue;
      }
      RecordComponent c = properties.get(filter.getKey());
      if (c == null) {
        throw new RequestFieldException(
            filter.getKey(),
            "is not a property to filter on; one of " + properties.keySet() + " or " + WINDOW);
      }
      kept =
          kept.stream()
              .filter(item -> String.valueOf(read(c, item)).equalsIgnoreCase(filter.getValue()))
              .toList();
    }
    String sort = params.get("sort");
    if (sort != null) {
      kept = kept.stream().sorted(order(sort, properties)).toList();
    }
    int from = (int) Math.min(offset, kept.size());
    int to = (int) Math.min(kept.size(), from + (long) limit);
    return page(kept.subList(from, to), kept.size(), offset, limit, request);
  }

  private static <T> Comparator<T> order(String sort, Map<String, RecordComponent> properties) {
    boolean descending = sort.startsWith("-");
    RecordComponent c = properties.get(descending ? sort.substring(1) : sort);
    if (c == null || !sortable(c.getType())) {
      throw new RequestFieldException(
          "sort",
          "must name a property to order by (a leading '-' reverses), one of "
              + properties.values().stream()
                  .filter(p -> sortable(p.getType()))
                  .map(RecordComponent::getName)
                  .toList()
              + "; was "
              + sort);
    }
    @SuppressWarnings({"unchecked", "rawtypes"})
    Function<T, Comparable> key = item -> (Comparable) read(c, item);
    @SuppressWarnings({"unchecked", "rawtypes"})
    Comparator<Comparable> values =
        descending ? Comparator.<Comparable>reverseOrder() : Comparator.<Comparable>naturalOrder();
    return Comparator.comparing(key, Comparator.nullsLast(values));
  }

  private static boolean sortable(Class<?> type) {
    return type.isPrimitive() || Comparable.class.isAssignableFrom(type);
  }

  private static Object read(RecordComponent c, Object item) {
    try {
      return c.getAccessor().invoke(item);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + c.getName(), e);
    }
  }

  private static long number(
      Map<String, String> params, String name, long min, long max, long otherwise) {
    String raw = params.get(name);
    if (raw == null) {
      return otherwise;
    }
    long value;
    try {
      value = Long.parseLong(raw.strip());
    } catch (NumberFormatException e) {
      throw new RequestFieldException(
          name, "must be a whole number, was '" + abbreviated(raw) + "'");
    }
    if (value < min || value > max) {
      throw new RequestFieldException(
          name, "must be in " + min + ".." + (max == Long.MAX_VALUE ? "" : max) + ", was " + value);
    }
    return value;
  }

  private static String abbreviated(String raw) {
    return raw.length() > 40 ? raw.substring(0, 40) + "…" : raw;
  }
}
