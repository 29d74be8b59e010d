package org.reclaim.planner.greedy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InsertionCacheTest {
  // task 0 may go to teams 0 and 2, task 1 to team 1
  private final InsertionCache cache = new InsertionCache(3, new int[][] {{0, 2}, {1}});
  private final double[] change = new double[2];
  private final int[] at = new int[2];

  @Test
  void answersOnlyWhatItWasTold() {
    assertThat(cache.lookup(0, 0, change, at)).isFalse();
    cache.store(0, 1, -42.5, 3);
    assertThat(cache.lookup(0, 0, change, at)).isFalse();
    assertThat(cache.lookup(0, 1, change, at)).isTrue();
    assertThat(change[1]).isEqualTo(-42.5);
    assertThat(at[1]).isEqualTo(3);
  }

  @Test
  void forgetsATeamWhoseListChangedAndNoOther() {
    cache.store(0, 0, 7, 1);
    cache.store(0, 1, 8, 2);
    cache.changed(2);
    assertThat(cache.lookup(0, 1, change, at)).isFalse();
    assertThat(cache.lookup(0, 0, change, at)).isTrue();
    assertThat(change[0]).isEqualTo(7);
  }

  @Test
  void anUndoneChangeGivesBackWhatWasKnown() {
    cache.store(1, 0, 5, 0);
    long before = cache.version(1);
    cache.changed(1);
    assertThat(cache.lookup(1, 0, change, at)).isFalse();
    cache.restore(1, before);
    assertThat(cache.lookup(1, 0, change, at)).isTrue();
    assertThat(change[0]).isEqualTo(5);
  }

  @Test
  void aChangeAfterAnUndoIsNeverMistakenForAnEarlierOne() {
    long before = cache.version(0);
    cache.changed(0);
    cache.store(0, 0, 1, 0); // priced on the changed list
    cache.restore(0, before); // the change undone
    assertThat(cache.lookup(0, 0, change, at)).isFalse();
    cache.changed(0); // a different change: a version never handed out before
    assertThat(cache.lookup(0, 0, change, at)).isFalse();
  }

  @Test
  void teamsAreDrawnInProportionToTheirShare() {
    // shares 0, 10, 0, 30 as running sums
    double[] cumulative = {0, 10, 10, 40};
    int[] drawn = new int[4];
    for (int i = 0; i < 4_000; i++) {
      drawn[ScheduleImprover.byShare(cumulative, i / 4_000.0)]++;
    }
    assertThat(drawn).containsExactly(0, 1_000, 0, 3_000);
    assertThat(ScheduleImprover.byShare(new double[] {0, 0, 0}, 0.5)).isEqualTo(1);
  }
}
