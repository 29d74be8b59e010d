package org.reclaim.domain.geometry;

import org.locationtech.jts.geom.Coordinate;

/**
 * One thing wrong with a geometry, found by {@link GeometryCheckOp}.
 *
 * @param kind the rule that failed
 * @param message what is wrong, for a person
 * @param location where, in lon/lat, or {@code null} when the whole geometry is at fault
 */
public record GeometryProblem(Kind kind, String message, Coordinate location) {

  /** The geometry checks, after GICHD's geocheck rules for IMSMA data. */
  public enum Kind {
    EMPTY,
    WRONG_TYPE,
    NOT_FINITE,
    OUT_OF_RANGE,
    AXES_SWAPPED,
    OUTSIDE_EXTENT,
    TOO_FEW_VERTICES,
    INVALID,
    VERTEX_SPACING,
    DUPLICATE
  }

  /** The message with its location, for reports. */
  @Override
  public String toString() {
    return location == null ? message : message + " at (" + location.x + ", " + location.y + ")";
  }
}
