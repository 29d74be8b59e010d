package org.reclaim.io.layer;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Geometry;
import org.reclaim.domain.operator.Operator;
import org.reclaim.io.Layer;

/** Mine action operators: name, kind and ISO 3166-1 alpha-2 country code; no geometry. */
final class OperatorMapper extends LayerMapper<Operator> {
  private static final EnumLookup<Operator.Kind> KINDS = EnumLookup.of(Operator.Kind.class);

  OperatorMapper() {
    super(
        Layer.OPERATORS,
        GeometryRule.NONE,
        List.of("name", "kind", "country"),
        Set.of("name", "kind", "country"));
  }

  @Override
  public @Nullable Operator map(FieldParser f, @Nullable Geometry geometry, LongSupplier ids) {
    String name = f.requiredText("name");
    Operator.Kind kind = f.requiredEnum("kind", KINDS);
    String country = f.requiredText("country");
    if (country != null) {
      country = country.toUpperCase(Locale.ROOT);
      if (country.length() != 2
          || !Character.isLetter(country.charAt(0))
          || !Character.isLetter(country.charAt(1))) {
        f.issue("country", "must be an ISO 3166-1 alpha-2 code such as UA, was '" + country + "'");
      }
    }
    if (f.failed()) {
      return null;
    }
    return new Operator(ids.getAsLong(), name, kind, country);
  }
}
