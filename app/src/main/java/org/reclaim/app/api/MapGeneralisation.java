package org.reclaim.app.api;

import java.util.function.UnaryOperator;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.Puntal;
import org.locationtech.jts.simplify.DouglasPeuckerSimplifier;

/**
 * Geometries generalised for a web map at a zoom level, so that a view of many areas sends and
 * draws only what can be seen. The tolerance is one screen pixel at that zoom: {@code 360° / (256 ·
 * 2^zoom)} (Web Mercator tiles of 256 pixels; one pixel at the equator, so less than a pixel
 * further north, where a degree of longitude is shorter).
 *
 * <ul>
 *   <li>A polygon or line whose extent is smaller than {@link #DOT_PIXELS} pixels becomes its
 *       interior point: the map draws it as a dot of fixed size, still clickable.
 *   <li>Otherwise it is simplified by Douglas–Peucker (Douglas and Peucker 1973, JTS {@link
 *       DouglasPeuckerSimplifier}) with the pixel tolerance; a polygon the simplifier collapses
 *       also becomes its interior point.
 *   <li>Points pass unchanged, and from zoom {@link #EXACT_ZOOM} on every geometry does.
 * </ul>
 *
 * <p>The result is for drawing only: areas, distances and analysis always use the stored geometry.
 * Thread safe (stateless).
 */
final class MapGeneralisation implements UnaryOperator<Geometry> {
  /** Zoom from which geometries are sent as stored. */
  static final int EXACT_ZOOM = 17;

  /** An extent under this many pixels is drawn as a dot. */
  static final double DOT_PIXELS = 3;

  private final double toleranceDeg;

  private MapGeneralisation(int zoom) {
    this.toleranceDeg = pixelDegrees(zoom);
  }

  /** The generalisation for {@code zoom} (0–22), or the identity from {@link #EXACT_ZOOM} on. */
  static UnaryOperator<Geometry> forZoom(int zoom) {
    if (zoom < 0 || zoom > 22) {
      throw new RequestFieldException("zoom", "must be in 0..22, was " + zoom);
    }
    return zoom >= EXACT_ZOOM ? UnaryOperator.identity() : new MapGeneralisation(zoom);
  }

  /** Size of one screen pixel in degrees of longitude at {@code zoom}. */
  static double pixelDegrees(int zoom) {
    return 360.0 / (256.0 * Math.pow(2, zoom));
  }

  @Override
  public Geometry apply(Geometry g) {
    if (g == null || g instanceof Puntal || g.isEmpty()) {
      return g;
    }
    Envelope e = g.getEnvelopeInternal();
    if (Math.max(e.getWidth(), e.getHeight()) < DOT_PIXELS * toleranceDeg) {
      return g.getInteriorPoint();
    }
    Geometry simple = DouglasPeuckerSimplifier.simplify(g, toleranceDeg);
    if (simple.isEmpty() || (g instanceof Polygonal && simple.getArea() == 0)) {
      return g.getInteriorPoint();
    }
    return simple;
  }
}
