package org.reclaim.store.jdbc;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.locationtech.jts.geom.Geometry;
import org.postgresql.PGConnection;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Bulk insert into PostgreSQL with {@code COPY … FROM STDIN (FORMAT csv)}: one stream per batch
 * instead of one statement per row, the path PostgreSQL documents for loading data. Runs on the
 * connection of the caller's transaction, so a batch commits or rolls back with everything else.
 * Geometries travel as hex EWKB, which PostGIS reads as geometry input.
 *
 * <p>Thread safe: stateless apart from the mapping.
 */
final class PostgresCopy<T> {
  private static final HexFormat HEX = HexFormat.of();
  private final TableMapping<T> mapping;
  private final String sql;

  PostgresCopy(TableMapping<T> mapping) {
    this.mapping = mapping;
    this.sql =
        "COPY "
            + mapping.table()
            + " (id, version, "
            + mapping.columns().stream().map(Column::name).collect(Collectors.joining(", "))
            + ") FROM STDIN (FORMAT csv)";
  }

  /** Copies {@code records} in at version 1. */
  void insert(JdbcTemplate jdbc, List<T> records) {
    DataSource dataSource = jdbc.getDataSource();
    StringBuilder csv = new StringBuilder(records.size() * 160);
    for (T r : records) {
      csv.append(mapping.id().applyAsLong(r)).append(",1");
      for (Column<T> c : mapping.columns()) {
        csv.append(',');
        append(csv, c.type(), c.getter().apply(r));
      }
      csv.append('\n');
    }
    Connection connection = DataSourceUtils.getConnection(dataSource);
    try {
      connection
          .unwrap(PGConnection.class)
          .getCopyAPI()
          .copyIn(sql, new StringReader(csv.toString()));
    } catch (SQLException e) {
      DataAccessException translated = jdbc.getExceptionTranslator().translate("COPY", sql, e);
      throw translated != null ? translated : new UncategorizedSQLException("COPY", sql, e);
    } catch (IOException e) {
      throw new DataAccessResourceFailureException("COPY into " + mapping.table() + " failed", e);
    } finally {
      DataSourceUtils.releaseConnection(connection, dataSource);
    }
  }

  private static void append(StringBuilder csv, Column.ColumnType type, Object value) {
    if (value == null) {
      return; // an unquoted empty field is NULL in CSV COPY
    }
    switch (type) {
      case GEOMETRY -> csv.append(HEX.formatHex(GeometryCodec.write((Geometry) value)));
      case TEXT -> {
        String s = value instanceof Enum<?> e ? e.name() : value.toString();
        csv.append('"').append(s.replace("\"", "\"\"")).append('"');
      }
      default -> csv.append(value);
    }
  }
}
