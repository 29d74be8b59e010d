package org.reclaim.io.layer;

import java.util.List;
import java.util.Set;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Geometry;
import org.reclaim.domain.context.CriticalInfrastructure;
import org.reclaim.io.Layer;

/** Critical infrastructure: a point, line or polygon with a sector and a name. */
final class InfrastructureMapper extends LayerMapper<CriticalInfrastructure> {
  private static final EnumLookup<CriticalInfrastructure.Kind> KINDS =
      EnumLookup.of(CriticalInfrastructure.Kind.class);

  InfrastructureMapper() {
    super(Layer.INFRASTRUCTURE, GeometryRule.ANY, List.of("kind", "name"), Set.of("kind", "name"));
  }

  @Override
  public @Nullable CriticalInfrastructure map(
      FieldParser f, @Nullable Geometry geometry, LongSupplier ids) {
    CriticalInfrastructure.Kind kind = f.requiredEnum("kind", KINDS);
    String name = f.requiredText("name");
    if (f.failed()) {
      return null;
    }
    return new CriticalInfrastructure(ids.getAsLong(), kind, name, geometry);
  }
}
