package org.reclaim.domain.team;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.reclaim.domain.Check;
import org.reclaim.domain.DomainException;

/**
 * An inclusive range of days.
 *
 * @param from first day
 * @param to last day, not before {@code from}
 */
public record DateRange(LocalDate from, LocalDate to) {
  public DateRange {
    Check.notNull("DateRange", "from", from);
    Check.notNull("DateRange", "to", to);
    Check.ordered("DateRange", "to", from, to);
  }

  /** ISO 8601 interval form {@code 2026-01-01/2026-06-30}. */
  public String toText() {
    return from + "/" + to;
  }

  /**
   * Reads a list of ranges in {@link #toText()} form separated by {@code ;}; blank text is an empty
   * list.
   *
   * @throws DomainException naming the range that cannot be read
   */
  public static List<DateRange> parseList(String text) {
    List<DateRange> ranges = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return ranges;
    }
    for (String part : text.split(";")) {
      String[] ends = part.strip().split("/");
      try {
        ranges.add(new DateRange(LocalDate.parse(ends[0]), LocalDate.parse(ends[ends.length - 1])));
      } catch (DateTimeParseException e) {
        throw new DomainException("DateRange", "availability", "'" + part + "' is not from/to");
      }
    }
    return ranges;
  }

  /** The {@link #toText()} forms of {@code ranges} joined by {@code ;}. */
  public static String toText(List<DateRange> ranges) {
    return String.join(";", ranges.stream().map(DateRange::toText).toList());
  }

  /** Whether {@code day} falls in the range. */
  public boolean contains(LocalDate day) {
    return !day.isBefore(from) && !day.isAfter(to);
  }
}
