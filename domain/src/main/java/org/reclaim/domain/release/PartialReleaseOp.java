package org.reclaim.domain.release;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygonal;
import org.reclaim.domain.DomainException;
import org.reclaim.domain.geometry.LocalProjection;

/**
 * Splits what is left of a hazardous area when part of it is released (IMAS 07.11 §5): the released
 * polygon is subtracted from the remaining polygon, and the areas must add up — remaining before =
 * released + remaining after, in m² measured in an equal-area projection.
 *
 * <p>The released polygon must lie within the remaining one: land outside it is either released
 * already or was never on the register, and booking it would count it twice. Slivers from
 * digitising (up to {@link #OUTSIDE_TOLERANCE_M2} or 0.5 % of the released area) are cut off, not
 * refused.
 *
 * <p>Thread safe; stateless.
 */
public final class PartialReleaseOp {
  /** Slack for released polygons drawn slightly over the edge of the area, m². */
  public static final double OUTSIDE_TOLERANCE_M2 = 1.0;

  private PartialReleaseOp() {}

  /**
   * The outcome of a split.
   *
   * @param released the released part, clipped to what remained
   * @param remaining what is still hazardous, or {@code null} when nothing is left
   * @param beforeM2 m² before the split
   * @param releasedM2 m² of {@code released}
   * @param remainingM2 m² of {@code remaining}, 0 when nothing is left
   */
  public record Split(
      Geometry released,
      Geometry remaining,
      double beforeM2,
      double releasedM2,
      double remainingM2) {}

  /**
   * Subtracts {@code released} from {@code remaining}.
   *
   * @throws DomainException naming {@code releasedGeometry} if it is not a polygon, does not touch
   *     the area, or reaches outside it by more than the tolerance
   */
  public static Split split(Geometry remaining, Geometry released) {
    if (!(released instanceof Polygonal) || released.isEmpty()) {
      throw new DomainException(
          "CompletionReport", "releasedGeometry", "must be a non-empty polygon or multipolygon");
    }
    // Measure in one equal-area plane: the overlay there adds up exactly, whereas measuring each
    // lon/lat result on its own differs by the curvature of edges split at new vertices (~1e-6).
    LocalProjection plane = LocalProjection.forGeometry(remaining);
    Geometry before = plane.project(remaining);
    Geometry drawn = plane.project(released);
    double beforeM2 = before.getArea();
    double insideM2 = before.intersection(drawn).getArea();
    if (insideM2 <= 0) {
      throw new DomainException(
          "CompletionReport",
          "releasedGeometry",
          "does not overlap the part of the hazardous area still on the register");
    }
    double outsideM2 = drawn.getArea() - insideM2;
    if (outsideM2 > Math.max(OUTSIDE_TOLERANCE_M2, 0.005 * drawn.getArea())) {
      throw new DomainException(
          "CompletionReport",
          "releasedGeometry",
          String.format(
              "reaches %.1f m² outside the part of the hazardous area still on the register"
                  + " (IMAS 07.11: land is released once)",
              outsideM2));
    }
    double restM2 = beforeM2 - insideM2;
    Geometry inside = remaining.intersection(released);
    Geometry rest = remaining.difference(released);
    boolean nothingLeft = rest.isEmpty() || restM2 <= LandReleaseAccount.TOLERANCE_M2;
    return new Split(
        inside,
        nothingLeft ? null : polygonalOnly(rest),
        beforeM2,
        insideM2,
        nothingLeft ? 0 : restM2);
  }

  /** Drops lines and points an overlay may leave along shared edges. */
  private static Geometry polygonalOnly(Geometry g) {
    if (g instanceof Polygonal) {
      return g;
    }
    java.util.List<org.locationtech.jts.geom.Polygon> polygons = new java.util.ArrayList<>();
    for (int i = 0; i < g.getNumGeometries(); i++) {
      if (g.getGeometryN(i) instanceof org.locationtech.jts.geom.Polygon p && !p.isEmpty()) {
        polygons.add(p);
      }
    }
    return g.getFactory()
        .createMultiPolygon(polygons.toArray(new org.locationtech.jts.geom.Polygon[0]));
  }
}
