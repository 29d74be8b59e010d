package org.reclaim.bench.baseline;

import java.sql.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.reclaim.analysis.criteria.CriteriaParameters;
import org.reclaim.analysis.criteria.CriterionId;
import org.reclaim.domain.geometry.LocalProjection;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The spatial criteria of {@code analysis.criteria.CriteriaOp}, computed by PostGIS SQL on the
 * register's tables: the yardstick {@code reclaim bench prioritise} compares Reclaim against.
 *
 * <p>A fair query: every layer gets a metric geometry column {@code geom_m} in the same equal-area
 * projection Reclaim measures in (a {@code spatial_ref_sys} entry with the same PROJ string), a
 * GiST index on it, and fresh statistics ({@code ANALYZE}); neighbourhoods are found with {@code
 * ST_DWithin} (index-assisted), the nearest settlement with the KNN operator {@code <->}, road
 * buffers are computed once per area, parcel overlaps once per pair. Cost criteria (productivity
 * tables) are not spatial and are not part of the comparison.
 *
 * <p>This is the one place outside the store that holds SQL, on purpose: it is the baseline Reclaim
 * is measured against, and it runs on the benchmark's database only.
 */
public final class PostgisCriteriaQuery {
  /** The SRID given to Reclaim's projection in {@code spatial_ref_sys}. */
  public static final int SRID = 990_001;

  private static final List<String> TABLES =
      List.of(
          "hazardous_area",
          "evidence",
          "settlement",
          "road_segment",
          "critical_infrastructure",
          "agricultural_parcel",
          "recovery_project");

  private static final String AREAS =
      "SELECT id, geom_m FROM hazardous_area WHERE status <> 'RELEASED'";

  private final JdbcTemplate jdbc;

  /** Queries over the register behind {@code dataSource} (PostgreSQL with PostGIS). */
  public PostgisCriteriaQuery(javax.sql.DataSource dataSource) {
    this.jdbc = new JdbcTemplate(dataSource);
  }

  /** Adds the projection, metric columns, GiST indexes and statistics the queries use. */
  public void prepare(LocalProjection frame) {
    jdbc.update("DELETE FROM spatial_ref_sys WHERE srid = ?", SRID);
    jdbc.update(
        "INSERT INTO spatial_ref_sys (srid, auth_name, auth_srid, srtext, proj4text)"
            + " VALUES (?, 'reclaim', ?, NULL, ?)",
        SRID,
        SRID,
        frame.proj4());
    for (String t : TABLES) {
      jdbc.execute("DROP INDEX IF EXISTS " + t + "_geom_m");
      jdbc.execute("ALTER TABLE " + t + " DROP COLUMN IF EXISTS geom_m");
      jdbc.execute("ALTER TABLE " + t + " ADD COLUMN geom_m geometry(Geometry, " + SRID + ")");
      jdbc.execute("UPDATE " + t + " SET geom_m = ST_Transform(geom, " + SRID + ")");
      jdbc.execute("CREATE INDEX " + t + "_geom_m ON " + t + " USING GIST (geom_m)");
      jdbc.execute("ANALYZE " + t);
    }
  }

  /**
   * Area id → raw values indexed by {@link CriterionId#ordinal()} ({@link CriterionId#spatial()}
   * filled, the rest 0), for every hazardous area not released.
   */
  public Map<Long, double[]> compute(CriteriaParameters p) {
    Map<Long, double[]> out = new HashMap<>();
    Map<Long, double[]> areaAndClass = new HashMap<>();
    jdbc.query(
        "SELECT id, ST_Area(geom_m), hazard_class = 'CHA' FROM hazardous_area"
            + " WHERE status <> 'RELEASED'",
        rs -> {
          out.put(rs.getLong(1), new double[CriterionId.all().size()]);
          areaAndClass.put(rs.getLong(1), new double[] {rs.getDouble(2), rs.getBoolean(3) ? 1 : 0});
        });
    sum(
        out,
        "WITH a AS ("
            + AREAS
            + ") SELECT a.id, SUM(s.population * EXP(-ST_Distance(a.geom_m,"
            + " s.geom_m) / ?)) FROM a JOIN settlement s ON ST_DWithin(a.geom_m, s.geom_m, ?)"
            + " GROUP BY a.id",
        CriterionId.POPULATION_EXPOSED,
        p.populationDecayM(),
        p.settlementRadiusM());
    nearestSettlement(out, p.nearestSettlementLimitM());
    sum(
        out,
        "WITH a AS ("
            + AREAS
            + ") SELECT a.id, COUNT(*) FROM a JOIN critical_infrastructure i"
            + " ON ST_DWithin(a.geom_m, i.geom_m, ?) GROUP BY a.id",
        CriterionId.INFRASTRUCTURE_BLOCKED,
        p.infrastructureBufferM());
    sum(
        out,
        "WITH b AS (SELECT id, ST_Buffer(geom_m, ?) AS g FROM hazardous_area WHERE status <>"
            + " 'RELEASED') SELECT b.id, SUM(ST_Length(ST_Intersection(r.geom_m, b.g))) FROM b"
            + " JOIN road_segment r ON ST_Intersects(b.g, r.geom_m) GROUP BY b.id",
        CriterionId.ROADS_BLOCKED_M,
        p.roadBufferM());
    parcels(out);
    sum(
        out,
        "WITH a AS ("
            + AREAS
            + ") SELECT a.id, SUM(r.budget_usd) FROM a JOIN recovery_project r"
            + " ON r.status <> 'DONE' AND ST_DWithin(a.geom_m, r.geom_m, ?) GROUP BY a.id",
        CriterionId.RECOVERY_BUDGET_USD,
        p.recoveryBufferM());
    Date asOf = Date.valueOf(p.asOf());
    sum(
        out,
        "WITH a AS ("
            + AREAS
            + ") SELECT a.id, SUM((1 + e.casualties) * POWER(0.5, (?::date -"
            + " e.observed_on) / ?)) FROM a JOIN evidence e ON e.type = 'ACCIDENT' AND"
            + " e.observed_on <= ? AND ST_DWithin(a.geom_m, e.geom_m, ?) GROUP BY a.id",
        CriterionId.ACCIDENT_SEVERITY,
        asOf,
        p.accidentHalfLifeDays(),
        asOf,
        p.accidentRadiusM());
    evidence(out, areaAndClass, asOf, p.evidenceBufferM());
    return out;
  }

  private void sum(Map<Long, double[]> out, String sql, CriterionId c, Object... args) {
    jdbc.query(
        sql,
        rs -> {
          out.get(rs.getLong(1))[c.ordinal()] = rs.getDouble(2);
        },
        args);
  }

  private void nearestSettlement(Map<Long, double[]> out, double limit) {
    out.values().forEach(v -> v[CriterionId.DISTANCE_TO_SETTLEMENT_M.ordinal()] = limit);
    jdbc.query(
        "WITH a AS ("
            + AREAS
            + ") SELECT a.id, (SELECT ST_Distance(a.geom_m, s.geom_m) FROM"
            + " settlement s ORDER BY a.geom_m <-> s.geom_m LIMIT 1) FROM a",
        rs -> {
          double d = rs.getDouble(2);
          if (!rs.wasNull() && d < limit) {
            out.get(rs.getLong(1))[CriterionId.DISTANCE_TO_SETTLEMENT_M.ordinal()] = d;
          }
        });
  }

  private void parcels(Map<Long, double[]> out) {
    jdbc.query(
        "WITH a AS ("
            + AREAS
            + ") SELECT a.id, SUM(x.m2), SUM(x.m2 / 10000 * p.value_usd_per_ha)"
            + " FROM a JOIN agricultural_parcel p ON ST_Intersects(a.geom_m, p.geom_m)"
            + " CROSS JOIN LATERAL (SELECT ST_Area(ST_Intersection(a.geom_m, p.geom_m)) AS m2) x"
            + " GROUP BY a.id",
        rs -> {
          double[] v = out.get(rs.getLong(1));
          v[CriterionId.AGRICULTURAL_AREA_M2.ordinal()] = rs.getDouble(2);
          v[CriterionId.AGRICULTURAL_VALUE_USD.ordinal()] = rs.getDouble(3);
        });
  }

  private void evidence(
      Map<Long, double[]> out, Map<Long, double[]> areaAndClass, Date asOf, double bufferM) {
    areaAndClass.forEach((id, ac) -> out.get(id)[CriterionId.DIRECT_EVIDENCE.ordinal()] = ac[1]);
    jdbc.query(
        "WITH a AS ("
            + AREAS
            + ") SELECT a.id, SUM(e.reliability), BOOL_OR(e.evidence_class ="
            + " 'DIRECT') FROM a JOIN evidence e ON e.observed_on <= ? AND ST_DWithin(a.geom_m,"
            + " e.geom_m, ?) GROUP BY a.id",
        rs -> {
          long id = rs.getLong(1);
          double[] v = out.get(id);
          double km2 = Math.max(areaAndClass.get(id)[0] / 1_000_000, 0.01);
          v[CriterionId.EVIDENCE_DENSITY.ordinal()] = rs.getDouble(2) / km2;
          if (rs.getBoolean(3)) {
            v[CriterionId.DIRECT_EVIDENCE.ordinal()] = 1;
          }
        },
        asOf,
        bufferM);
  }
}
