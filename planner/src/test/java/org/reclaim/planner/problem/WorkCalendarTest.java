package org.reclaim.planner.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reclaim.domain.team.DateRange;

class WorkCalendarTest {
  private static final LocalDate D0 = LocalDate.of(2026, 1, 1);

  // available days 0-2 and 6-9 of a 10-day horizon: 7 days
  private final WorkCalendar calendar =
      WorkCalendar.of(
          D0,
          10,
          List.of(
              new DateRange(D0, D0.plusDays(2)), new DateRange(D0.plusDays(6), D0.plusDays(20))));

  @Test
  void workPausesOverAGapInAvailability() {
    assertThat(calendar.availableDays()).isEqualTo(7);
    // days 1, 2, then 6, 7: ends after day 7, completion day 8
    assertThat(calendar.startDay(1)).isEqualTo(1);
    assertThat(calendar.endDay(1, 4)).isEqualTo(8);
    assertThat(calendar.overrunDays(1, 4)).isZero();
  }

  @Test
  void aStartInAGapMovesToTheNextAvailableDay() {
    assertThat(calendar.startDay(3)).isEqualTo(6);
    assertThat(calendar.endDay(6, 1)).isEqualTo(7);
  }

  @Test
  void overrunCountsDaysBeyondTheHorizon() {
    // from day 6: days 6-9 available (4), 2 more needed past the horizon: ends on day 12
    assertThat(calendar.endDay(6, 6)).isEqualTo(12);
    assertThat(calendar.overrunDays(6, 6)).isEqualTo(2);
    assertThat(calendar.startDay(15)).isEqualTo(15);
    assertThat(calendar.overrunDays(15, 3)).isEqualTo(3);
  }

  @Test
  void emptyAvailabilityMeansAlwaysAvailable() {
    WorkCalendar always = WorkCalendar.of(D0, 5, List.of());
    assertThat(always.availableDays()).isEqualTo(5);
    assertThat(always.endDay(0, 5)).isEqualTo(5);
    assertThat(always.overrunDays(0, 5)).isZero();
    assertThat(always.endDay(2, 0)).isEqualTo(2);
  }
}
