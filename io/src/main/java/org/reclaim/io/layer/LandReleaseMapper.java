package org.reclaim.io.layer;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Geometry;
import org.reclaim.domain.release.LandRelease;
import org.reclaim.domain.release.ReleaseCategory;
import org.reclaim.io.Layer;

/**
 * Land release bookings (IMAS 07.11 §5) against stored hazardous areas: category, released area in
 * m², date and explosive items found (default 0); no geometry.
 */
final class LandReleaseMapper extends LayerMapper<LandRelease> {
  private static final EnumLookup<ReleaseCategory> CATEGORIES =
      EnumLookup.of(ReleaseCategory.class);

  LandReleaseMapper() {
    super(
        Layer.LAND_RELEASES,
        GeometryRule.NONE,
        List.of(
            "hazardous_area_id", "task_id", "category", "area_m2", "released_on", "items_found"),
        Set.of("hazardous_area_id", "category", "area_m2", "released_on"));
  }

  @Override
  public @Nullable LandRelease map(FieldParser f, @Nullable Geometry geometry, LongSupplier ids) {
    long areaId = f.requiredId("hazardous_area_id");
    Long taskId = f.optionalId("task_id");
    ReleaseCategory category = f.requiredEnum("category", CATEGORIES);
    double areaM2 = f.requiredDouble("area_m2");
    LocalDate releasedOn = f.requiredDate("released_on");
    int itemsFound = f.optionalInt("items_found", 0);
    if (f.failed()) {
      return null;
    }
    return new LandRelease(
        ids.getAsLong(), areaId, taskId, category, areaM2, releasedOn, itemsFound);
  }
}
