package org.reclaim.io.layer;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Geometry;
import org.reclaim.domain.hazard.ContaminationType;
import org.reclaim.domain.hazard.HazardClass;
import org.reclaim.domain.hazard.HazardStatus;
import org.reclaim.domain.hazard.HazardousArea;
import org.reclaim.domain.hazard.LandUse;
import org.reclaim.domain.hazard.Terrain;
import org.reclaim.domain.hazard.Vegetation;
import org.reclaim.io.Layer;

/**
 * Hazardous areas (IMAS 04.10, 07.11): polygons with a unique register code. Optional class and
 * attributes default as in {@link HazardousArea#builder()}: SHA, SUSPECTED, OTHER land use, FLAT
 * terrain, LIGHT vegetation. The area in m² is measured from the polygon, never read from the file.
 */
final class HazardousAreaMapper extends LayerMapper<HazardousArea> {
  private static final EnumLookup<HazardClass> CLASSES = EnumLookup.of(HazardClass.class);
  private static final EnumLookup<HazardStatus> STATUSES = EnumLookup.of(HazardStatus.class);
  private static final EnumLookup<ContaminationType> CONTAMINATION =
      EnumLookup.of(ContaminationType.class);
  private static final EnumLookup<LandUse> LAND_USES = EnumLookup.of(LandUse.class);
  private static final EnumLookup<Terrain> TERRAINS = EnumLookup.of(Terrain.class);
  private static final EnumLookup<Vegetation> VEGETATION = EnumLookup.of(Vegetation.class);

  private final Map<String, Integer> codes = new HashMap<>();

  HazardousAreaMapper() {
    super(
        Layer.HAZARDOUS_AREAS,
        GeometryRule.POLYGONAL,
        List.of(
            "code",
            "name",
            "region_id",
            "hazard_class",
            "status",
            "contamination",
            "land_use",
            "terrain",
            "vegetation",
            "reported_on"),
        Set.of("code", "name", "contamination"));
  }

  @Override
  public @Nullable HazardousArea map(FieldParser f, @Nullable Geometry geometry, LongSupplier ids) {
    String code = f.requiredText("code");
    String name = f.requiredText("name");
    Long regionId = f.optionalId("region_id");
    HazardClass hazardClass = f.optionalEnum("hazard_class", CLASSES, HazardClass.SHA);
    HazardStatus status = f.optionalEnum("status", STATUSES, HazardStatus.SUSPECTED);
    Set<ContaminationType> contamination =
        f.requiredEnumSet("contamination", ContaminationType.class, CONTAMINATION);
    LandUse landUse = f.optionalEnum("land_use", LAND_USES, LandUse.OTHER);
    Terrain terrain = f.optionalEnum("terrain", TERRAINS, Terrain.FLAT);
    Vegetation vegetation = f.optionalEnum("vegetation", VEGETATION, Vegetation.LIGHT);
    LocalDate reportedOn = f.optionalDate("reported_on");
    if (code != null) {
      Integer first = codes.putIfAbsent(code, f.record());
      if (first != null) {
        f.issue("code", "duplicate code '" + code + "': same as " + f.recordWord() + " " + first);
      }
    }
    if (f.failed()) {
      return null;
    }
    return HazardousArea.builder()
        .id(ids.getAsLong())
        .code(code)
        .name(name)
        .regionId(regionId)
        .hazardClass(hazardClass)
        .status(status)
        .contamination(contamination)
        .landUse(landUse)
        .terrain(terrain)
        .vegetation(vegetation)
        .geometry(geometry)
        .reportedOn(reportedOn)
        .build();
  }

  @Override
  protected Map<String, String> fieldAliases() {
    return Map.of("areaM2", "geometry");
  }
}
