package org.reclaim.domain.context;

import java.time.LocalDate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Lineal;
import org.reclaim.domain.Check;
import org.reclaim.domain.DomainException;

/**
 * A line programme rules measure distances from: the line of contact as published on a date, or a
 * state border. Imported as a layer ({@code reference-lines}) like any other.
 *
 * @param id positive identifier
 * @param kind contact line or border
 * @param name name or source as published, free text
 * @param validOn the date the line describes, or {@code null} (a border)
 * @param geometry line or multiline, WGS84
 */
public record ReferenceLine(long id, Kind kind, String name, LocalDate validOn, Geometry geometry) {
  /** What the line is. */
  public enum Kind {
    CONTACT_LINE,
    BORDER
  }

  public ReferenceLine {
    Check.id("ReferenceLine", "id", id);
    Check.notNull("ReferenceLine", "kind", kind);
    name = Check.notBlank("ReferenceLine", "name", name);
    Check.notNull("ReferenceLine", "geometry", geometry);
    if (!(geometry instanceof Lineal) || geometry.isEmpty()) {
      throw new DomainException("ReferenceLine", "geometry", "must be a line or multiline");
    }
  }
}
