package org.reclaim.domain.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.reclaim.domain.DomainForTest.area;
import static org.reclaim.domain.DomainForTest.release;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reclaim.domain.DomainException;
import org.reclaim.domain.hazard.HazardousArea;

class LandReleaseAccountTest {
  private final HazardousArea area = area(7, 36.2, 50.0);

  @Test
  void booksEachCategoryAndKnowsTheRemainder() {
    double size = area.areaM2(); // 0.001° square at 50° N ≈ 111.2 m × 71.6 m ≈ 7,960 m²
    LandReleaseAccount account =
        LandReleaseAccount.of(
            area,
            List.of(
                release(1, 7, ReleaseCategory.CANCELLED, 3000),
                release(2, 7, ReleaseCategory.REDUCED, 2000),
                release(3, 7, ReleaseCategory.CLEARED, 1000)));
    // 3,000 + 2,000 + 1,000 = 6,000 m² booked; remainder = size − 6,000.
    assertThat(account.releasedM2(ReleaseCategory.CANCELLED)).isEqualTo(3000);
    assertThat(account.releasedM2()).isEqualTo(6000);
    assertThat(account.remainingM2()).isCloseTo(size - 6000, within(1e-6));
    assertThat(account.isFullyReleased()).isFalse();
  }

  @Test
  void refusesMoreThanTheAreasSize() {
    LandReleaseAccount account =
        LandReleaseAccount.open(area)
            .book(release(1, 7, ReleaseCategory.CANCELLED, area.areaM2() - 100));
    assertThatThrownBy(() -> account.book(release(2, 7, ReleaseCategory.CLEARED, 100.5)))
        .isInstanceOf(DomainException.class)
        .hasMessageContaining("areaM2")
        .hasMessageContaining("IMAS 07.11");
    assertThat(account.book(release(2, 7, ReleaseCategory.CLEARED, 100)).isFullyReleased())
        .isTrue();
  }

  @Test
  void refusesTheSameBookingTwice() {
    LandRelease once = release(1, 7, ReleaseCategory.CLEARED, 10);
    LandReleaseAccount account = LandReleaseAccount.open(area).book(once);
    assertThatThrownBy(() -> account.book(once))
        .isInstanceOf(DomainException.class)
        .hasMessageContaining("already booked");
  }

  @Test
  void refusesABookingForAnotherArea() {
    assertThatThrownBy(
            () -> LandReleaseAccount.open(area).book(release(1, 8, ReleaseCategory.CLEARED, 10)))
        .isInstanceOf(DomainException.class)
        .hasMessageContaining("hazardousAreaId");
  }

  @Test
  void bookingDoesNotChangeTheOriginal() {
    LandReleaseAccount empty = LandReleaseAccount.open(area);
    empty.book(release(1, 7, ReleaseCategory.CLEARED, 10));
    assertThat(empty.releasedM2()).isZero();
  }
}
