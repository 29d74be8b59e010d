package org.reclaim.store.jdbc;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import org.locationtech.jts.geom.Geometry;

/**
 * A result-set row read by column name, with the conversions the mappings need. Wraps SQL
 * exceptions as {@link IllegalStateException}: a row that cannot be read is a schema fault, not a
 * user error.
 */
public final class Row {
  private final ResultSet rs;

  Row(ResultSet rs) {
    this.rs = rs;
  }

  public long getLong(String column) {
    try {
      return rs.getLong(column);
    } catch (SQLException e) {
      throw fault(column, e);
    }
  }

  /** A nullable BIGINT. */
  public Long findLong(String column) {
    try {
      long v = rs.getLong(column);
      return rs.wasNull() ? null : v;
    } catch (SQLException e) {
      throw fault(column, e);
    }
  }

  public int getInt(String column) {
    try {
      return rs.getInt(column);
    } catch (SQLException e) {
      throw fault(column, e);
    }
  }

  /** A nullable INTEGER. */
  public Integer findInt(String column) {
    try {
      int v = rs.getInt(column);
      return rs.wasNull() ? null : v;
    } catch (SQLException e) {
      throw fault(column, e);
    }
  }

  public double getDouble(String column) {
    try {
      return rs.getDouble(column);
    } catch (SQLException e) {
      throw fault(column, e);
    }
  }

  /** A nullable DOUBLE. */
  public Double findDouble(String column) {
    try {
      double v = rs.getDouble(column);
      return rs.wasNull() ? null : v;
    } catch (SQLException e) {
      throw fault(column, e);
    }
  }

  /** A nullable text. */
  public String getText(String column) {
    try {
      return rs.getString(column);
    } catch (SQLException e) {
      throw fault(column, e);
    }
  }

  /** A nullable date. */
  public LocalDate getDate(String column) {
    try {
      Date d = rs.getDate(column);
      return d == null ? null : d.toLocalDate();
    } catch (SQLException e) {
      throw fault(column, e);
    }
  }

  /** An enum stored by name. */
  public <E extends Enum<E>> E getEnum(Class<E> type, String column) {
    return Enum.valueOf(type, getText(column));
  }

  /** A geometry selected as EWKB bytes (see {@link org.reclaim.store.Vendor#geometrySelect}). */
  public Geometry getGeometry(String column) {
    try {
      return GeometryCodec.read(rs.getBytes(column));
    } catch (SQLException e) {
      throw fault(column, e);
    }
  }

  private static IllegalStateException fault(String column, SQLException e) {
    return new IllegalStateException("cannot read column " + column + ": " + e.getMessage(), e);
  }
}
