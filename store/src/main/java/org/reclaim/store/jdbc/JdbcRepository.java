package org.reclaim.store.jdbc;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.reclaim.store.NotFoundException;
import org.reclaim.store.StaleVersionException;
import org.reclaim.store.Vendor;
import org.reclaim.store.Versioned;
import org.reclaim.store.audit.AuditLog;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/**
 * Create, read, update and delete for one record type, driven by its {@link TableMapping}; the same
 * SQL runs on both vendors except for geometry binding ({@link Vendor}).
 *
 * <p>Every single-record change is written to the audit log with its before and after state, and
 * carries an optimistic version: an update or delete naming a stale version fails with {@link
 * StaleVersionException} and writes nothing. Bulk inserts ({@link #insertAll}) write one audit
 * entry for the whole batch, so that an import of a million records is one audited change rather
 * than a million.
 *
 * <p>Thread safe. Calls join the caller's transaction when there is one (Spring's transaction
 * synchronisation), else each statement commits on its own.
 *
 * <p>A record type with questions of its own (tasks of an area, the report of a task) gets a
 * subclass with typed query methods built on {@link #listWhere}; no SQL leaves the store.
 */
public class JdbcRepository<T> {
  private static final int BATCH = 5_000;

  private final TableMapping<T> mapping;
  private final JdbcTemplate jdbc;
  private final Vendor vendor;
  private final AuditLog audit;
  private final String selectColumns;
  private final String insertSql;
  private final String updateSql;
  private final RowMapper<Versioned<T>> rowMapper;
  private final PostgresCopy<T> copy;

  public JdbcRepository(TableMapping<T> mapping, JdbcTemplate jdbc, Vendor vendor, AuditLog audit) {
    this.mapping = mapping;
    this.jdbc = jdbc;
    this.vendor = vendor;
    this.audit = audit;
    this.selectColumns =
        "id, version, "
            + mapping.columns().stream()
                .map(
                    c ->
                        c.type() == Column.ColumnType.GEOMETRY
                            ? vendor.geometrySelect(c.name()) + " AS " + c.name()
                            : c.name())
                .collect(Collectors.joining(", "));
    this.insertSql =
        "INSERT INTO "
            + mapping.table()
            + " (id, version, "
            + mapping.columns().stream().map(Column::name).collect(Collectors.joining(", "))
            + ") VALUES (?, 1, "
            + mapping.columns().stream().map(this::parameter).collect(Collectors.joining(", "))
            + ")";
    this.updateSql =
        "UPDATE "
            + mapping.table()
            + " SET version = version + 1, "
            + mapping.columns().stream()
                .map(c -> c.name() + " = " + parameter(c))
                .collect(Collectors.joining(", "))
            + " WHERE id = ? AND version = ?";
    this.copy = vendor == Vendor.POSTGRESQL ? new PostgresCopy<>(mapping) : null;
    this.rowMapper =
        (rs, n) -> {
          Row row = new Row(rs);
          return new Versioned<>(mapping.reader().apply(row), row.getLong("version"));
        };
  }

  /** The mapping this repository works with. */
  public TableMapping<T> mapping() {
    return mapping;
  }

  private String parameter(Column<T> c) {
    return c.type() == Column.ColumnType.GEOMETRY ? vendor.geometryParameter() : "?";
  }

  /**
   * Inserts every record in batches at version 1, and writes one audit entry for the batch. Run it
   * inside a transaction to make it all-or-nothing.
   *
   * @param actor who made the change (user name or {@code system})
   * @param source what the records came from (file name, generator), for the audit entry
   */
  public void insertAll(Collection<T> records, String actor, String source) {
    insertBatch(records);
    if (!records.isEmpty()) {
      long first = Long.MAX_VALUE;
      long last = Long.MIN_VALUE;
      for (T r : records) {
        long id = mapping.id().applyAsLong(r);
        first = Math.min(first, id);
        last = Math.max(last, id);
      }
      auditBulk(records.size(), first, last, actor, source);
    }
  }

  /**
   * Inserts records at version 1 without auditing them: for a caller that writes a large import in
   * several batches inside one transaction and then calls {@link #auditBulk} once.
   */
  public void insertBatch(Collection<T> records) {
    List<T> chunk = new ArrayList<>(Math.min(BATCH, records.size()));
    for (T r : records) {
      chunk.add(r);
      if (chunk.size() == BATCH) {
        insertChunk(chunk);
        chunk.clear();
      }
    }
    if (!chunk.isEmpty()) {
      insertChunk(chunk);
    }
  }

  /** Writes the one audit entry of a bulk insert: how many records, which ids, from where. */
  public void auditBulk(long count, long firstId, long lastId, String actor, String source) {
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("records", count);
    summary.put("firstId", firstId);
    summary.put("lastId", lastId);
    summary.put("source", source);
    audit.record(actor, mapping.entity(), null, AuditLog.Action.BULK_INSERT, null, summary);
  }

  private void insertChunk(List<T> chunk) {
    if (copy != null) {
      copy.insert(jdbc, chunk);
      return;
    }
    jdbc.batchUpdate(
        insertSql,
        chunk,
        chunk.size(),
        (ps, r) -> {
          ps.setLong(1, mapping.id().applyAsLong(r));
          bindColumns(ps, r, 2);
        });
  }

  /** Inserts one record at version 1 and audits it. */
  public Versioned<T> insert(T record, String actor) {
    jdbc.update(
        insertSql,
        ps -> {
          ps.setLong(1, mapping.id().applyAsLong(record));
          bindColumns(ps, record, 2);
        });
    long id = mapping.id().applyAsLong(record);
    audit.record(actor, mapping.entity(), id, AuditLog.Action.INSERT, null, snapshot(record));
    return new Versioned<>(record, 1);
  }

  /**
   * Replaces the stored record with the same id, if its version is still {@code expectedVersion}.
   *
   * @return the record at its new version
   * @throws NotFoundException if there is no such record
   * @throws StaleVersionException if someone else changed it since {@code expectedVersion}
   */
  public Versioned<T> update(T record, long expectedVersion, String actor) {
    long id = mapping.id().applyAsLong(record);
    Versioned<T> before = getById(id);
    int n =
        jdbc.update(
            updateSql,
            ps -> {
              int i = bindColumns(ps, record, 1);
              ps.setLong(i, id);
              ps.setLong(i + 1, expectedVersion);
            });
    if (n == 0) {
      throw new StaleVersionException(mapping.entity(), id, expectedVersion);
    }
    audit.record(
        actor,
        mapping.entity(),
        id,
        AuditLog.Action.UPDATE,
        snapshot(before.value()),
        snapshot(record));
    return new Versioned<>(record, expectedVersion + 1);
  }

  /** Deletes the record if its version is still {@code expectedVersion}, and audits it. */
  public void delete(long id, long expectedVersion, String actor) {
    Versioned<T> before = getById(id);
    int n =
        jdbc.update(
            "DELETE FROM " + mapping.table() + " WHERE id = ? AND version = ?",
            id,
            expectedVersion);
    if (n == 0) {
      throw new StaleVersionException(mapping.entity(), id, expectedVersion);
    }
    audit.record(
        actor, mapping.entity(), id, AuditLog.Action.DELETE, snapshot(before.value()), null);
  }

  /** The record with {@code id}, if any. */
  public Optional<Versioned<T>> findById(long id) {
    return jdbc
        .query(
            "SELECT " + selectColumns + " FROM " + mapping.table() + " WHERE id = ?", rowMapper, id)
        .stream()
        .findFirst();
  }

  /** The record with {@code id}; throws {@link NotFoundException} if absent. */
  public Versioned<T> getById(long id) {
    return findById(id).orElseThrow(() -> new NotFoundException(mapping.entity(), id));
  }

  /** A page of records in id order. */
  public List<Versioned<T>> list(long offset, int limit) {
    return list(Filter.ALL, offset, limit);
  }

  /** Every record, in id order. For engines that work on in-memory snapshots. */
  public List<T> listAll() {
    return jdbc.query(
        "SELECT " + selectColumns + " FROM " + mapping.table() + " ORDER BY id",
        (rs, n) -> mapping.reader().apply(new Row(rs)));
  }

  /**
   * Every record with its version, in id order, handed to {@code each} {@code batch} at a time:
   * pages by id (keyset), so neither side holds the whole table. A record changed while the pages
   * are read may be seen before or after its change: compare the layer's version before and after
   * when that matters.
   */
  public void forEach(int batch, java.util.function.Consumer<Versioned<T>> each) {
    String sql =
        "SELECT "
            + selectColumns
            + " FROM "
            + mapping.table()
            + " WHERE id > ? ORDER BY id FETCH FIRST ? ROWS ONLY";
    long after = Long.MIN_VALUE;
    while (true) {
      List<Versioned<T>> page = jdbc.query(sql, rowMapper, after, batch);
      page.forEach(each);
      if (page.size() < batch) {
        return;
      }
      after = mapping.id().applyAsLong(page.getLast().value());
    }
  }

  /**
   * Records matching a SQL condition on this table's columns, in id order: the building block of a
   * subclass's typed query methods.
   */
  protected final List<T> listWhere(String condition, Object... args) {
    return jdbc.query(
        "SELECT "
            + selectColumns
            + " FROM "
            + mapping.table()
            + " WHERE "
            + condition
            + " ORDER BY id",
        (rs, n) -> mapping.reader().apply(new Row(rs)),
        args);
  }

  /** The records with these ids, in id order; ids without a record are skipped. */
  public List<T> listByIds(Collection<Long> ids) {
    List<T> out = new ArrayList<>(ids.size());
    List<Long> all = List.copyOf(ids);
    for (int from = 0; from < all.size(); from += 500) {
      List<Long> block = all.subList(from, Math.min(all.size(), from + 500));
      out.addAll(
          listWhere(
              "id IN (" + String.join(",", java.util.Collections.nCopies(block.size(), "?")) + ")",
              block.toArray()));
    }
    out.sort(java.util.Comparator.comparingLong(mapping.id()));
    return out;
  }

  /** Every id in the table, ascending. */
  public long[] listIds() {
    return jdbc
        .queryForList("SELECT id FROM " + mapping.table() + " ORDER BY id", Long.class)
        .stream()
        .mapToLong(Long::longValue)
        .toArray();
  }

  /** The store's connections, for a subclass's own queries. */
  protected final JdbcTemplate jdbc() {
    return jdbc;
  }

  /** Number of records. */
  public long count() {
    return count(Filter.ALL);
  }

  /**
   * A page of records whose geometry intersects the lon/lat {@code box}, in id order. Uses the
   * spatial index (bounding-box operator {@code &&}) and then an exact intersection test.
   */
  public List<Versioned<T>> listInEnvelope(Envelope box, long offset, int limit) {
    return list(new Filter(Map.of(), box), offset, limit);
  }

  /** The lon/lat envelope of every record's geometry; empty when the table holds none. */
  public java.util.Optional<Envelope> extent() {
    requireSpatial();
    String g = mapping.geometryColumn();
    return jdbc.query(
        "SELECT MIN(ST_XMin("
            + g
            + ")), MIN(ST_YMin("
            + g
            + ")), MAX(ST_XMax("
            + g
            + ")), MAX(ST_YMax("
            + g
            + ")) FROM "
            + mapping.table(),
        rs -> {
          if (!rs.next()) {
            return java.util.Optional.<Envelope>empty();
          }
          double minX = rs.getDouble(1);
          return rs.wasNull()
              ? java.util.Optional.<Envelope>empty()
              : java.util.Optional.of(
                  new Envelope(minX, rs.getDouble(3), rs.getDouble(2), rs.getDouble(4)));
        });
  }

  /** Number of records whose geometry intersects {@code box}. */
  public long countInEnvelope(Envelope box) {
    return count(new Filter(Map.of(), box));
  }

  /**
   * What to select: column values that must match exactly (text as given, numbers parsed), and an
   * optional lon/lat box the geometry must intersect.
   *
   * @param equal column name → value; names must be columns of the table
   * @param box lon/lat envelope, or {@code null}
   */
  public record Filter(Map<String, String> equal, Envelope box) {
    /** Every record. */
    public static final Filter ALL = new Filter(Map.of(), null);

    public Filter {
      equal = Map.copyOf(equal);
    }
  }

  /** A page of the records that pass {@code filter}, in id order. */
  public List<Versioned<T>> list(Filter filter, long offset, int limit) {
    List<Object> args = new ArrayList<>();
    String where = where(filter, args);
    args.add(offset);
    args.add(limit);
    return jdbc.query(
        "SELECT "
            + selectColumns
            + " FROM "
            + mapping.table()
            + where
            + " ORDER BY id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY",
        rowMapper,
        args.toArray());
  }

  /** Number of records that pass {@code filter}. */
  public long count(Filter filter) {
    List<Object> args = new ArrayList<>();
    Long n =
        jdbc.queryForObject(
            "SELECT COUNT(*) FROM " + mapping.table() + where(filter, args),
            Long.class,
            args.toArray());
    return n == null ? 0 : n;
  }

  private String where(Filter filter, List<Object> args) {
    List<String> conditions = new ArrayList<>();
    filter.equal().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            e -> {
              Column<T> c = column(e.getKey());
              conditions.add(c.name() + " = ?");
              args.add(filterValue(c, e.getValue()));
            });
    if (filter.box() != null) {
      requireSpatial();
      conditions.add(envelopeCondition());
      args.addAll(envelopeArgs(filter.box()));
    }
    return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
  }

  private Column<T> column(String name) {
    for (Column<T> c : mapping.columns()) {
      if (c.name().equals(name) && c.type() != Column.ColumnType.GEOMETRY) {
        return c;
      }
    }
    throw new IllegalArgumentException(
        mapping.entity() + " has no column '" + name + "' to filter on");
  }

  private static Object filterValue(Column<?> c, String value) {
    try {
      return switch (c.type()) {
        case LONG -> Long.parseLong(value);
        case INT -> Integer.parseInt(value);
        case DOUBLE -> Double.parseDouble(value);
        case DATE -> java.sql.Date.valueOf(LocalDate.parse(value));
        default -> value;
      };
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          "'" + value + "' is not a valid value for " + c.name() + " (" + c.type() + ")", e);
    }
  }

  private String envelopeCondition() {
    String g = mapping.geometryColumn();
    String env = "ST_MakeEnvelope(?, ?, ?, ?, 4326)";
    return g + " && " + env + " AND ST_Intersects(" + g + ", " + env + ")";
  }

  private static List<Object> envelopeArgs(Envelope box) {
    List<Object> args = new ArrayList<>();
    for (int k = 0; k < 2; k++) {
      args.add(box.getMinX());
      args.add(box.getMinY());
      args.add(box.getMaxX());
      args.add(box.getMaxY());
    }
    return args;
  }

  private void requireSpatial() {
    if (!mapping.isSpatial()) {
      throw new UnsupportedOperationException(mapping.entity() + " has no geometry");
    }
  }

  private int bindColumns(PreparedStatement ps, T record, int start) throws SQLException {
    int i = start;
    for (Column<T> c : mapping.columns()) {
      bind(ps, i++, c.type(), c.getter().apply(record));
    }
    return i;
  }

  private static void bind(PreparedStatement ps, int i, Column.ColumnType type, Object value)
      throws SQLException {
    if (value == null) {
      ps.setNull(i, sqlType(type));
      return;
    }
    switch (type) {
      case LONG -> ps.setLong(i, ((Number) value).longValue());
      case INT -> ps.setInt(i, ((Number) value).intValue());
      case DOUBLE -> ps.setDouble(i, ((Number) value).doubleValue());
      case TEXT -> ps.setString(i, value instanceof Enum<?> e ? e.name() : value.toString());
      case DATE -> ps.setObject(i, (LocalDate) value);
      case GEOMETRY -> ps.setBytes(i, GeometryCodec.write((Geometry) value));
      default -> throw new IllegalStateException("unknown column type " + type);
    }
  }

  private static int sqlType(Column.ColumnType type) {
    return switch (type) {
      case LONG -> Types.BIGINT;
      case INT -> Types.INTEGER;
      case DOUBLE -> Types.DOUBLE;
      case TEXT -> Types.VARCHAR;
      case DATE -> Types.DATE;
      case GEOMETRY -> Types.BINARY;
    };
  }

  /** Column values of a record for the audit log; geometry as WKT. */
  private Map<String, Object> snapshot(T record) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("id", mapping.id().applyAsLong(record));
    for (Column<T> c : mapping.columns()) {
      Object v = c.getter().apply(record);
      values.put(c.name(), v == null || v instanceof Number ? v : v.toString());
    }
    return values;
  }
}
