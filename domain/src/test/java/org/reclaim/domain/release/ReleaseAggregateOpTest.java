package org.reclaim.domain.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReleaseAggregateOpTest {
  private static ReleaseAggregateOp.Fact f(
      long id, ReleaseCategory c, double m2, String on, int items, long region, String method) {
    return new ReleaseAggregateOp.Fact(
        new LandRelease(id, 1, 7L, c, m2, LocalDate.parse(on), items), region, 3L, method);
  }

  @Test
  void sumsByMonthRegionAndMethodWithinThePeriod() {
    List<ReleaseAggregateOp.Fact> facts =
        List.of(
            f(1, ReleaseCategory.CANCELLED, 1000, "2026-04-02", 0, 5, "NTS"),
            f(2, ReleaseCategory.CLEARED, 300, "2026-04-20", 4, 5, "MANUAL"),
            f(3, ReleaseCategory.REDUCED, 200, "2026-05-01", 0, 6, "TS"),
            f(4, ReleaseCategory.CLEARED, 50, "2026-03-31", 1, 6, "MANUAL"));
    LocalDate from = LocalDate.of(2026, 4, 1);
    LocalDate to = LocalDate.of(2026, 5, 31);
    Map<String, ReleaseAggregateOp.Totals> byMonth =
        ReleaseAggregateOp.sum(
            facts, from, to, x -> ReleaseAggregateOp.period(x.release().releasedOn(), true));
    // April: 1,000 cancelled + 300 cleared = 1,300 m², 4 items; March's booking is outside.
    assertThat(byMonth).containsOnlyKeys("2026-04", "2026-05");
    assertThat(byMonth.get("2026-04"))
        .isEqualTo(new ReleaseAggregateOp.Totals(2, 1000, 0, 300, 1300, 4));
    assertThat(byMonth.get("2026-05").reducedM2()).isEqualTo(200);
    Map<String, ReleaseAggregateOp.Totals> byRegion =
        ReleaseAggregateOp.sum(facts, from, to, x -> String.valueOf(x.regionId()));
    assertThat(byRegion.get("5").releasedM2()).isEqualTo(1300);
    assertThat(byRegion.get("6").releasedM2()).isEqualTo(200);
    Map<String, ReleaseAggregateOp.Totals> byMethod =
        ReleaseAggregateOp.sum(facts, from, to, ReleaseAggregateOp.Fact::method);
    assertThat(byMethod.keySet()).containsExactly("MANUAL", "NTS", "TS");
  }
}
