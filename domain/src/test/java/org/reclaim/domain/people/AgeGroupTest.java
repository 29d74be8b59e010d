package org.reclaim.domain.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.reclaim.domain.DomainException;

class AgeGroupTest {

  @Test
  void groupsFollowSaddd() {
    assertThat(AgeGroup.of(0)).isEqualTo(AgeGroup.AGE_0_4);
    assertThat(AgeGroup.of(4)).isEqualTo(AgeGroup.AGE_0_4);
    assertThat(AgeGroup.of(5)).isEqualTo(AgeGroup.AGE_5_11);
    assertThat(AgeGroup.of(17)).isEqualTo(AgeGroup.AGE_12_17);
    assertThat(AgeGroup.of(18)).isEqualTo(AgeGroup.AGE_18_59);
    assertThat(AgeGroup.of(59)).isEqualTo(AgeGroup.AGE_18_59);
    assertThat(AgeGroup.of(60)).isEqualTo(AgeGroup.AGE_60_PLUS);
    assertThat(AgeGroup.of(17).isChild()).isTrue();
    assertThatThrownBy(() -> AgeGroup.of(-1)).isInstanceOf(DomainException.class);
  }

  @Test
  void personalDataNeverPrintsItself() {
    assertThat(new PersonalData("Olena Petrenko", 34, "+380 50 000 0000", "below-knee").toString())
        .doesNotContain("Olena");
  }
}
