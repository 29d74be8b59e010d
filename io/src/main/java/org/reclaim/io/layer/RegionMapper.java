package org.reclaim.io.layer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Geometry;
import org.reclaim.domain.region.Region;
import org.reclaim.io.Layer;

/**
 * Administrative regions: boundary polygons with a unique code, a level and a parent. The parent is
 * either a stored region ({@code parent_id}) or one earlier in the same file ({@code parent_code}),
 * so a file lists the country first, then oblasts, raions and hromadas.
 */
final class RegionMapper extends LayerMapper<Region> {
  private static final EnumLookup<Region.Level> LEVELS = EnumLookup.of(Region.Level.class);

  /** Code to assigned identifier, for {@code parent_code}. */
  private final Map<String, Long> idsByCode = new HashMap<>();

  private final Map<String, Integer> recordsByCode = new HashMap<>();

  RegionMapper() {
    super(
        Layer.REGIONS,
        GeometryRule.POLYGONAL,
        List.of("code", "name", "level", "parent_id", "parent_code"),
        Set.of("code", "name", "level"));
  }

  @Override
  public @Nullable Region map(FieldParser f, @Nullable Geometry geometry, LongSupplier ids) {
    String code = f.requiredText("code");
    String name = f.requiredText("name");
    Region.Level level = f.requiredEnum("level", LEVELS);
    Long parentId = f.optionalId("parent_id");
    String parentCode = f.text("parent_code");
    if (parentCode != null) {
      Long resolved = idsByCode.get(parentCode);
      if (parentId != null) {
        f.issue("parent_code", "give parent_id or parent_code, not both");
      } else if (resolved == null) {
        f.issue(
            "parent_code",
            "no region '" + parentCode + "' earlier in this file; list parents before children");
      }
      parentId = resolved;
    }
    if (code != null) {
      Integer first = recordsByCode.putIfAbsent(code, f.record());
      if (first != null) {
        f.issue("code", "duplicate code '" + code + "': same as " + f.recordWord() + " " + first);
      }
    }
    if (f.failed()) {
      return null;
    }
    Region region = new Region(ids.getAsLong(), code, name, level, parentId, geometry);
    idsByCode.put(region.code(), region.id());
    return region;
  }

  @Override
  public boolean checksVertexSpacing() {
    return false;
  }

  @Override
  protected Map<String, String> fieldAliases() {
    return Map.of("parentId", "parent_id");
  }
}
