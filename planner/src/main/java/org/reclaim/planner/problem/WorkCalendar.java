package org.reclaim.planner.problem;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import org.reclaim.domain.team.DateRange;

/**
 * The days a team can work within the planning horizon, as day numbers from the horizon start (day
 * 0 is the horizon's first day), with the arithmetic every planner in this module schedules by.
 *
 * <p>A task occupies {@code durationDays} available days, not necessarily consecutive: work pauses
 * over a gap in availability (leave, a stand-down) and resumes after it. It runs over the half-open
 * interval {@code [startDay, endDay)}, so {@code endDay} is its completion day in the objective and
 * {@code endDay - 1} its last working day. Days at and beyond the horizon count as available, so a
 * task that does not fit gets a finite end day and a measurable {@link #overrunDays overrun} (the
 * availability constraint penalises it).
 *
 * <p>Immutable; thread safe. All methods are O(1).
 */
public final class WorkCalendar {
  private final int horizonDays;
  private final int[] days;
  private final int[] before;

  private WorkCalendar(int horizonDays, boolean[] available) {
    this.horizonDays = horizonDays;
    int n = 0;
    for (boolean a : available) {
      n += a ? 1 : 0;
    }
    days = new int[n];
    before = new int[horizonDays + 1];
    int k = 0;
    for (int d = 0; d < horizonDays; d++) {
      before[d] = k;
      if (available[d]) {
        days[k++] = d;
      }
    }
    before[horizonDays] = k;
  }

  /**
   * The calendar of a team available over {@code ranges} (inclusive dates; empty means every day)
   * within {@code horizonDays} days from {@code horizonStart}.
   */
  public static WorkCalendar of(LocalDate horizonStart, int horizonDays, List<DateRange> ranges) {
    boolean[] available = new boolean[horizonDays];
    if (ranges.isEmpty()) {
      Arrays.fill(available, true);
    }
    for (DateRange r : ranges) {
      long from = Math.max(0, ChronoUnit.DAYS.between(horizonStart, r.from()));
      long to = Math.min(horizonDays - 1L, ChronoUnit.DAYS.between(horizonStart, r.to()));
      for (long d = from; d <= to; d++) {
        available[(int) d] = true;
      }
    }
    return new WorkCalendar(horizonDays, available);
  }

  /** A team available on every day of the horizon. */
  public static WorkCalendar always(int horizonDays) {
    boolean[] available = new boolean[horizonDays];
    Arrays.fill(available, true);
    return new WorkCalendar(horizonDays, available);
  }

  /** Length of the horizon, days. */
  public int horizonDays() {
    return horizonDays;
  }

  /** Number of available days within the horizon. */
  public int availableDays() {
    return days.length;
  }

  /** The first available day on or after {@code earliestDay} (negative is read as 0). */
  public int startDay(int earliestDay) {
    int d = Math.max(0, earliestDay);
    if (d >= horizonDays) {
      return d;
    }
    int p = before[d];
    return p < days.length ? days[p] : horizonDays;
  }

  /**
   * The completion day (exclusive end) of {@code durationDays} available days worked from {@code
   * startDay}, a day returned by {@link #startDay}. A zero duration ends where it starts.
   */
  public int endDay(int startDay, int durationDays) {
    if (durationDays <= 0) {
      return startDay;
    }
    if (startDay >= horizonDays) {
      return startDay + durationDays;
    }
    int last = before[startDay] + durationDays - 1;
    if (last < days.length) {
      return days[last] + 1;
    }
    return horizonDays + (last - days.length + 1);
  }

  /**
   * Working days of a task started on {@code startDay} that fall outside the team's availability
   * within the horizon; 0 when it fits.
   */
  public int overrunDays(int startDay, int durationDays) {
    if (durationDays <= 0) {
      return 0;
    }
    int left = startDay >= horizonDays ? 0 : days.length - before[Math.max(0, startDay)];
    return Math.max(0, durationDays - left);
  }
}
