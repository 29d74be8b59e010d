package org.reclaim.io.layer;

import java.util.List;
import java.util.Set;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.reclaim.domain.context.Settlement;
import org.reclaim.io.Layer;

/** Settlements: a representative point, name and population (residents). */
final class SettlementMapper extends LayerMapper<Settlement> {

  SettlementMapper() {
    super(
        Layer.SETTLEMENTS,
        GeometryRule.POINT,
        List.of("name", "population", "region_id"),
        Set.of("name", "population"));
  }

  @Override
  public @Nullable Settlement map(FieldParser f, @Nullable Geometry geometry, LongSupplier ids) {
    String name = f.requiredText("name");
    if (f.text("population") == null) {
      f.issue("population", "is required");
    }
    int population = f.optionalInt("population", 0);
    Long regionId = f.optionalId("region_id");
    if (f.failed()) {
      return null;
    }
    return new Settlement(ids.getAsLong(), name, population, (Point) geometry, regionId);
  }
}
