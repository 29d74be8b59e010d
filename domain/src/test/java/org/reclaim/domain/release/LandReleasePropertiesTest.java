package org.reclaim.domain.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.reclaim.domain.DomainException;
import org.reclaim.domain.DomainForTest;
import org.reclaim.domain.hazard.HazardStatus;
import org.reclaim.domain.hazard.HazardousArea;
import org.reclaim.domain.task.Task;
import org.reclaim.domain.task.TaskStatus;

/**
 * The land release invariants over any sequence of commands (jqwik generates them and shrinks a
 * failure to the shortest sequence): IMAS 07.11 — released land never exceeds the area, and
 * cancelled + reduced + cleared is what was released; the life cycles never reach a status by a
 * move they do not allow, and a refused move changes nothing.
 */
class LandReleasePropertiesTest {
  private static final HazardousArea AREA = DomainForTest.area(1, 36.2, 50.0);

  /** One booking someone may try: a category and m² (possibly too many). */
  record Booking(ReleaseCategory category, double areaM2) {}

  @Provide
  Arbitrary<List<Booking>> bookings() {
    Arbitrary<Booking> one =
        Combinators.combine(
                Arbitraries.of(ReleaseCategory.values()),
                Arbitraries.doubles().between(0.01, Math.floor(AREA.areaM2() * 0.8)).ofScale(2))
            .as(Booking::new);
    return one.list().ofMaxSize(30);
  }

  @Property(tries = 300)
  void releasedLandNeverExceedsTheAreaAndTheCategoriesAddUp(
      @ForAll("bookings") List<Booking> tries) {
    LandReleaseAccount account = LandReleaseAccount.open(AREA);
    long id = 1;
    for (Booking b : tries) {
      LandRelease release =
          new LandRelease(
              id++, AREA.id(), null, b.category(), b.areaM2(), LocalDate.of(2026, 5, 1), 0);
      double before = account.releasedM2();
      try {
        account = account.book(release);
        assertThat(account.releasedM2()).isCloseTo(before + b.areaM2(), within());
      } catch (DomainException refused) {
        assertThat(refused.field()).isEqualTo("areaM2");
        // refused: it would have gone over the area
        assertThat(before + b.areaM2()).isGreaterThan(AREA.areaM2());
        assertThat(account.releasedM2()).isEqualTo(before);
      }
      assertThat(account.releasedM2())
          .isLessThanOrEqualTo(AREA.areaM2() + LandReleaseAccount.TOLERANCE_M2);
      double sum = 0;
      for (ReleaseCategory c : ReleaseCategory.values()) {
        sum += account.releasedM2(c);
      }
      assertThat(sum).isCloseTo(account.releasedM2(), within());
      // never negative: a booking may reach the area's size within the 0.01 m² tolerance
      assertThat(account.remainingM2())
          .isCloseTo(Math.max(0, AREA.areaM2() - account.releasedM2()), within());
    }
  }

  @Property(tries = 500)
  void aTaskOnlyEverMovesAlongItsLifeCycle(@ForAll("taskMoves") List<TaskStatus> moves) {
    Task task = DomainForTest.task(1, 1, 1L, TaskStatus.PLANNED, 1000);
    List<TaskStatus> path = new ArrayList<>(List.of(task.status()));
    for (TaskStatus target : moves) {
      TaskStatus from = task.status();
      try {
        task = task.withStatus(target);
        assertThat(from.canMoveTo(target)).isTrue();
        path.add(target);
      } catch (DomainException refused) {
        assertThat(from.canMoveTo(target)).isFalse();
        assertThat(task.status()).isEqualTo(from);
      }
    }
    // COMPLETED is only ever reached from work under way (IN_PROGRESS)
    for (int i = 1; i < path.size(); i++) {
      if (path.get(i) == TaskStatus.COMPLETED) {
        assertThat(path.get(i - 1)).isEqualTo(TaskStatus.IN_PROGRESS);
      }
    }
  }

  @Provide
  Arbitrary<List<TaskStatus>> taskMoves() {
    return Arbitraries.of(TaskStatus.values()).list().ofMaxSize(40);
  }

  @Property(tries = 500)
  void aHazardousAreaOnlyEverMovesAlongItsLifeCycle(@ForAll("areaMoves") List<HazardStatus> moves) {
    HazardousArea area = AREA;
    for (HazardStatus target : moves) {
      HazardStatus from = area.status();
      try {
        area = area.withStatus(target);
        assertThat(from.canMoveTo(target)).isTrue();
      } catch (DomainException refused) {
        assertThat(from.canMoveTo(target)).isFalse();
        assertThat(area.status()).isEqualTo(from);
      }
    }
  }

  @Provide
  Arbitrary<List<HazardStatus>> areaMoves() {
    return Arbitraries.of(HazardStatus.values()).list().ofMaxSize(40);
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(1e-6);
  }
}
