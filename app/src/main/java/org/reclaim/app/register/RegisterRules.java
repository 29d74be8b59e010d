package org.reclaim.app.register;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.reclaim.domain.DomainException;
import org.reclaim.domain.hazard.HazardousArea;
import org.reclaim.domain.release.LandRelease;
import org.reclaim.domain.release.LandReleaseAccount;
import org.reclaim.domain.task.Task;
import org.reclaim.io.RecordCheck;
import org.reclaim.store.ReclaimStore;
import org.reclaim.store.Versioned;

/**
 * Rules a record must meet against the register as a whole, applied to imports and to the API's
 * creates and updates.
 *
 * <p>IMAS 07.11 §5: land released from an area is booked as cancelled, reduced or cleared, never
 * twice and never more than the area's size. Each land release is booked into its area's {@link
 * LandReleaseAccount}, opened with what the register already holds, so a file (or a request) that
 * would over-release an area is refused naming the record and {@code area_m2}.
 *
 * <p>Not thread safe: one per import or request.
 */
final class RegisterRules implements RecordCheck {
  private final ReclaimStore store;
  private final Long replacingId;
  private final Map<Long, LandReleaseAccount> accounts = new HashMap<>();

  /**
   * @param replacingId the id of the record an update replaces (its old booking is left out of the
   *     account), or {@code null} for new records
   */
  RegisterRules(ReclaimStore store, Long replacingId) {
    this.store = store;
    this.replacingId = replacingId;
  }

  @Override
  public void check(Object record) {
    if (record instanceof LandRelease release) {
      LandReleaseAccount account =
          accounts.computeIfAbsent(release.hazardousAreaId(), this::openAccount);
      if (account != null) {
        accounts.put(release.hazardousAreaId(), account.book(release));
      }
    }
  }

  private LandReleaseAccount openAccount(long areaId) {
    Optional<Versioned<HazardousArea>> area = store.hazardousAreas().findById(areaId);
    if (area.isEmpty()) {
      return null; // a missing area is the reference check's to report
    }
    List<LandRelease> booked =
        store.landReleases().listByArea(areaId).stream()
            .filter(r -> replacingId == null || r.id() != replacingId)
            .toList();
    return LandReleaseAccount.of(area.get().value(), booked);
  }

  /**
   * Refuses an update that moves a hazardous area or a task along a transition its life cycle does
   * not allow (IMAS 07.11 for areas; PLANNED → ASSIGNED → IN_PROGRESS → COMPLETED for tasks).
   *
   * @throws DomainException naming {@code status}
   */
  static void checkTransition(Object before, Object after) {
    if (before instanceof HazardousArea a
        && after instanceof HazardousArea b
        && a.status() != b.status()) {
      a.withStatus(b.status());
    }
    if (before instanceof Task a && after instanceof Task b && a.status() != b.status()) {
      a.withStatus(b.status());
    }
  }
}
