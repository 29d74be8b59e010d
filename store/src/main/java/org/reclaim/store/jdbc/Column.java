package org.reclaim.store.jdbc;

import java.util.function.Function;

/**
 * One column of a table and how to read its value from a domain record.
 *
 * @param name SQL column name
 * @param type how the value is bound
 * @param getter extracts the value from the record; may return {@code null} for nullable columns
 */
public record Column<T>(String name, ColumnType type, Function<T, Object> getter) {

  /** How a value is bound to and read from JDBC. */
  public enum ColumnType {
    LONG,
    INT,
    DOUBLE,
    TEXT,
    DATE,
    GEOMETRY
  }

  public static <T> Column<T> of(String name, ColumnType type, Function<T, Object> getter) {
    return new Column<>(name, type, getter);
  }
}
