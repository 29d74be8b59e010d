package org.reclaim.store.ranking;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.locationtech.jts.geom.Envelope;
import org.reclaim.store.NotFoundException;
import org.reclaim.store.jdbc.GeneratedIds;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Ranking runs and their entries in tables {@code ranking_run} and {@code ranking_entry}. Numbers
 * are stored as Java's shortest round-trip decimal text, so a run read back is bit-for-bit the run
 * that was written (what reproduction relies on). The records here are the store's own: the
 * analysis types (ranked areas, rank stability) are mapped to and from them by the prioritisation
 * service, so that the store does not depend on the engines.
 *
 * <p>Thread safe; joins the caller's transaction.
 */
public final class RankingRepository {
  private static final TypeReference<Map<String, long[]>> SOURCES = new TypeReference<>() {};
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final JdbcTemplate jdbc;

  public RankingRepository(JdbcTemplate jdbc, org.reclaim.store.Vendor vendor) {
    this.jdbc = jdbc;
    this.vendor = vendor;
  }

  private final org.reclaim.store.Vendor vendor;

  /**
   * A stored run, without its entries.
   *
   * @param criteriaMillis wall time of the criteria computation, in milliseconds
   * @param likelihoodModelId the likelihood model the run used, or {@code null} for none
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
      long criteriaMillis,
      Long likelihoodModelId) {}

  /**
   * A stored entry: the area's place, raw values, explanation and stability.
   *
   * @param method the release method the ranking recommends, or {@code null} for none
   * @param methodReason why that method, or {@code null} (none, or stored before V7)
   * @param raw raw criterion values, in the run's criterion order
   * @param normalised normalised values, same order
   * @param contributions each criterion's part in the score, same order
   * @param sources criterion key → ids of the records behind its value
   * @param stability rank stability, or {@code null} when the run computed none
   */
  public record Entry(
      long areaId,
      int rank,
      double score,
      String method,
      String methodReason,
      boolean costFallback,
      double[] raw,
      double[] normalised,
      double[] contributions,
      Map<String, long[]> sources,
      Stability stability) {}

  /**
   * How stable an entry's rank was under perturbed weights.
   *
   * @param medianRank median rank over the samples
   * @param p5Rank 5th percentile rank
   * @param p95Rank 95th percentile rank
   * @param probabilityTopN share of samples within the top N, in [0, 1]
   */
  public record Stability(int medianRank, int p5Rank, int p95Rank, double probabilityTopN) {}

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

  /** Inserts a run (its id is assigned) and returns the new id. */
  public long insertRun(Run run) {
    return GeneratedIds.insert(
        jdbc,
        "INSERT INTO ranking_run (profile_name, profile_version, profile_json, parameters_json,"
            + " method, region_id, snapshot_at, created_at, created_by, area_count,"
            + " criteria_millis, likelihood_model_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        run.profileName(),
        run.profileVersion(),
        run.profileJson(),
        run.parametersJson(),
        run.method(),
        run.regionId(),
        Timestamp.from(run.snapshotAt()),
        Timestamp.from(run.createdAt()),
        run.createdBy(),
        run.areaCount(),
        run.criteriaMillis(),
        run.likelihoodModelId());
  }

  /** Inserts a run's entries in batches of 1,000. */
  public void insertEntries(long runId, List<Entry> entries) {
    List<Object[]> batch = new ArrayList<>(1_000);
    for (Entry e : entries) {
      Stability s = e.stability();
      batch.add(
          new Object[] {
            runId,
            e.areaId(),
            e.rank(),
            e.score(),
            e.method(),
            e.methodReason(),
            e.costFallback(),
            join(e.raw()),
            join(e.normalised()),
            join(e.contributions()),
            JSON.writeValueAsString(e.sources()),
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
      jdbc.batchUpdate(
          "INSERT INTO ranking_entry (run_id, area_id, rank_no, score, method, method_reason,"
              + " cost_fallback, raw_values, normalised_values, contributions, sources,"
              + " median_rank, p5_rank, p95_rank, probability_top_n)"
              + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
          batch);
      batch.clear();
    }
  }

  /** Every run, newest first. */
  public List<Run> listRuns() {
    return jdbc.query(RUN_SQL + " ORDER BY id DESC", RUN);
  }

  /** The run with {@code id}; throws {@link NotFoundException} if absent. */
  public Run getRun(long id) {
    return jdbc.query(RUN_SQL + " WHERE id = ?", RUN, id).stream()
        .findFirst()
        .orElseThrow(() -> new NotFoundException("RankingRun", id));
  }

  /** A page of a run's entries, best first. */
  public List<Entry> listEntries(long runId, long offset, int limit) {
    return jdbc.query(
        ENTRY_SQL
            + " WHERE run_id = ? ORDER BY rank_no, area_id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY",
        ENTRY,
        runId,
        offset,
        limit);
  }

  /**
   * Every area's rank in a run, ordered by area id: what the map's vector tiles colour areas by (a
   * national run's 200,000 ranks in two arrays, not 200,000 entries).
   *
   * @param areaIds the run's areas, ascending
   * @param ranks {@code ranks[i]} is the rank of {@code areaIds[i]} (1 = most urgent)
   */
  public record AreaRanks(long[] areaIds, int[] ranks) {
    /** The rank of {@code areaId} in the run, or 0 when the run did not rank it. */
    public int rankOf(long areaId) {
      int i = java.util.Arrays.binarySearch(areaIds, areaId);
      return i < 0 ? 0 : ranks[i];
    }
  }

  /** {@link AreaRanks} of run {@code runId} (empty when the run holds no entries). */
  public AreaRanks ranks(long runId) {
    List<long[]> rows =
        jdbc.query(
            "SELECT area_id, rank_no FROM ranking_entry WHERE run_id = ? ORDER BY area_id",
            (rs, n) -> new long[] {rs.getLong(1), rs.getInt(2)},
            runId);
    long[] ids = new long[rows.size()];
    int[] ranks = new int[rows.size()];
    for (int k = 0; k < ids.length; k++) {
      ids[k] = rows.get(k)[0];
      ranks[k] = (int) rows.get(k)[1];
    }
    return new AreaRanks(ids, ranks);
  }

  /** Every entry of a run, best first. */
  public List<Entry> listAllEntries(long runId) {
    return jdbc.query(ENTRY_SQL + " WHERE run_id = ? ORDER BY rank_no, area_id", ENTRY, runId);
  }

  /**
   * A page of a run's table rows: filtered, ordered and windowed by the database (without a box),
   * or — for the few thousand areas of a map view ({@code box}) — among that view's rows.
   */
  public RowPage pageRows(long runId, RowQuery q) {
    if (q.box() != null) {
      return pageInView(runId, q);
    }
    // With the run's id as a parameter H2 picks the primary key (run, area) and sorts the whole
    // run for every page (2–8 s for 200,000 areas, reclaim bench table); named, the index on
    // (run, rank, area) serves a page in index order.
    boolean byRank = "rank".equals(q.sort()) || "score".equals(q.sort());
    StringBuilder from =
        new StringBuilder(
            " FROM ranking_entry e"
                + (byRank && vendor == org.reclaim.store.Vendor.H2
                    ? " USE INDEX (ranking_entry_page)"
                    : "")
                + " LEFT JOIN hazardous_area a ON a.id = e.area_id"
                + ("region".equals(q.sort()) ? " LEFT JOIN region r ON r.id = a.region_id" : "")
                + " WHERE e.run_id = ?");
    List<Object> args = new ArrayList<>(List.of(runId));
    if (q.filtersAreas()) {
      // the register's matching areas first (by its indexes), then their entries by key: the
      // conditions on the joined rows made H2 join all of a national run's entries first (2.5 s)
      List<String> where = new ArrayList<>();
      if (q.text() != null) {
        where.add("(LOWER(t.code) LIKE ? ESCAPE '!' OR LOWER(t.name) LIKE ? ESCAPE '!')");
        String like = "%" + q.text().replaceAll("([!%_])", "!$1") + "%";
        args.add(like);
        args.add(like);
      }
      if (q.regionId() != null) {
        where.add("t.region_id = ?");
        args.add(q.regionId());
      }
      if (q.status() != null) {
        where.add("t.status = ?");
        args.add(q.status());
      }
      from.append(" AND e.area_id IN (SELECT t.id FROM hazardous_area t WHERE ")
          .append(String.join(" AND ", where))
          .append(")");
    }
    if ((!byRank || q.filtersAreas()) && vendor == org.reclaim.store.Vendor.H2) {
      return pageSortedHere(runId, q, from.toString(), args);
    }
    Long matched =
        q.filtersAreas()
            ? jdbc.queryForObject("SELECT COUNT(*)" + from, Long.class, args.toArray())
            : jdbc.queryForObject(
                "SELECT area_count FROM ranking_run WHERE id = ?", Long.class, runId);
    args.add(q.limit());
    args.add(q.offset());
    List<Row> rows =
        jdbc.query(
            JOINED_ROW_COLUMNS + from + " ORDER BY " + orderBy(q) + " LIMIT ? OFFSET ?",
            JOINED_ROW,
            args.toArray());
    return new RowPage(matched == null ? 0 : matched, rows);
  }

  /**
   * The ORDER BY clause. Rank (and score: ranks are by score, areas whose scores tie share a rank)
   * name the index on (run, rank, area) column for column, which H2 needs to read a page in index
   * order instead of sorting the run; other orders sort, missing values last either way, ties by
   * rank.
   */
  private static String orderBy(RowQuery q) {
    String value = sortValue(q);
    if (value == null) {
      boolean worstFirst = q.descending() == "rank".equals(q.sort());
      return worstFirst
          ? "e.run_id DESC, e.rank_no DESC, e.area_id DESC"
          : "e.run_id, e.rank_no, e.area_id";
    }
    return "CASE WHEN "
        + value
        + " IS NULL THEN 1 ELSE 0 END, "
        + value
        + (q.descending() ? " DESC" : " ASC")
        + ", e.rank_no, e.area_id";
  }

  /** The SQL value a table is ordered by; {@code null} for the rank order. */
  private static String sortValue(RowQuery q) {
    return switch (q.sort()) {
      case "rank", "score" -> null;
      case "code" -> "a.code";
      case "name" -> "a.name";
      case "region" -> "r.name";
      case "spread" -> "(e.p95_rank - e.p5_rank)";
      case "pTop" -> "e.probability_top_n";
      default -> throw new IllegalArgumentException(q.sort());
    };
  }

  /**
   * A page in an order no index gives, or of a filter, on the embedded store: the matching entries'
   * ids and sort values read (H2 answers a repeated query from its result cache while the tables
   * are unchanged, so the next pages cost little more than the sort), ordered here, and the page's
   * rows read by id. H2 sorting the joined run itself took 2.5–7 s a page for 200,000 areas ({@code
   * reclaim bench table}).
   */
  private RowPage pageSortedHere(long runId, RowQuery q, String from, List<Object> args) {
    Long version = jdbc.queryForObject("SELECT MAX(seq) FROM audit_log", Long.class);
    String key =
        runId
            + "|"
            + q.sort()
            + "|"
            + q.descending()
            + "|"
            + q.text()
            + "|"
            + q.regionId()
            + "|"
            + q.status()
            + "|"
            + version;
    long[] order;
    synchronized (orders) {
      order = orders.get(key);
    }
    if (order == null) {
      order = sortedHere(q, from, args);
      synchronized (orders) {
        orders.put(key, order);
      }
    }
    int start = (int) Math.min(q.offset(), order.length);
    long[] ids =
        java.util.Arrays.copyOfRange(
            order, start, (int) Math.min(order.length, start + (long) q.limit()));
    return new RowPage(order.length, rowsById(runId, ids));
  }

  /**
   * Orders of whole runs read by {@link #pageSortedHere} (area ids, in order), the last few, keyed
   * by run, order, filter and the register's version (the audit log's newest sequence number: any
   * change to the register makes a new key), so that paging through an order reads it once.
   */
  private final Map<String, long[]> orders =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, long[]> eldest) {
          return size() > 8;
        }
      };

  /** The ids of a run's entries matching the filter, in the order asked for. */
  private long[] sortedHere(RowQuery q, String from, List<Object> args) {
    List<Object[]> keys =
        jdbc.query(
            "SELECT e.area_id, e.rank_no, "
                + (sortValue(q) == null ? "e.rank_no" : sortValue(q))
                + from,
            (rs, i) -> new Object[] {rs.getLong(1), rs.getInt(2), rs.getObject(3)},
            args.toArray());
    @SuppressWarnings({"unchecked", "rawtypes"})
    java.util.Comparator<Object> values =
        (java.util.Comparator)
            java.util.Comparator.nullsLast(
                q.descending() != "score".equals(q.sort()) // score: the rank order reversed
                    ? java.util.Comparator.<Comparable>reverseOrder()
                    : java.util.Comparator.<Comparable>naturalOrder());
    keys.sort(
        java.util.Comparator.<Object[], Object>comparing(k -> k[2], values)
            .thenComparingInt(k -> (Integer) k[1])
            .thenComparingLong(k -> (Long) k[0]));
    return keys.stream().mapToLong(k -> (Long) k[0]).toArray();
  }

  /** The rows of a run's entries {@code ids}, in that order. */
  private List<Row> rowsById(long runId, long[] ids) {
    Map<Long, Row> byId = new java.util.HashMap<>();
    if (ids.length > 0) {
      List<Object> idArgs = new ArrayList<>(List.of(runId));
      for (long id : ids) {
        idArgs.add(id);
      }
      for (Row r :
          jdbc.query(
              JOINED_ROW_COLUMNS
                  + " FROM ranking_entry e LEFT JOIN hazardous_area a ON a.id = e.area_id"
                  + " WHERE e.run_id = ? AND e.area_id IN ("
                  + String.join(",", java.util.Collections.nCopies(ids.length, "?"))
                  + ")",
              JOINED_ROW,
              idArgs.toArray())) {
        byId.put(r.areaId(), r);
      }
    }
    return java.util.Arrays.stream(ids).mapToObj(byId::get).toList();
  }

  /** {@link #pageRows} for a map view: its rows filtered and ordered here. */
  private RowPage pageInView(long runId, RowQuery q) {
    Map<Long, String> regionNames = new java.util.HashMap<>();
    if ("region".equals(q.sort())) {
      jdbc.query(
          "SELECT id, name FROM region",
          (org.springframework.jdbc.core.RowCallbackHandler)
              rs -> regionNames.put(rs.getLong(1), rs.getString(2)));
    }
    java.util.function.Function<Row, Comparable<?>> key =
        switch (q.sort()) {
          case "rank" -> r -> q.descending() ? -r.rank() : r.rank();
          case "score" -> r -> q.descending() ? r.rank() : -r.rank();
          case "code" -> Row::code;
          case "name" -> Row::name;
          case "region" -> r -> regionNames.get(r.regionId());
          case "spread" -> r -> r.p95Rank() == null ? null : r.p95Rank() - r.p5Rank();
          case "pTop" -> Row::probabilityTopN;
          default -> throw new IllegalArgumentException(q.sort());
        };
    @SuppressWarnings({"unchecked", "rawtypes"})
    java.util.Comparator<Comparable> values =
        java.util.Comparator.nullsLast(
            q.descending() && !"rank".equals(q.sort())
                ? java.util.Comparator.<Comparable>reverseOrder()
                : java.util.Comparator.<Comparable>naturalOrder());
    @SuppressWarnings({"unchecked", "rawtypes"})
    java.util.Comparator<Row> order =
        (a, b) -> values.compare((Comparable) key.apply(a), (Comparable) key.apply(b));
    List<Row> inView = listRowsIn(runId, q.box());
    List<Row> matched =
        inView.stream()
            .filter(r -> q.regionId() == null || q.regionId().equals(r.regionId()))
            .filter(r -> q.status() == null || q.status().equals(r.status()))
            .filter(
                r ->
                    q.text() == null
                        || contains(r.code(), q.text())
                        || contains(r.name(), q.text()))
            .sorted(order.thenComparingInt(Row::rank).thenComparingLong(Row::areaId))
            .toList();
    int from = (int) Math.min(q.offset(), matched.size());
    int to = (int) Math.min(matched.size(), from + (long) q.limit());
    return new RowPage(matched.size(), matched.subList(from, to));
  }

  private static boolean contains(String value, String lowerText) {
    return value != null && value.toLowerCase(java.util.Locale.ROOT).contains(lowerText);
  }

  /** The columns of a table row: the entry's (1–7) and its area's (8–11, {@code a}). */
  private static final String JOINED_ROW_COLUMNS =
      "SELECT e.area_id, e.rank_no, e.score, e.median_rank, e.p5_rank, e.p95_rank,"
          + " e.probability_top_n, a.code, a.name, a.region_id, a.status";

  /** A table row read from {@link #JOINED_ROW_COLUMNS}. */
  private static final RowMapper<Row> JOINED_ROW =
      (rs, i) ->
          row(rs, rs.getString(8), rs.getString(9), rs.getObject(10, Long.class), rs.getString(11));

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
    jdbc.query(
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
      jdbc.query(
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

  /** One area's entry in a run; throws {@link NotFoundException} if absent. */
  public Entry getEntry(long runId, long areaId) {
    return jdbc
        .query(ENTRY_SQL + " WHERE run_id = ? AND area_id = ?", ENTRY, runId, areaId)
        .stream()
        .findFirst()
        .orElseThrow(
            () -> new NotFoundException("RankingEntry of run " + runId + ", area", areaId));
  }

  private static final String RUN_SQL =
      "SELECT id, profile_name, profile_version, profile_json, parameters_json, method, region_id,"
          + " snapshot_at, created_at, created_by, area_count, criteria_millis,"
          + " likelihood_model_id FROM ranking_run";

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
              rs.getLong(12),
              rs.getObject(13, Long.class));

  /**
   * An entry's columns. {@code sources} (a large object) is read as text: H2 otherwise copies each
   * row's object into temporary storage for the result, which was most of a ranking page's time in
   * the load test's profile ({@code reclaim bench api --jfr}, docs/benchmarks.md).
   */
  private static final String ENTRY_SQL =
      "SELECT area_id, rank_no, score, method, cost_fallback, raw_values, normalised_values,"
          + " contributions, CAST(sources AS VARCHAR) AS sources, median_rank, p5_rank, p95_rank,"
          + " probability_top_n, method_reason FROM ranking_entry";

  private static final RowMapper<Entry> ENTRY =
      (rs, i) -> {
        Integer median = (Integer) rs.getObject(10, Integer.class);
        long area = rs.getLong(1);
        int rank = rs.getInt(2);
        Stability s =
            median == null
                ? null
                : new Stability(median, rs.getInt(11), rs.getInt(12), rs.getDouble(13));
        return new Entry(
            area,
            rank,
            rs.getDouble(3),
            rs.getString(4),
            rs.getString(14),
            rs.getBoolean(5),
            split(rs.getString(6)),
            split(rs.getString(7)),
            split(rs.getString(8)),
            JSON.readValue(rs.getString(9), SOURCES),
            s);
      };

  private static String join(double[] values) {
    return Arrays.stream(values).mapToObj(Double::toString).collect(Collectors.joining(","));
  }

  private static double[] split(String text) {
    return Arrays.stream(text.split(",")).mapToDouble(Double::parseDouble).toArray();
  }
}
