package org.reclaim.io.layer;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Lineal;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygonal;

/** What geometry a layer's records carry. */
public enum GeometryRule {
  /** No geometry; a geometry in the file is ignored. */
  NONE("no geometry"),
  /** A single point. */
  POINT("a Point"),
  /** A line or multiline. */
  LINEAL("a LineString or MultiLineString"),
  /** A polygon or multipolygon. */
  POLYGONAL("a Polygon or MultiPolygon"),
  /** Any non-empty geometry. */
  ANY("any geometry");

  private final String description;

  GeometryRule(String description) {
    this.description = description;
  }

  /** Whether {@code geometry} has an acceptable type for this rule. */
  public boolean accepts(Geometry geometry) {
    return switch (this) {
      case NONE, ANY -> true;
      case POINT -> geometry instanceof Point;
      case LINEAL -> geometry instanceof Lineal;
      case POLYGONAL -> geometry instanceof Polygonal;
    };
  }

  /** The accepted types, for messages, e.g. {@code "a Polygon or MultiPolygon"}. */
  public String description() {
    return description;
  }
}
