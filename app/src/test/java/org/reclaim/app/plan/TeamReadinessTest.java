package org.reclaim.app.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reclaim.domain.DomainForTest;
import org.reclaim.domain.team.DateRange;
import org.reclaim.domain.team.Team;

/** A team is tasked only up to the day its people's qualifications are valid to. */
class TeamReadinessTest {
  private static final LocalDate START = LocalDate.of(2026, 7, 1);
  private static final LocalDate UNTIL = LocalDate.of(2026, 8, 15);

  private static Team availableIn(List<DateRange> ranges) {
    Team t = DomainForTest.team(1, 1);
    return new Team(
        t.id(),
        t.operatorId(),
        t.name(),
        t.type(),
        t.base(),
        t.productivity(),
        t.dayRateUsd(),
        ranges);
  }

  @Test
  void anAlwaysAvailableTeamWorksFromTheStartToTheLapse() {
    assertThat(TeamReadiness.cut(availableIn(List.of()), START, UNTIL).orElseThrow().availability())
        .containsExactly(new DateRange(START, UNTIL));
  }

  @Test
  void availabilityIsClippedAtTheLapseAndWindowsAfterItAreDropped() {
    Team t =
        availableIn(
            List.of(
                new DateRange(LocalDate.of(2026, 7, 10), LocalDate.of(2026, 9, 30)),
                new DateRange(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31))));
    assertThat(TeamReadiness.cut(t, START, UNTIL).orElseThrow().availability())
        .containsExactly(new DateRange(LocalDate.of(2026, 7, 10), UNTIL));
  }

  @Test
  void aTeamAvailableOnlyAfterTheLapseIsNotTaskedAtAll() {
    Team t =
        availableIn(List.of(new DateRange(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30))));
    assertThat(TeamReadiness.cut(t, START, UNTIL)).isEmpty();
  }
}
