package org.reclaim.domain.context;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Lineal;
import org.reclaim.domain.Check;
import org.reclaim.domain.DomainException;

/**
 * A piece of the transport network that contamination can block.
 *
 * @param id positive identifier
 * @param kind road or railway
 * @param roadClass class as in the source (e.g. {@code primary}, {@code M-03}), free text
 * @param geometry line or multiline, WGS84
 */
public record RoadSegment(long id, Kind kind, String roadClass, Geometry geometry) {

  /** Road or railway. */
  public enum Kind {
    ROAD,
    RAILWAY
  }

  public RoadSegment {
    Check.id("RoadSegment", "id", id);
    Check.notNull("RoadSegment", "kind", kind);
    roadClass = Check.notBlank("RoadSegment", "roadClass", roadClass);
    Check.notNull("RoadSegment", "geometry", geometry);
    if (!(geometry instanceof Lineal)) {
      throw new DomainException("RoadSegment", "geometry", "must be a line or multiline");
    }
  }
}
