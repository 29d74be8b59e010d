package org.reclaim.domain.region;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygonal;
import org.reclaim.domain.Check;
import org.reclaim.domain.DomainException;

/**
 * An administrative unit of the country: country &gt; oblast &gt; raion &gt; hromada. Regions scope
 * accreditations, earmarks, filters and reports.
 *
 * @param id positive identifier
 * @param code stable external code, e.g. ISO 3166-2 {@code UA-65} for an oblast
 * @param name name as published
 * @param level level in the hierarchy
 * @param parentId the enclosing region, or {@code null} for the country (and only for it)
 * @param boundary polygon or multipolygon, WGS84
 */
public record Region(
    long id, String code, String name, Level level, Long parentId, Geometry boundary) {

  /** Levels of Ukraine's administrative hierarchy, outermost first. */
  public enum Level {
    COUNTRY,
    OBLAST,
    RAION,
    HROMADA
  }

  private static final String E = "Region";

  public Region {
    Check.id(E, "id", id);
    code = Check.notBlank(E, "code", code);
    name = Check.notBlank(E, "name", name);
    Check.notNull(E, "level", level);
    Check.notNull(E, "boundary", boundary);
    if (!(boundary instanceof Polygonal)) {
      throw new DomainException(E, "boundary", "must be a polygon or multipolygon");
    }
    if ((level == Level.COUNTRY) != (parentId == null)) {
      throw new DomainException(
          E, "parentId", "the country has no parent and every other region has one");
    }
  }
}
