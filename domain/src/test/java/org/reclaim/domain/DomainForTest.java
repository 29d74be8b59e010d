package org.reclaim.domain;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.reclaim.domain.context.AgriculturalParcel;
import org.reclaim.domain.context.CriticalInfrastructure;
import org.reclaim.domain.context.RecoveryProject;
import org.reclaim.domain.context.RoadSegment;
import org.reclaim.domain.context.Settlement;
import org.reclaim.domain.evidence.Evidence;
import org.reclaim.domain.evidence.EvidenceType;
import org.reclaim.domain.geometry.AreaOp;
import org.reclaim.domain.geometry.Wgs84;
import org.reclaim.domain.hazard.ContaminationType;
import org.reclaim.domain.hazard.HazardousArea;
import org.reclaim.domain.hazard.Terrain;
import org.reclaim.domain.hazard.Vegetation;
import org.reclaim.domain.operator.Accreditation;
import org.reclaim.domain.operator.Activity;
import org.reclaim.domain.operator.Operator;
import org.reclaim.domain.region.Region;
import org.reclaim.domain.release.LandRelease;
import org.reclaim.domain.release.ReleaseCategory;
import org.reclaim.domain.task.ReleaseMethod;
import org.reclaim.domain.task.Task;
import org.reclaim.domain.task.TaskStatus;
import org.reclaim.domain.team.DateRange;
import org.reclaim.domain.team.ProductivityTable;
import org.reclaim.domain.team.Team;
import org.reclaim.domain.team.TeamType;

/** Small, valid domain records for tests, near Kharkiv (36.2 E, 50.0 N). */
public final class DomainForTest {
  private DomainForTest() {}

  /** A square of about 111 m × 71 m south-west corner at (lon, lat), side 0.001°. */
  public static String squareWkt(double lon, double lat, double side) {
    return String.format(
        java.util.Locale.ROOT,
        "POLYGON ((%1$s %2$s, %3$s %2$s, %3$s %4$s, %1$s %4$s, %1$s %2$s))",
        lon,
        lat,
        lon + side,
        lat + side);
  }

  /** Parses WKT into a WGS84 geometry. */
  public static Geometry wkt(String wkt) {
    try {
      return new WKTReader(Wgs84.FACTORY).read(wkt);
    } catch (ParseException e) {
      throw new IllegalArgumentException(wkt, e);
    }
  }

  public static Region country() {
    return new Region(1, "UA", "Ukraine", Region.Level.COUNTRY, null, wkt(squareWkt(22, 44, 18)));
  }

  public static Region oblast(long id, String code, double lon, double lat) {
    return new Region(id, code, code, Region.Level.OBLAST, 1L, wkt(squareWkt(lon, lat, 1)));
  }

  public static HazardousArea area(long id, double lon, double lat) {
    return HazardousArea.builder()
        .id(id)
        .code("HA-" + id)
        .name("Field " + id)
        .contamination(EnumSet.of(ContaminationType.AP_MINE))
        .geometry(wkt(squareWkt(lon, lat, 0.001)))
        .reportedOn(LocalDate.of(2025, 3, 1))
        .build();
  }

  public static Evidence evidence(long id, EvidenceType type, double lon, double lat) {
    return Evidence.of(
        id,
        type,
        LocalDate.of(2025, 4, 2),
        Wgs84.point(lon, lat),
        "NMAA hotline",
        0.7,
        null,
        null,
        0);
  }

  public static Settlement settlement(long id, double lon, double lat) {
    return new Settlement(id, "Village " + id, 1200, Wgs84.point(lon, lat), null);
  }

  public static RoadSegment road(long id) {
    return new RoadSegment(
        id, RoadSegment.Kind.ROAD, "primary", wkt("LINESTRING (36.2 50.0, 36.21 50.01)"));
  }

  public static CriticalInfrastructure infrastructure(long id) {
    return new CriticalInfrastructure(
        id, CriticalInfrastructure.Kind.POWER, "Substation " + id, Wgs84.point(36.25, 50.02));
  }

  public static AgriculturalParcel parcel(long id, double lon, double lat) {
    Geometry g = wkt(squareWkt(lon, lat, 0.002));
    return new AgriculturalParcel(id, "wheat", 850, g, AreaOp.areaM2(g));
  }

  public static RecoveryProject recoveryProject(long id) {
    return new RecoveryProject(
        id,
        "School repair " + id,
        "education",
        RecoveryProject.Status.WAITING,
        250_000,
        LocalDate.of(2026, 5, 1),
        Wgs84.point(36.3, 50.05));
  }

  public static Operator operator(long id) {
    return new Operator(id, "Operator " + id, Operator.Kind.NGO, "UA");
  }

  public static Accreditation accreditation(long id, long operatorId, Activity activity) {
    return new Accreditation(
        id,
        operatorId,
        activity,
        Set.of(2L, 3L),
        LocalDate.of(2025, 1, 1),
        LocalDate.of(2027, 12, 31));
  }

  public static Team team(long id, long operatorId) {
    return new Team(
        id,
        operatorId,
        "Manual team " + id,
        TeamType.MANUAL,
        Wgs84.point(36.23, 49.99),
        ProductivityTable.builder()
            .put(ReleaseMethod.MANUAL, Terrain.FLAT, Vegetation.LIGHT, 240)
            .put(ReleaseMethod.TS, Terrain.FLAT, Vegetation.LIGHT, 1500)
            .build(),
        1800,
        List.of(new DateRange(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))));
  }

  public static Task task(long id, long areaId, Long teamId, TaskStatus status, double m2) {
    return new Task(
        id,
        areaId,
        ReleaseMethod.MANUAL,
        teamId,
        status,
        LocalDate.of(2026, 2, 1),
        LocalDate.of(2026, 2, 20),
        m2,
        0);
  }

  public static LandRelease release(long id, long areaId, ReleaseCategory c, double m2) {
    return new LandRelease(id, areaId, null, c, m2, LocalDate.of(2026, 3, 1), 0);
  }
}
