package org.reclaim.domain.funding;

import java.time.LocalDate;
import org.reclaim.domain.DomainException;

/**
 * A half-year, the period of pledge reporting (January–June, July–December), written {@code
 * 2026-H1}.
 *
 * @param year calendar year
 * @param half 1 or 2
 */
public record HalfYear(int year, int half) implements Comparable<HalfYear> {
  public HalfYear {
    if (half != 1 && half != 2) {
      throw new DomainException("HalfYear", "half", "must be 1 or 2, was " + half);
    }
  }

  /** The half-year a date falls in. */
  public static HalfYear of(LocalDate date) {
    return new HalfYear(date.getYear(), date.getMonthValue() <= 6 ? 1 : 2);
  }

  /** Parses {@code 2026-H1}; refuses anything else naming {@code half}. */
  public static HalfYear parse(String text) {
    if (text == null || !text.matches("\\d{4}-H[12]")) {
      throw new DomainException("HalfYear", "half", "must be like 2026-H1, was " + text);
    }
    return new HalfYear(Integer.parseInt(text.substring(0, 4)), text.charAt(6) - '0');
  }

  /** First day. */
  public LocalDate start() {
    return LocalDate.of(year, half == 1 ? 1 : 7, 1);
  }

  /** Last day. */
  public LocalDate end() {
    return half == 1 ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31);
  }

  /** Whether {@code date} falls in this half-year. */
  public boolean contains(LocalDate date) {
    return !date.isBefore(start()) && !date.isAfter(end());
  }

  @Override
  public int compareTo(HalfYear o) {
    return year != o.year ? Integer.compare(year, o.year) : Integer.compare(half, o.half);
  }

  @Override
  public String toString() {
    return year + "-H" + half;
  }
}
