package org.reclaim.domain.hazard;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygonal;
import org.reclaim.domain.Check;
import org.reclaim.domain.DomainException;
import org.reclaim.domain.geometry.AreaOp;

/**
 * A hazardous area (IMAS 04.10, 07.11): a polygon where explosive ordnance is suspected ({@link
 * HazardClass#SHA}) or confirmed ({@link HazardClass#CHA}).
 *
 * @param id positive identifier
 * @param code external reference (national register number), unique
 * @param name name as recorded, free text; never trusted as markup
 * @param regionId the region containing most of it, or {@code null} if not yet assigned
 * @param hazardClass SHA or CHA; see {@link HazardClassifier} for how evidence decides it
 * @param status where the area is in land release
 * @param contamination kinds of ordnance suspected or found; at least one
 * @param landUse land use before contamination
 * @param terrain terrain class
 * @param vegetation vegetation class
 * @param geometry polygon or multipolygon, WGS84
 * @param areaM2 size of the polygon in m², measured in an equal-area projection
 * @param reportedOn date the area was first recorded, or {@code null} if unknown
 */
public record HazardousArea(
    long id,
    String code,
    String name,
    Long regionId,
    HazardClass hazardClass,
    HazardStatus status,
    Set<ContaminationType> contamination,
    LandUse landUse,
    Terrain terrain,
    Vegetation vegetation,
    Geometry geometry,
    double areaM2,
    LocalDate reportedOn) {

  private static final String E = "HazardousArea";

  public HazardousArea {
    Check.id(E, "id", id);
    code = Check.notBlank(E, "code", code);
    name = Check.notBlank(E, "name", name);
    Check.notNull(E, "hazardClass", hazardClass);
    Check.notNull(E, "status", status);
    Check.notNull(E, "contamination", contamination);
    if (contamination.isEmpty()) {
      throw new DomainException(E, "contamination", "at least one contamination type is required");
    }
    contamination = Set.copyOf(EnumSet.copyOf(contamination));
    Check.notNull(E, "landUse", landUse);
    Check.notNull(E, "terrain", terrain);
    Check.notNull(E, "vegetation", vegetation);
    Check.notNull(E, "geometry", geometry);
    if (!(geometry instanceof Polygonal) || geometry.isEmpty()) {
      throw new DomainException(E, "geometry", "must be a non-empty polygon or multipolygon");
    }
    Check.positive(E, "areaM2", areaM2);
  }

  /** A copy in another status; refuses a transition IMAS 07.11 does not allow. */
  public HazardousArea withStatus(HazardStatus target) {
    if (!status.canMoveTo(target)) {
      throw new DomainException(
          E,
          "status",
          "cannot move from " + status + " to " + target + "; allowed: " + status.next());
    }
    return new HazardousArea(
        id,
        code,
        name,
        regionId,
        hazardClass,
        target,
        contamination,
        landUse,
        terrain,
        vegetation,
        geometry,
        areaM2,
        reportedOn);
  }

  /** A copy with a new class, e.g. after direct evidence turned an SHA into a CHA. */
  public HazardousArea withHazardClass(HazardClass newClass) {
    return new HazardousArea(
        id,
        code,
        name,
        regionId,
        newClass,
        status,
        contamination,
        landUse,
        terrain,
        vegetation,
        geometry,
        areaM2,
        reportedOn);
  }

  /** A builder; {@link Builder#build()} measures the area from the geometry. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link HazardousArea}, measuring {@code areaM2} from the geometry. */
  public static final class Builder {
    private long id;
    private String code;
    private String name;
    private Long regionId;
    private HazardClass hazardClass = HazardClass.SHA;
    private HazardStatus status = HazardStatus.SUSPECTED;
    private Set<ContaminationType> contamination = EnumSet.noneOf(ContaminationType.class);
    private LandUse landUse = LandUse.OTHER;
    private Terrain terrain = Terrain.FLAT;
    private Vegetation vegetation = Vegetation.LIGHT;
    private Geometry geometry;
    private LocalDate reportedOn;

    private Builder() {}

    public Builder id(long id) {
      this.id = id;
      return this;
    }

    public Builder code(String code) {
      this.code = code;
      return this;
    }

    public Builder name(String name) {
      this.name = name;
      return this;
    }

    public Builder regionId(Long regionId) {
      this.regionId = regionId;
      return this;
    }

    public Builder hazardClass(HazardClass hazardClass) {
      this.hazardClass = hazardClass;
      return this;
    }

    public Builder status(HazardStatus status) {
      this.status = status;
      return this;
    }

    public Builder contamination(Set<ContaminationType> contamination) {
      this.contamination = contamination;
      return this;
    }

    public Builder landUse(LandUse landUse) {
      this.landUse = landUse;
      return this;
    }

    public Builder terrain(Terrain terrain) {
      this.terrain = terrain;
      return this;
    }

    public Builder vegetation(Vegetation vegetation) {
      this.vegetation = vegetation;
      return this;
    }

    public Builder geometry(Geometry geometry) {
      this.geometry = geometry;
      return this;
    }

    public Builder reportedOn(LocalDate reportedOn) {
      this.reportedOn = reportedOn;
      return this;
    }

    /** Validates and builds; the area is measured in an equal-area projection. */
    public HazardousArea build() {
      Check.notNull(E, "geometry", geometry);
      return new HazardousArea(
          id,
          code,
          name,
          regionId,
          hazardClass,
          status,
          contamination,
          landUse,
          terrain,
          vegetation,
          geometry,
          AreaOp.areaM2(geometry),
          reportedOn);
    }
  }
}
