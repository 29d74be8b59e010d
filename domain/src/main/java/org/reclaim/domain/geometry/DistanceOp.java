package org.reclaim.domain.geometry;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * Shortest distance between two WGS84 geometries in metres, computed in a {@link LocalProjection}
 * centred between them. Accurate to about 0.1 % for geometries within 100 km of each other, the
 * range at which mine-action criteria (settlement radius, road buffers) are taken; beyond that the
 * error grows slowly (about 1 % at 500 km).
 *
 * <p>Contract: result is finite and {@code >= 0}; 0 when the geometries intersect. Thread safe.
 */
public final class DistanceOp {
  private DistanceOp() {}

  /** Distance between {@code a} and {@code b} in metres. */
  public static double distanceM(Geometry a, Geometry b) {
    Envelope both = new Envelope(a.getEnvelopeInternal());
    both.expandToInclude(b.getEnvelopeInternal());
    Coordinate c = both.centre();
    LocalProjection projection = LocalProjection.near(c.x, c.y);
    return projection.project(a).distance(projection.project(b));
  }
}
