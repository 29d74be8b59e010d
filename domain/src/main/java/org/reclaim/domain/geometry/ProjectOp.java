package org.reclaim.domain.geometry;

import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.proj4j.ProjCoordinate;

/**
 * Moves every coordinate of a geometry through one proj4j step (a projection or a datum transform).
 * The one place Reclaim walks coordinates for reprojection: {@link LocalProjection} uses it to
 * measure in metres, the importers to bring declared CRSs to WGS84.
 *
 * <p>Not thread safe per call only in the sense that the geometry is changed in place; the class
 * itself is stateless.
 */
public final class ProjectOp {
  private ProjectOp() {}

  /** One coordinate step: reads {@code in} (x, y), writes {@code out}. */
  @FunctionalInterface
  public interface Step {
    void apply(ProjCoordinate in, ProjCoordinate out);
  }

  /** Applies {@code step} to every coordinate of {@code geometry}, in place; returns it. */
  public static Geometry applyInPlace(Geometry geometry, Step step) {
    ProjCoordinate in = new ProjCoordinate();
    ProjCoordinate out = new ProjCoordinate();
    geometry.apply(
        new CoordinateSequenceFilter() {
          @Override
          public void filter(CoordinateSequence seq, int i) {
            in.x = seq.getX(i);
            in.y = seq.getY(i);
            step.apply(in, out);
            seq.setOrdinate(i, 0, out.x);
            seq.setOrdinate(i, 1, out.y);
          }

          @Override
          public boolean isDone() {
            return false;
          }

          @Override
          public boolean isGeometryChanged() {
            return true;
          }
        });
    return geometry;
  }
}
