package org.reclaim.app.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;
import org.reclaim.app.security.Caller;
import org.reclaim.domain.geometry.LocalProjection;
import org.reclaim.domain.hazard.HazardStatus;
import org.reclaim.domain.hazard.HazardousArea;
import org.reclaim.domain.release.LandRelease;
import org.reclaim.store.ReclaimStore;
import org.springframework.stereotype.Service;

/**
 * What Reclaim publishes to everyone, without an account — an oblast administration links to it, a
 * community reads it: land released (where, when, how: IMAS 07.11's cancelled, reduced, cleared),
 * hazard warnings for land not yet released, and the published aggregates of people (casualties,
 * people reached by EORE, people trained), with small counts suppressed.
 *
 * <p>A warning shows a zone, not the surveyed polygon: the hazardous area grown by {@link
 * #WARNING_MARGIN_M} and simplified, so that communities keep clear of it and the register's exact
 * coordinates (which marking and clearance teams need, IMAS 08.40) are not what is published.
 *
 * <p>Thread safe; reads a snapshot per call.
 */
@Service
public class PublicView {
  /** How far a published warning zone reaches beyond the hazardous area, metres. */
  public static final double WARNING_MARGIN_M = 100;

  private final ReclaimStore store;
  private final PeopleReports reports;

  /**
   * One published area: a warning or released land.
   *
   * @param id the hazardous area's id
   * @param geometry the published geometry (a warning zone, or the released area)
   * @param properties what is published of it
   */
  public record Published(long id, Geometry geometry, Map<String, Object> properties) {}

  public PublicView(ReclaimStore store, PeopleReports reports) {
    this.store = store;
    this.reports = reports;
  }

  /** Hazard warnings: every hazardous area not released, as a zone. */
  public List<Published> warnings() {
    List<Published> out = new ArrayList<>();
    for (HazardousArea a : store.hazardousAreas().listAll()) {
      if (a.status() == HazardStatus.RELEASED) {
        continue;
      }
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("name", a.name());
      p.put("regionId", a.regionId());
      p.put("hazardClass", a.hazardClass());
      p.put("status", a.status());
      p.put("contamination", a.contamination());
      p.put("warning", "Danger: explosive ordnance. Keep out, report items to 101.");
      out.add(new Published(a.id(), warningZone(a.geometry()), p));
    }
    return out;
  }

  /** Released land: every released hazardous area with what was booked, by category. */
  public List<Published> released() {
    Map<Long, Map<String, Double>> booked = new HashMap<>();
    Map<Long, LocalDate> last = new HashMap<>();
    for (LandRelease r : store.landReleases().listAll()) {
      booked
          .computeIfAbsent(r.hazardousAreaId(), k -> new TreeMap<>())
          .merge(
              r.category().name().toLowerCase(java.util.Locale.ROOT) + "M2",
              r.areaM2(),
              Double::sum);
      last.merge(r.hazardousAreaId(), r.releasedOn(), (a, b) -> a.isAfter(b) ? a : b);
    }
    List<Published> out = new ArrayList<>();
    for (HazardousArea a : store.hazardousAreas().listAll()) {
      if (a.status() != HazardStatus.RELEASED) {
        continue;
      }
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("name", a.name());
      p.put("regionId", a.regionId());
      p.put("landUse", a.landUse());
      p.put("releasedOn", last.get(a.id()));
      p.putAll(booked.getOrDefault(a.id(), Map.of()));
      out.add(new Published(a.id(), a.geometry(), p));
    }
    return out;
  }

  /** The published aggregates, as the public may see them (small cells suppressed). */
  public Map<String, Object> aggregates() {
    Map<String, Object> m = new LinkedHashMap<>();
    Map<Integer, Double> releasedKm2 = new TreeMap<>();
    for (LandRelease r : store.landReleases().listAll()) {
      releasedKm2.merge(r.releasedOn().getYear(), r.areaM2() / 1e6, Double::sum);
    }
    m.put("releasedKm2ByYear", releasedKm2);
    long warned = 0;
    long releasedAreas = 0;
    for (var c : store.hazardousAreas().countByRegionAndStatus()) {
      if (HazardStatus.RELEASED.name().equals(c.status())) {
        releasedAreas += c.areas();
      } else {
        warned += c.areas();
      }
    }
    m.put("warnings", warned);
    m.put("releasedAreas", releasedAreas);
    store
        .hazardousAreas()
        .extent()
        .ifPresent(
            e -> m.put("extent", List.of(e.getMinX(), e.getMinY(), e.getMaxX(), e.getMaxY())));
    m.put("minCell", reports.minCell());
    m.put("casualties", reports.casualties(Caller.PUBLIC, true));
    m.put("eore", reports.eore(Caller.PUBLIC, true));
    m.put("trained", reports.trained(Caller.PUBLIC, true));
    return m;
  }

  /**
   * The warning zone published for a hazardous area of geometry {@code g} (lon/lat): grown by
   * {@value #WARNING_MARGIN_M} m and simplified to half of it, measured in metres.
   */
  public static Geometry warningZone(Geometry g) {
    LocalProjection frame = LocalProjection.forGeometry(g);
    Geometry grown = frame.project(g).buffer(WARNING_MARGIN_M, 4);
    return frame.unproject(TopologyPreservingSimplifier.simplify(grown, WARNING_MARGIN_M / 2));
  }
}
