package org.reclaim.analysis.criteria;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
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
import org.reclaim.domain.hazard.HazardClass;
import org.reclaim.domain.hazard.HazardousArea;
import org.reclaim.domain.hazard.Terrain;
import org.reclaim.domain.hazard.Vegetation;
import org.reclaim.domain.task.ReleaseMethod;
import org.reclaim.domain.team.ProductivityTable;
import org.reclaim.domain.team.Team;
import org.reclaim.domain.team.TeamType;

/**
 * Fixtures for criteria and ranking tests: WGS84 records placed by metre offsets from an origin at
 * 31° E, 49° N, and a mutable snapshot builder.
 *
 * <p>Offsets use the WGS84 ellipsoid's degree lengths at 49° N: 111,211 m per degree of latitude
 * (111,132.95 − 559.82 cos 2φ + 1.18 cos 4φ) and 73,172 m per degree of longitude (111,412.84 cos φ
 * − 93.5 cos 3φ). The Lambert azimuthal equal-area frame the criteria are measured in has scale 1
 * at its centre, so within a few km of the origin a metre offset here is a metre there to about
 * 1e-4.
 */
public final class CriteriaForTest {
  public static final double LON0 = 31.0;
  public static final double LAT0 = 49.0;
  public static final double M_PER_DEG_LAT = 111_211;
  public static final double M_PER_DEG_LON = 73_172;
  public static final LocalDate AS_OF = LocalDate.of(2026, 1, 1);

  private CriteriaForTest() {}

  /** Longitude of a point {@code xM} metres east of the origin. */
  public static double lon(double xM) {
    return LON0 + xM / M_PER_DEG_LON;
  }

  /** Latitude of a point {@code yM} metres north of the origin. */
  public static double lat(double yM) {
    return LAT0 + yM / M_PER_DEG_LAT;
  }

  public static Point point(double xM, double yM) {
    return Wgs84.point(lon(xM), lat(yM));
  }

  /** A WGS84 polygon from metre offsets x0, y0, x1, y1, ... (ring closed here). */
  public static Geometry polygon(double... xy) {
    StringBuilder sb = new StringBuilder("POLYGON ((");
    for (int i = 0; i < xy.length; i += 2) {
      sb.append(String.format(Locale.ROOT, "%.10f %.10f, ", lon(xy[i]), lat(xy[i + 1])));
    }
    sb.append(String.format(Locale.ROOT, "%.10f %.10f))", lon(xy[0]), lat(xy[1])));
    return wkt(sb.toString());
  }

  /** An axis-parallel rectangle from (x0, y0) to (x1, y1), metres. */
  public static Geometry rect(double x0, double y0, double x1, double y1) {
    return polygon(x0, y0, x1, y0, x1, y1, x0, y1);
  }

  /** A WGS84 line from metre offsets. */
  public static Geometry line(double... xy) {
    StringBuilder sb = new StringBuilder("LINESTRING (");
    for (int i = 0; i < xy.length; i += 2) {
      sb.append(i == 0 ? "" : ", ")
          .append(String.format(Locale.ROOT, "%.10f %.10f", lon(xy[i]), lat(xy[i + 1])));
    }
    return wkt(sb.append(")").toString());
  }

  public static Geometry wkt(String wkt) {
    try {
      return new WKTReader(Wgs84.FACTORY).read(wkt);
    } catch (ParseException e) {
      throw new IllegalArgumentException(wkt, e);
    }
  }

  public static HazardousArea area(long id, HazardClass c, Terrain t, Geometry g) {
    return HazardousArea.builder()
        .id(id)
        .code("HA-" + id)
        .name("Area " + id)
        .hazardClass(c)
        .terrain(t)
        .vegetation(Vegetation.LIGHT)
        .contamination(EnumSet.of(ContaminationType.AP_MINE))
        .geometry(g)
        .reportedOn(LocalDate.of(2025, 3, 1))
        .build();
  }

  /** An SHA on flat land with light vegetation. */
  public static HazardousArea area(long id, Geometry g) {
    return area(id, HazardClass.SHA, Terrain.FLAT, g);
  }

  public static Settlement settlement(long id, int population, double xM, double yM) {
    return new Settlement(id, "Village " + id, population, point(xM, yM), null);
  }

  public static CriticalInfrastructure infrastructure(long id, Geometry g) {
    return new CriticalInfrastructure(id, CriticalInfrastructure.Kind.POWER, "Substation " + id, g);
  }

  public static RoadSegment road(long id, Geometry line) {
    return new RoadSegment(id, RoadSegment.Kind.ROAD, "primary", line);
  }

  public static AgriculturalParcel parcel(long id, double usdPerHa, Geometry g) {
    return new AgriculturalParcel(id, "wheat", usdPerHa, g, AreaOp.areaM2(g));
  }

  public static RecoveryProject project(
      long id, RecoveryProject.Status status, double budgetUsd, Geometry g) {
    return new RecoveryProject(
        id, "Project " + id, "education", status, budgetUsd, LocalDate.of(2026, 5, 1), g);
  }

  /** A report of {@code type} at a metre offset, reliability {@code r}, no casualties. */
  public static Evidence evidence(
      long id, EvidenceType type, LocalDate on, double r, double xM, double yM) {
    return Evidence.of(id, type, on, point(xM, yM), "test", r, null, null, 0);
  }

  public static Evidence accident(long id, LocalDate on, int casualties, double xM, double yM) {
    return Evidence.of(
        id, EvidenceType.ACCIDENT, on, point(xM, yM), "test", 0.9, null, null, casualties);
  }

  /** A team of {@code type} with one productivity figure per (method, FLAT, LIGHT) pair. */
  public static Team team(long id, TeamType type, double dayRateUsd, Object... methodAndM2) {
    ProductivityTable.Builder b = ProductivityTable.builder();
    for (int i = 0; i < methodAndM2.length; i += 2) {
      b.put(
          (ReleaseMethod) methodAndM2[i],
          Terrain.FLAT,
          Vegetation.LIGHT,
          ((Number) methodAndM2[i + 1]).doubleValue());
    }
    return new Team(id, 1, "Team " + id, type, point(0, 0), b.build(), dayRateUsd, List.of());
  }

  /**
   * A seeded synthetic register: {@code n} hazardous areas, one per 1 km grid cell of a 6-column
   * grid (each at most 600 m wide and at least 200 m from its cell's edges, so areas are at least
   * 400 m apart), with settlements, parcels, recovery projects, roads, infrastructure, four teams
   * and {@code evidence} reports scattered over the same extent.
   */
  public static Snapshot randomScene(long seed, int n, int evidence) {
    java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
    Snapshot s = new Snapshot();
    int cols = 6;
    int rows = (n + cols - 1) / cols;
    for (int i = 0; i < n; i++) {
      double x0 = (i % cols) * 1000 + 200 + r.nextDouble(0, 100);
      double y0 = (i / cols) * 1000 + 200 + r.nextDouble(0, 100);
      Geometry g = rect(x0, y0, x0 + r.nextDouble(50, 500), y0 + r.nextDouble(50, 500));
      HazardClass c = r.nextInt(4) == 0 ? HazardClass.CHA : HazardClass.SHA;
      s.areas.add(area(i + 1, c, Terrain.FLAT, g));
    }
    double w = cols * 1000;
    double h = rows * 1000;
    for (int i = 0; i < n / 2; i++) {
      s.settlements.add(
          settlement(
              100 + i,
              r.nextInt(50, 5000),
              r.nextDouble(-2000, w + 2000),
              r.nextDouble(-2000, h + 2000)));
      double px = r.nextDouble(0, w);
      double py = r.nextDouble(0, h);
      s.parcels.add(
          parcel(
              200 + i,
              r.nextDouble(100, 2000),
              rect(px, py, px + r.nextDouble(100, 900), py + r.nextDouble(100, 900))));
      s.projects.add(
          project(
              300 + i,
              RecoveryProject.Status.values()[r.nextInt(4)],
              r.nextDouble(1e4, 1e6),
              point(r.nextDouble(0, w), r.nextDouble(0, h))));
      s.roads.add(
          road(
              400 + i,
              line(
                  r.nextDouble(0, w), r.nextDouble(0, h), r.nextDouble(0, w), r.nextDouble(0, h))));
      s.infrastructure.add(infrastructure(500 + i, point(r.nextDouble(0, w), r.nextDouble(0, h))));
    }
    s.teams.add(team(1, TeamType.NTS, 500, ReleaseMethod.NTS, 20_000));
    s.teams.add(team(2, TeamType.MANUAL, 1000, ReleaseMethod.TS, 5_000, ReleaseMethod.MANUAL, 200));
    s.teams.add(team(3, TeamType.MECHANICAL, 4000, ReleaseMethod.MECHANICAL, 2_000));
    s.teams.add(team(4, TeamType.MDD, 1500, ReleaseMethod.MDD, 1_000));
    for (int i = 0; i < evidence; i++) {
      s.evidence.add(randomEvidence(r, 10_000 + i, w, h));
    }
    return s;
  }

  /** A random report somewhere in [0, w] x [0, h] m: any type, mostly before {@link #AS_OF}. */
  public static Evidence randomEvidence(java.util.SplittableRandom r, long id, double w, double h) {
    EvidenceType type = EvidenceType.values()[r.nextInt(EvidenceType.values().length)];
    LocalDate on = AS_OF.minusDays(r.nextInt(-30, 1500));
    int casualties = type == EvidenceType.ACCIDENT ? r.nextInt(0, 4) : 0;
    Double confidence = r.nextBoolean() ? r.nextDouble() : null;
    return Evidence.of(
        id,
        type,
        on,
        point(r.nextDouble(0, w), r.nextDouble(0, h)),
        "synthetic",
        r.nextDouble(),
        null,
        confidence,
        casualties);
  }

  /** A mutable set of layers that becomes a {@link ContextSnapshot}. */
  public static final class Snapshot {
    public final List<HazardousArea> areas = new ArrayList<>();
    public final List<Evidence> evidence = new ArrayList<>();
    public final List<Settlement> settlements = new ArrayList<>();
    public final List<RoadSegment> roads = new ArrayList<>();
    public final List<CriticalInfrastructure> infrastructure = new ArrayList<>();
    public final List<AgriculturalParcel> parcels = new ArrayList<>();
    public final List<RecoveryProject> projects = new ArrayList<>();
    public final List<Team> teams = new ArrayList<>();

    public ContextSnapshot build() {
      return new ContextSnapshot(
          Instant.parse("2026-01-01T00:00:00Z"),
          List.copyOf(areas),
          List.copyOf(evidence),
          List.copyOf(settlements),
          List.copyOf(roads),
          List.copyOf(infrastructure),
          List.copyOf(parcels),
          List.copyOf(projects),
          List.copyOf(teams));
    }

    /** The evidence list with {@code e} added, or replacing the report with its id. */
    public Snapshot upsert(Evidence e) {
      evidence.removeIf(x -> x.id() == e.id());
      evidence.add(e);
      return this;
    }
  }
}
