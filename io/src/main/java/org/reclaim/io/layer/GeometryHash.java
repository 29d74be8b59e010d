package org.reclaim.io.layer;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

/**
 * A 64-bit hash of a geometry after normalisation ({@link Geometry#norm()}: rings start at the same
 * vertex and run the same way), so that the same polygon written from another starting vertex or in
 * the other direction hashes the same. Points, the bulk of large files, are hashed without copying.
 *
 * <p>Two different geometries share a hash with probability about 2<sup>-64</sup> per pair; for a
 * million records the chance of any false duplicate is below 10<sup>-7</sup>.
 */
final class GeometryHash {
  private static final long SEED = 0x9E3779B97F4A7C15L;

  private GeometryHash() {}

  /** The hash of {@code geometry}, mixed with {@code key}. */
  static long of(Geometry geometry, long key) {
    long h = mix(SEED ^ key);
    if (geometry instanceof Point p) {
      return mix(mix(h ^ bits(p.getX())) ^ bits(p.getY()));
    }
    Geometry normal = geometry.norm();
    h = mix(h ^ normal.getGeometryType().hashCode());
    h = mix(h ^ normal.getNumGeometries());
    for (Coordinate c : normal.getCoordinates()) {
      h = mix(mix(h ^ bits(c.x)) ^ bits(c.y));
    }
    return h;
  }

  private static long bits(double d) {
    return d == 0 ? 0 : Double.doubleToLongBits(d); // -0.0 and 0.0 are the same place
  }

  /** The finaliser of SplitMix64: a cheap mix with good avalanche. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
