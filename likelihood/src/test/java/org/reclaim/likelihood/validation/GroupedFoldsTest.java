package org.reclaim.likelihood.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** A region is never on both sides of a fold. */
class GroupedFoldsTest {
  private static void noGroupOnBothSides(GroupedFolds folds, String[] groups) {
    for (int f = 0; f < folds.count(); f++) {
      Set<String> trained = new HashSet<>();
      for (int i : folds.training(f)) {
        trained.add(groups[i]);
      }
      for (int i : folds.validation(f)) {
        assertThat(trained).as("fold %d", f).doesNotContain(groups[i]);
      }
      assertThat(folds.training(f).length + folds.validation(f).length).isEqualTo(groups.length);
    }
  }

  @Test
  void fewGroupsAreLeftOutOneByOne() {
    String[] groups = {"Sonsón", "Granada", "Sonsón", "Cocorná", "Granada", "Sonsón"};
    GroupedFolds folds = GroupedFolds.of(groups);
    assertThat(folds.count()).isEqualTo(3);
    noGroupOnBothSides(folds, groups);
    assertThat(folds.names()).allSatisfy(n -> assertThat(n).hasSize(1));
  }

  @Test
  void manyGroupsAreDealtToFiveBalancedFolds() {
    SplittableRandom r = new SplittableRandom(3);
    String[] groups = new String[5_000];
    for (int i = 0; i < groups.length; i++) {
      groups[i] = "hromada-" + r.nextInt(400);
    }
    GroupedFolds folds = GroupedFolds.of(groups);
    assertThat(folds.count()).isEqualTo(GroupedFolds.DEFAULT_K);
    noGroupOnBothSides(folds, groups);
    for (int f = 0; f < folds.count(); f++) {
      assertThat(folds.validation(f).length).isBetween(900, 1100);
    }
  }

  @Test
  void oneGroupCannotBeValidated() {
    assertThatThrownBy(() -> GroupedFolds.of(new String[] {"a", "a"}))
        .hasMessageContaining("group")
        .hasMessageContaining("at least 2");
  }
}
