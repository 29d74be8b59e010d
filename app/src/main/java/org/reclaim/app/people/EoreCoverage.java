package org.reclaim.app.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.index.strtree.STRtree;
import org.reclaim.domain.context.Settlement;
import org.reclaim.domain.geometry.DistanceOp;
import org.reclaim.domain.hazard.HazardStatus;
import org.reclaim.domain.hazard.HazardousArea;
import org.reclaim.domain.people.EoreSession;
import org.reclaim.store.ReclaimStore;
import org.springframework.stereotype.Service;

/**
 * EORE coverage of the settlements exposed to hazardous areas (IMAS 12.10 §5: risk education goes
 * first to the communities living near contamination). A settlement is exposed when land not yet
 * released lies within {@code radiusM} of it; it is reached when an EORE session was held in it
 * (its {@code settlement_id}) or within {@link #REACH_M} of it in the last {@code months} months.
 *
 * <p>Thread safe; reads a snapshot per call.
 */
@Service
public class EoreCoverage {
  /** How near a session must be held to reach a settlement without naming it, metres. */
  public static final double REACH_M = 2_000;

  private static final double M_PER_DEGREE = 111_320;

  private final ReclaimStore store;

  /**
   * One exposed settlement.
   *
   * @param settlementId the settlement
   * @param name its name
   * @param population its population
   * @param regionId its region, or {@code null}
   * @param location where it is
   * @param nearestHazardM distance to the nearest land not yet released, metres
   * @param lastSessionOn the last EORE session reaching it in the window, or {@code null}
   * @param reached whether a session reached it in the window
   */
  public record Exposed(
      long settlementId,
      String name,
      int population,
      Long regionId,
      Point location,
      double nearestHazardM,
      LocalDate lastSessionOn,
      boolean reached) {}

  public EoreCoverage(ReclaimStore store) {
    this.store = store;
  }

  /** Every exposed settlement on {@code today}, unreached first, then by population. */
  public List<Exposed> exposed(LocalDate today, int months, double radiusM) {
    STRtree areas = new STRtree();
    for (HazardousArea a : store.hazardousAreas().listAll()) {
      if (a.status() != HazardStatus.RELEASED) {
        areas.insert(a.geometry().getEnvelopeInternal(), a.geometry());
      }
    }
    LocalDate since = today.minusMonths(months);
    List<EoreSession> recent =
        store.people().eoreSessions().listAll().stream()
            .filter(s -> !s.heldOn().isBefore(since) && !s.heldOn().isAfter(today))
            .toList();
    STRtree sessions = new STRtree();
    Map<Long, LocalDate> named = new HashMap<>();
    for (EoreSession s : recent) {
      sessions.insert(s.location().getEnvelopeInternal(), s);
      if (s.settlementId() != null) {
        named.merge(s.settlementId(), s.heldOn(), (a, b) -> a.isAfter(b) ? a : b);
      }
    }
    List<Exposed> out = new ArrayList<>();
    for (Settlement s : store.settlements().listAll()) {
      double nearest = nearestM(areas, s.location(), radiusM);
      if (nearest > radiusM) {
        continue;
      }
      LocalDate last = named.get(s.id());
      for (Object o : sessions.query(around(s.location(), REACH_M))) {
        EoreSession e = (EoreSession) o;
        if (DistanceOp.distanceM(e.location(), s.location()) <= REACH_M
            && (last == null || e.heldOn().isAfter(last))) {
          last = e.heldOn();
        }
      }
      out.add(
          new Exposed(
              s.id(),
              s.name(),
              s.population(),
              s.regionId(),
              s.location(),
              Math.round(nearest),
              last,
              last != null));
    }
    out.sort(
        Comparator.comparing(Exposed::reached)
            .thenComparing(Comparator.comparingInt(Exposed::population).reversed()));
    return out;
  }

  private static double nearestM(STRtree areas, Point p, double radiusM) {
    double best = Double.POSITIVE_INFINITY;
    for (Object o : areas.query(around(p, radiusM))) {
      best = Math.min(best, DistanceOp.distanceM((Geometry) o, p));
    }
    return best;
  }

  private static Envelope around(Point p, double m) {
    double dLat = m / M_PER_DEGREE;
    double dLon = m / (M_PER_DEGREE * Math.max(0.1, Math.cos(Math.toRadians(p.getY()))));
    return new Envelope(p.getX() - dLon, p.getX() + dLon, p.getY() - dLat, p.getY() + dLat);
  }
}
