package org.reclaim.store.jdbc;

import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * How one domain record type maps to one table: the id, the columns in order, the geometry column
 * used for spatial queries, and how to rebuild the record from a row.
 *
 * @param entity domain name of the record type, used in audit entries and messages
 * @param table SQL table name
 * @param id extracts the record's id
 * @param columns every column except {@code id} and {@code version}
 * @param geometryColumn the column spatial queries filter on, or {@code null} for none
 * @param reader rebuilds the record from a row
 */
public record TableMapping<T>(
    String entity,
    String table,
    ToLongFunction<T> id,
    List<Column<T>> columns,
    String geometryColumn,
    Function<Row, T> reader) {

  public TableMapping {
    columns = List.copyOf(columns);
  }

  /** Whether the table has a geometry column for spatial queries. */
  public boolean isSpatial() {
    return geometryColumn != null;
  }
}
