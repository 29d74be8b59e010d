package org.reclaim.domain.release;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.reclaim.domain.Check;
import org.reclaim.domain.DomainException;
import org.reclaim.domain.hazard.HazardousArea;

/**
 * The land release account of one hazardous area: what has been booked as cancelled, reduced or
 * cleared, and what remains.
 *
 * <p>IMAS 07.11 §5: released area is booked as cancelled, reduced or cleared, never twice, and
 * never more than the area's size. {@link #book(LandRelease)} refuses a booking that would break
 * either rule, so every account that exists satisfies them.
 *
 * <p>Immutable: booking returns a new account. Thread safe.
 */
public final class LandReleaseAccount {
  /**
   * Rounding slack, m². Areas are measured in floating point from polygons; a release that covers
   * the whole area may differ from the area's own measure in the last digits.
   */
  public static final double TOLERANCE_M2 = 0.01;

  private final long hazardousAreaId;
  private final double areaM2;
  private final List<LandRelease> bookings;
  private final Set<Long> bookingIds;
  private final Map<ReleaseCategory, Double> byCategory;
  private final double releasedM2;

  private LandReleaseAccount(long hazardousAreaId, double areaM2, List<LandRelease> bookings) {
    this.hazardousAreaId = hazardousAreaId;
    this.areaM2 = areaM2;
    this.bookings = Collections.unmodifiableList(bookings);
    this.bookingIds = new HashSet<>();
    this.byCategory = new EnumMap<>(ReleaseCategory.class);
    double sum = 0;
    for (LandRelease r : bookings) {
      bookingIds.add(r.id());
      byCategory.merge(r.category(), r.areaM2(), Double::sum);
      sum += r.areaM2();
    }
    this.releasedM2 = sum;
  }

  /** An empty account for {@code area}. */
  public static LandReleaseAccount open(HazardousArea area) {
    return new LandReleaseAccount(area.id(), area.areaM2(), new ArrayList<>());
  }

  /** An account holding {@code releases}, checked one by one as if booked in order. */
  public static LandReleaseAccount of(HazardousArea area, List<LandRelease> releases) {
    LandReleaseAccount account = open(area);
    for (LandRelease r : releases) {
      account = account.book(r);
    }
    return account;
  }

  /**
   * A new account with {@code release} booked.
   *
   * @throws DomainException if the release belongs to another area, was booked already, or would
   *     bring the released total above the area's size
   */
  public LandReleaseAccount book(LandRelease release) {
    Check.notNull("LandRelease", "*", release);
    if (release.hazardousAreaId() != hazardousAreaId) {
      throw new DomainException(
          "LandRelease",
          "hazardousAreaId",
          "booking "
              + release.id()
              + " is for area "
              + release.hazardousAreaId()
              + ", not area "
              + hazardousAreaId);
    }
    if (bookingIds.contains(release.id())) {
      throw new DomainException(
          "LandRelease", "id", "booking " + release.id() + " is already booked (IMAS 07.11)");
    }
    if (releasedM2 + release.areaM2() > areaM2 + TOLERANCE_M2) {
      throw new DomainException(
          "LandRelease",
          "areaM2",
          String.format(
              "booking %d of %.2f m² would release %.2f m² of an area of %.2f m² (IMAS 07.11:"
                  + " never more than the area's size)",
              release.id(), release.areaM2(), releasedM2 + release.areaM2(), areaM2));
    }
    List<LandRelease> next = new ArrayList<>(bookings);
    next.add(release);
    return new LandReleaseAccount(hazardousAreaId, areaM2, next);
  }

  /** m² booked in {@code category}. */
  public double releasedM2(ReleaseCategory category) {
    return byCategory.getOrDefault(category, 0.0);
  }

  /** m² booked in all categories. */
  public double releasedM2() {
    return releasedM2;
  }

  /** m² still hazardous; never negative. */
  public double remainingM2() {
    return Math.max(0, areaM2 - releasedM2);
  }

  /** Whether all of the area is accounted for (to {@link #TOLERANCE_M2}). */
  public boolean isFullyReleased() {
    return remainingM2() <= TOLERANCE_M2;
  }

  /** Bookings in the order they were made. */
  public List<LandRelease> bookings() {
    return bookings;
  }
}
