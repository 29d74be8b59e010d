package org.reclaim.io.layer;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Geometry;
import org.reclaim.domain.context.AgriculturalParcel;
import org.reclaim.domain.geometry.AreaOp;
import org.reclaim.io.Layer;

/**
 * Agricultural parcels: polygons with a crop and its yearly value in US$/ha. The area in m² is
 * measured from the polygon.
 */
final class ParcelMapper extends LayerMapper<AgriculturalParcel> {

  ParcelMapper() {
    super(
        Layer.PARCELS,
        GeometryRule.POLYGONAL,
        List.of("crop", "value_usd_per_ha"),
        Set.of("crop", "value_usd_per_ha"));
  }

  @Override
  public @Nullable AgriculturalParcel map(
      FieldParser f, @Nullable Geometry geometry, LongSupplier ids) {
    String crop = f.requiredText("crop");
    double value = f.requiredDouble("value_usd_per_ha");
    if (f.failed()) {
      return null;
    }
    return new AgriculturalParcel(ids.getAsLong(), crop, value, geometry, AreaOp.areaM2(geometry));
  }

  @Override
  protected Map<String, String> fieldAliases() {
    return Map.of("areaM2", "geometry");
  }
}
