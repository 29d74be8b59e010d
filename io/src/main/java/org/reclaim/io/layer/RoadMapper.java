package org.reclaim.io.layer;

import java.util.List;
import java.util.Set;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Geometry;
import org.reclaim.domain.context.RoadSegment;
import org.reclaim.io.Layer;

/** Road and railway segments: lines with a kind (default {@code ROAD}) and a class as published. */
final class RoadMapper extends LayerMapper<RoadSegment> {
  private static final EnumLookup<RoadSegment.Kind> KINDS = EnumLookup.of(RoadSegment.Kind.class);

  RoadMapper() {
    super(Layer.ROADS, GeometryRule.LINEAL, List.of("kind", "road_class"), Set.of("road_class"));
  }

  @Override
  public @Nullable RoadSegment map(FieldParser f, @Nullable Geometry geometry, LongSupplier ids) {
    RoadSegment.Kind kind = f.optionalEnum("kind", KINDS, RoadSegment.Kind.ROAD);
    String roadClass = f.requiredText("road_class");
    if (f.failed()) {
      return null;
    }
    return new RoadSegment(ids.getAsLong(), kind, roadClass, geometry);
  }
}
