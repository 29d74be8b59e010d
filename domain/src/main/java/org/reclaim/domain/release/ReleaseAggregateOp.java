package org.reclaim.domain.release;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Sums land release bookings by any grouping — period, region, operator, method — for the
 * operations reports: m² cancelled, reduced, cleared and in all, and items found (IMAS 07.11 §5
 * categories). Bookings outside {@code [from, to]} are left out.
 *
 * <p>Pure function; thread safe.
 */
public final class ReleaseAggregateOp {
  private ReleaseAggregateOp() {}

  /**
   * A booking with the attributes reports group by.
   *
   * @param regionId the area's region, or {@code null}
   * @param operatorId the operator of the task's team, or {@code null} (no task or no team)
   * @param method the task's method name, or {@code "NONE"} for bookings without a task
   */
  public record Fact(LandRelease release, Long regionId, Long operatorId, String method) {}

  /** One group's sums. */
  public record Totals(
      int bookings,
      double cancelledM2,
      double reducedM2,
      double clearedM2,
      double releasedM2,
      int itemsFound) {}

  /** The period key of a date: {@code 2026-04} by month or {@code 2026} by year. */
  public static String period(LocalDate d, boolean monthly) {
    return monthly ? d.toString().substring(0, 7) : String.valueOf(d.getYear());
  }

  /** Sums per group, groups sorted by key. */
  public static Map<String, Totals> sum(
      List<Fact> facts, LocalDate from, LocalDate to, Function<Fact, String> key) {
    Map<String, double[]> acc = new TreeMap<>();
    for (Fact f : facts) {
      LandRelease r = f.release();
      if (r.releasedOn().isBefore(from) || r.releasedOn().isAfter(to)) {
        continue;
      }
      double[] a = acc.computeIfAbsent(key.apply(f), k -> new double[5]);
      a[0]++;
      a[1 + r.category().ordinal()] += r.areaM2();
      a[4] += r.itemsFound();
    }
    Map<String, Totals> out = new TreeMap<>();
    acc.forEach(
        (k, a) ->
            out.put(k, new Totals((int) a[0], a[1], a[2], a[3], a[1] + a[2] + a[3], (int) a[4])));
    return out;
  }
}
