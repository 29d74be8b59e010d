package org.reclaim.domain.region;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Finds the administrative units a point lies in — hromada, raion, oblast — from the register's
 * region boundaries: the deepest region whose polygon holds the point, then its parents. Indexed
 * once (an R-tree of the deepest regions' envelopes, a point-in-area locator per region); thread
 * safe once built.
 */
public final class RegionLocator {
  private record Indexed(Region region, IndexedPointInAreaLocator locator) {}

  private final STRtree tree = new STRtree();
  private final Map<Long, Region> byId = new HashMap<>();
  private final boolean empty;

  /** A locator over {@code regions} (any order; the country itself is never returned as a unit). */
  public RegionLocator(List<Region> regions) {
    regions.forEach(r -> byId.put(r.id(), r));
    Set<Long> parents = new HashSet<>();
    regions.forEach(r -> parents.add(r.parentId()));
    int added = 0;
    for (Region r : regions) {
      boolean leaf = !parents.contains(r.id());
      if (leaf && r.level() != Region.Level.COUNTRY) {
        tree.insert(
            r.boundary().getEnvelopeInternal(),
            new Indexed(r, new IndexedPointInAreaLocator(r.boundary())));
        added++;
      }
    }
    tree.build();
    empty = added == 0;
  }

  /**
   * The units holding {@code lonLat}, by level (oblast, raion, hromada as the register has them);
   * empty when the point lies in none.
   */
  public Map<Region.Level, Region> locate(Coordinate lonLat) {
    Map<Region.Level, Region> out = new EnumMap<>(Region.Level.class);
    if (empty) {
      return out;
    }
    List<?> candidates = tree.query(new org.locationtech.jts.geom.Envelope(lonLat));
    Indexed hit = null;
    for (Object o : candidates) {
      Indexed c = (Indexed) o;
      if (c.locator().locate(lonLat) != Location.EXTERIOR
          && (hit == null || c.region().id() < hit.region().id())) {
        hit = c;
      }
    }
    for (Region r = hit == null ? null : hit.region();
        r != null && r.level() != Region.Level.COUNTRY;
        r = r.parentId() == null ? null : byId.get(r.parentId())) {
      out.put(r.level(), r);
    }
    return out;
  }
}
