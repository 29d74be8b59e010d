package org.reclaim.domain.context;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygonal;
import org.reclaim.domain.Check;
import org.reclaim.domain.DomainException;

/**
 * A farmland parcel: the land whose return to production is the mine action / agriculture nexus.
 *
 * @param id positive identifier
 * @param crop main crop or use (e.g. {@code wheat}, {@code sunflower}, {@code fallow}), free text
 * @param valueUsdPerHa yearly gross value of production, US$ per hectare, {@code >= 0}
 * @param geometry polygon or multipolygon, WGS84
 * @param areaM2 size in m², measured in an equal-area projection
 */
public record AgriculturalParcel(
    long id, String crop, double valueUsdPerHa, Geometry geometry, double areaM2) {
  public AgriculturalParcel {
    Check.id("AgriculturalParcel", "id", id);
    crop = Check.notBlank("AgriculturalParcel", "crop", crop);
    Check.nonNegative("AgriculturalParcel", "valueUsdPerHa", valueUsdPerHa);
    Check.notNull("AgriculturalParcel", "geometry", geometry);
    if (!(geometry instanceof Polygonal)) {
      throw new DomainException("AgriculturalParcel", "geometry", "must be a polygon");
    }
    Check.positive("AgriculturalParcel", "areaM2", areaM2);
  }
}
