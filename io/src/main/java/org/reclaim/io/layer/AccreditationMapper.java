package org.reclaim.io.layer;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Geometry;
import org.reclaim.domain.operator.Accreditation;
import org.reclaim.domain.operator.Activity;
import org.reclaim.io.Layer;

/**
 * Accreditations (IMAS 07.30) of stored operators for an activity in stored regions over a period;
 * {@code region_ids} is a {@code ;}-separated list. No geometry.
 */
final class AccreditationMapper extends LayerMapper<Accreditation> {
  private static final EnumLookup<Activity> ACTIVITIES = EnumLookup.of(Activity.class);

  AccreditationMapper() {
    super(
        Layer.ACCREDITATIONS,
        GeometryRule.NONE,
        List.of("operator_id", "activity", "region_ids", "valid_from", "valid_to"),
        Set.of("operator_id", "activity", "region_ids", "valid_from", "valid_to"));
  }

  @Override
  public @Nullable Accreditation map(FieldParser f, @Nullable Geometry geometry, LongSupplier ids) {
    long operatorId = f.requiredId("operator_id");
    Activity activity = f.requiredEnum("activity", ACTIVITIES);
    Set<Long> regionIds = f.requiredIdSet("region_ids");
    LocalDate validFrom = f.requiredDate("valid_from");
    LocalDate validTo = f.requiredDate("valid_to");
    if (f.failed()) {
      return null;
    }
    return new Accreditation(ids.getAsLong(), operatorId, activity, regionIds, validFrom, validTo);
  }
}
