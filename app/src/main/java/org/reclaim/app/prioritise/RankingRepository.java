package org.reclaim.app.prioritise;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.locationtech.jts.geom.Envelope;
import org.reclaim.analysis.criteria.AreaCriteria;
import org.reclaim.analysis.criteria.CriterionId;
import org.reclaim.analysis.ranking.RankStability;
import org.reclaim.analysis.ranking.RankedArea;
import org.reclaim.analysis.scoring.Contribution;
import org.reclaim.store.NotFoundException;
import org.reclaim.store.ReclaimStore;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import tools.jackson.core.type.TypeReference;

/**
 * Ranking runs and their entries in tables {@code ranking_run} and {@code ranking_entry}. Numbers
 * are stored as Java's shortest round-trip decimal text, so a run read back is bit-for-bit the run
 * that was written (what reproduction relies on).
 */
public final class RankingRepository {
  private static final TypeReference<Map<String, long[]>> SOURCES = new TypeReference<>() {};

  private final ReclaimStore store;

  RankingRepository(ReclaimStore store) {
    this.store = store;
  }

  /**
   * A stored run, without its entries.
   *
   * @param criteriaMillis wall time of the criteria computation, in milliseconds
   */
  public record Run(
      long id,
      String profileName,
      int profileVersion,
      String profileJson,
      String parametersJson,
      String method,
      Long regionId,
      Instant snapshotAt,
      Instant createdAt,
      String createdBy,
      int areaCount,
      long criteriaMillis) {}

  /** A stored entry: the area's place, raw values, explanation and stability. */
  public record Entry(
      long areaId,
      int rank,
      double score,
      String method,
      boolean costFallback,
      double[] raw,
      double[] normalised,
      double[] contributions,
      Map<String, long[]> sources,
      RankStability stability) {}

  /**
   * A ranked area as a row of the ranking table: its place, stability and the area's identity and
   * status from the register (code, name and region are {@code null} when the area was deleted
   * after the run; the stability figures are {@code null} when the run computed none).
   */
  public record Row(
      long areaId,
      int rank,
      double score,
      Integer medianRank,
      Integer p5Rank,
      Integer p95Rank,
      Double probabilityTopN,
      String code,
      String name,
      Long regionId,
      String status) {}

  long insertRun(Run run) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    store
        .jdbc()
        .update(
            c -> {
              var ps =
                  c.prepareStatement(
                      "INSERT INTO ranking_run (profile_name, profile_version, profile_json,"
                          + " parameters_json, method, region_id, snapshot_at, created_at,"
                          + " created_by, area_count, criteria_millis) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                      new String[] {"id"});
              ps.setString(1, run.profileName());
              ps.setInt(2, run.profileVersion());
              ps.setString(3, run.profileJson());
              ps.setString(4, run.parametersJson());
              ps.setString(5, run.method());
              ps.setObject(6, run.regionId());
              ps.setTimestamp(7, Timestamp.from(run.snapshotAt()));
              ps.setTimestamp(8, Timestamp.from(run.createdAt()));
              ps.setString(9, run.createdBy());
              ps.setInt(10, run.areaCount());
              ps.setLong(11, run.criteriaMillis());
              return ps;
            },
            key);
    return key.getKey().longValue();
  }

  void insertEntries(long runId, List<RankedArea> areas, Map<Long, RankStability> stability) {
    List<Object[]> batch = new ArrayList<>(1_000);
    for (RankedArea a : areas) {
      AreaCriteria c = a.criteria();
      RankStability s = stability.get(a.areaId());
      batch.add(
          new Object[] {
            runId,
            a.areaId(),
            a.rank(),
            a.score(),
            c.method() == null ? null : c.method().name(),
            c.costFallback(),
            join(c.values()),
            join(a.contributions().stream().mapToDouble(Contribution::normalised).toArray()),
            join(a.contributions().stream().mapToDouble(Contribution::contribution).toArray()),
            ProfileCatalog.JSON.writeValueAsString(sourcesOf(c)),
            s == null ? null : s.medianRank(),
            s == null ? null : s.p5Rank(),
            s == null ? null : s.p95Rank(),
            s == null ? null : s.probabilityTopN()
          });
      if (batch.size() == 1_000) {
        flush(batch);
      }
    }
    flush(batch);
  }

  private void flush(List<Object[]> batch) {
    if (!batch.isEmpty()) {
      store
          .jdbc()
          .batchUpdate(
              "INSERT INTO ranking_entry (run_id, area_id, rank_no, score, method, cost_fallback,"
                  + " raw_values, normalised_values, contributions, sources, median_rank, p5_rank,"
                  + " p95_rank, probability_top_n) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
              batch);
      batch.clear();
    }
  }

  private static Map<String, long[]> sourcesOf(AreaCriteria c) {
    Map<String, long[]> out = new LinkedHashMap<>();
    for (CriterionId id : CriterionId.all()) {
      long[] ids = c.sources(id);
      if (ids.length > 0) {
        out.put(id.key(), ids);
      }
    }
    return out;
  }

  List<Run> listRuns() {
    return store.jdbc().query(RUN_SQL + " ORDER BY id DESC", RUN);
  }

  Run getRun(long id) {
    return store.jdbc().query(RUN_SQL + " WHERE id = ?", RUN, id).stream()
        .findFirst()
        .orElseThrow(() -> new NotFoundException("RankingRun", id));
  }

  List<Entry> listEntries(long runId, long offset, int limit) {
    return store
        .jdbc()
        .query(
            ENTRY_SQL
                + " WHERE run_id = ? ORDER BY rank_no, area_id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY",
            ENTRY,
            runId,
            offset,
            limit);
  }

  List<Entry> listAllEntries(long runId) {
    return store
        .jdbc()
        .query(ENTRY_SQL + " WHERE run_id = ? ORDER BY rank_no, area_id", ENTRY, runId);
  }

  /**
   * The rows of a run, best first, joined with the areas' code, name, region and status; with a
   * {@code box} (lon/lat; {@code null} for all), only the areas whose geometry intersects it
   * (spatial index, then exact test).
   */
  List<Row> listRows(long runId, Envelope box) {
    if (box != null) {
      return listRowsIn(runId, box);
    }
    return store
        .jdbc()
        .query(
            "SELECT e.area_id, e.rank_no, e.score, e.median_rank, e.p5_rank, e.p95_rank,"
                + " e.probability_top_n, a.code, a.name, a.region_id, a.status"
                + " FROM ranking_entry e LEFT JOIN hazardous_area a ON a.id = e.area_id"
                + " WHERE e.run_id = ? ORDER BY e.rank_no, e.area_id",
            (rs, i) ->
                row(
                    rs,
                    rs.getString(8),
                    rs.getString(9),
                    rs.getObject(10, Long.class),
                    rs.getString(11)),
            runId);
  }

  /** A row from columns 1–7 (area id, rank, score, median, p5, p95, P(top N)) and the area. */
  private static Row row(
      java.sql.ResultSet rs, String code, String name, Long regionId, String status)
      throws java.sql.SQLException {
    return new Row(
        rs.getLong(1),
        rs.getInt(2),
        rs.getDouble(3),
        rs.getObject(4, Integer.class),
        rs.getObject(5, Integer.class),
        rs.getObject(6, Integer.class),
        rs.getObject(7, Double.class),
        code,
        name,
        regionId,
        status);
  }

  /**
   * The rows of the areas in {@code box}, in two steps: the areas by the spatial index, then their
   * entries by primary key in blocks of ids. One joined query let H2 walk all of a national run's
   * 200,000 entries (≈ 4 s per map view); this way a view costs what its few hundred areas cost.
   */
  private List<Row> listRowsIn(long runId, Envelope box) {
    String env = "ST_MakeEnvelope(?, ?, ?, ?, 4326)";
    Map<Long, String[]> areas = new LinkedHashMap<>();
    Map<Long, Long> regions = new LinkedHashMap<>();
    store
        .jdbc()
        .query(
            "SELECT id, code, name, region_id, status FROM hazardous_area WHERE geom && "
                + env
                + " AND ST_Intersects(geom, "
                + env
                + ")",
            rs -> {
              long id = rs.getLong(1);
              areas.put(id, new String[] {rs.getString(2), rs.getString(3), rs.getString(5)});
              regions.put(id, rs.getObject(4, Long.class));
            },
            box.getMinX(),
            box.getMinY(),
            box.getMaxX(),
            box.getMaxY(),
            box.getMinX(),
            box.getMinY(),
            box.getMaxX(),
            box.getMaxY());
    List<Long> ids = new ArrayList<>(areas.keySet());
    List<Row> rows = new ArrayList<>(ids.size());
    for (int from = 0; from < ids.size(); from += 500) {
      List<Long> block = ids.subList(from, Math.min(ids.size(), from + 500));
      List<Object> args = new ArrayList<>(block.size() + 1);
      args.add(runId);
      args.addAll(block);
      store
          .jdbc()
          .query(
              "SELECT area_id, rank_no, score, median_rank, p5_rank, p95_rank, probability_top_n"
                  + " FROM ranking_entry WHERE run_id = ? AND area_id IN ("
                  + String.join(",", java.util.Collections.nCopies(block.size(), "?"))
                  + ")",
              rs -> {
                long id = rs.getLong(1);
                String[] a = areas.get(id);
                rows.add(row(rs, a[0], a[1], regions.get(id), a[2]));
              },
              args.toArray());
    }
    rows.sort(java.util.Comparator.comparingInt(Row::rank).thenComparingLong(Row::areaId));
    return rows;
  }

  Entry getEntry(long runId, long areaId) {
    return store
        .jdbc()
        .query(ENTRY_SQL + " WHERE run_id = ? AND area_id = ?", ENTRY, runId, areaId)
        .stream()
        .findFirst()
        .orElseThrow(
            () -> new NotFoundException("RankingEntry of run " + runId + ", area", areaId));
  }

  private static final String RUN_SQL =
      "SELECT id, profile_name, profile_version, profile_json, parameters_json, method, region_id,"
          + " snapshot_at, created_at, created_by, area_count, criteria_millis FROM ranking_run";

  private static final RowMapper<Run> RUN =
      (rs, i) ->
          new Run(
              rs.getLong(1),
              rs.getString(2),
              rs.getInt(3),
              rs.getString(4),
              rs.getString(5),
              rs.getString(6),
              (Long) rs.getObject(7, Long.class),
              rs.getTimestamp(8).toInstant(),
              rs.getTimestamp(9).toInstant(),
              rs.getString(10),
              rs.getInt(11),
              rs.getLong(12));

  private static final String ENTRY_SQL =
      "SELECT area_id, rank_no, score, method, cost_fallback, raw_values, normalised_values,"
          + " contributions, sources, median_rank, p5_rank, p95_rank, probability_top_n"
          + " FROM ranking_entry";

  private static final RowMapper<Entry> ENTRY =
      (rs, i) -> {
        Integer median = (Integer) rs.getObject(10, Integer.class);
        long area = rs.getLong(1);
        int rank = rs.getInt(2);
        RankStability s =
            median == null
                ? null
                : new RankStability(
                    area, rank, median, rs.getInt(11), rs.getInt(12), rs.getDouble(13));
        return new Entry(
            area,
            rank,
            rs.getDouble(3),
            rs.getString(4),
            rs.getBoolean(5),
            split(rs.getString(6)),
            split(rs.getString(7)),
            split(rs.getString(8)),
            ProfileCatalog.JSON.readValue(rs.getString(9), SOURCES),
            s);
      };

  static String join(double[] values) {
    return Arrays.stream(values).mapToObj(Double::toString).collect(Collectors.joining(","));
  }

  static double[] split(String text) {
    return Arrays.stream(text.split(",")).mapToDouble(Double::parseDouble).toArray();
  }
}
