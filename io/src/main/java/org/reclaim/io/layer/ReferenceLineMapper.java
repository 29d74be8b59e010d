package org.reclaim.io.layer;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Geometry;
import org.reclaim.domain.context.ReferenceLine;
import org.reclaim.io.Layer;

/**
 * Lines programme rules measure distance from: the line of contact on a date ({@code CONTACT_LINE},
 * the default) or a state border ({@code BORDER}); lines or multilines.
 */
final class ReferenceLineMapper extends LayerMapper<ReferenceLine> {
  private static final EnumLookup<ReferenceLine.Kind> KINDS =
      EnumLookup.of(ReferenceLine.Kind.class);

  ReferenceLineMapper() {
    super(
        Layer.REFERENCE_LINES,
        GeometryRule.LINEAL,
        List.of("kind", "name", "valid_on"),
        Set.of("name"));
  }

  @Override
  public @Nullable ReferenceLine map(FieldParser f, @Nullable Geometry geometry, LongSupplier ids) {
    ReferenceLine.Kind kind = f.optionalEnum("kind", KINDS, ReferenceLine.Kind.CONTACT_LINE);
    String name = f.requiredText("name");
    LocalDate validOn = f.optionalDate("valid_on");
    if (f.failed()) {
      return null;
    }
    return new ReferenceLine(ids.getAsLong(), kind, name, validOn, geometry);
  }
}
