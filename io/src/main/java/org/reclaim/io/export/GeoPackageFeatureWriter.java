package org.reclaim.io.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import mil.nga.geopackage.BoundingBox;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.attributes.AttributesColumn;
import mil.nga.geopackage.attributes.AttributesTableMetadata;
import mil.nga.geopackage.db.GeoPackageDataType;
import mil.nga.geopackage.features.columns.GeometryColumns;
import mil.nga.geopackage.features.user.FeatureColumn;
import mil.nga.geopackage.features.user.FeatureTableMetadata;
import mil.nga.geopackage.srs.SpatialReferenceSystem;
import mil.nga.sf.GeometryType;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * Streams rows into one feature table of a new GeoPackage (EPSG:4326, geometry column {@code geom},
 * key {@code fid}), for outputs too large to hold in memory: the table and its metadata are created
 * by NGA's GeoPackage library, the rows go through one prepared statement in batches inside one
 * transaction. The file is written next to {@code file} and moved into place by {@link #finish}, so
 * a failed or interrupted run leaves no half-written output. Attribute tables (e.g. a summary) may
 * be added before finishing. Not thread safe.
 */
public final class GeoPackageFeatureWriter implements AutoCloseable {
  private static final int BATCH = 5_000;

  /** A column's SQLite type. */
  public enum Type {
    INTEGER,
    REAL,
    TEXT
  }

  /** A column of the table. */
  public record Column(String name, Type type) {}

  private final Path file;
  private final Path partial;
  private final GeoPackage gpkg;
  private final Connection connection;
  private final String table;
  private final PreparedStatement insert;
  private final int columns;
  private final int srsId;
  private final GeoPackageBinary binary = new GeoPackageBinary();
  private final Envelope extent = new Envelope();
  private long rows;
  private int pending;
  private boolean finished;

  private GeoPackageFeatureWriter(Path file, String table, List<Column> columns) throws Exception {
    this.file = file;
    this.partial =
        file.resolveSibling(
            ".partial-" + file.getFileName().toString().replaceAll("\\.gpkg$", "") + ".gpkg");
    this.table = table;
    this.columns = columns.size();
    Files.deleteIfExists(partial);
    GeoPackageManager.create(partial.toFile());
    this.gpkg = GeoPackageManager.open(partial.toFile());
    SpatialReferenceSystem srs = gpkg.getSpatialReferenceSystemDao().getOrCreateCode("EPSG", 4326);
    this.srsId = (int) srs.getSrsId();
    GeometryColumns gc = new GeometryColumns();
    gc.setTableName(table);
    gc.setColumnName(GeoPackageExporter.GEOMETRY_COLUMN);
    gc.setGeometryType(GeometryType.GEOMETRY);
    gc.setZ((byte) 0);
    gc.setM((byte) 0);
    gc.setSrs(srs);
    List<FeatureColumn> feature = new ArrayList<>();
    for (Column c : columns) {
      feature.add(
          FeatureColumn.createColumn(c.name(), GeoPackageDataType.valueOf(c.type().name())));
    }
    FeatureTableMetadata metadata =
        FeatureTableMetadata.create(gc, feature, new BoundingBox(-180, -90, 180, 90));
    metadata.setIdColumnName(GeoPackageExporter.PRIMARY_KEY);
    gpkg.createFeatureTable(metadata);
    this.connection = gpkg.getConnection().getConnection();
    try (Statement s = connection.createStatement()) {
      s.execute("PRAGMA synchronous = OFF");
      s.execute("PRAGMA journal_mode = OFF");
    }
    connection.setAutoCommit(false);
    List<String> names = new ArrayList<>();
    names.add(GeoPackageExporter.GEOMETRY_COLUMN);
    columns.forEach(c -> names.add(c.name()));
    this.insert = connection.prepareStatement(insertInto(table, names));
  }

  /** The parameterised insert of the {@code columns} named (quoted) into {@code table}. */
  private static String insertInto(String table, List<String> columns) {
    String names = columns.stream().map(c -> '"' + c + '"').collect(Collectors.joining(", "));
    String marks = columns.stream().map(c -> "?").collect(Collectors.joining(", "));
    return "INSERT INTO \"" + table + "\" (" + names + ") VALUES (" + marks + ")";
  }

  /**
   * A writer of {@code table} with {@code columns} (besides key and geometry) for {@code file},
   * which is replaced when the writer finishes.
   */
  public static GeoPackageFeatureWriter create(Path file, String table, List<Column> columns) {
    try {
      return new GeoPackageFeatureWriter(file, table, columns);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (Exception e) {
      throw new IllegalStateException(
          "cannot create GeoPackage " + file + ": " + e.getMessage(), e);
    }
  }

  /** Adds a row; {@code values} in column order (Long, Double, String or null). */
  public void write(Geometry geometry, Object... values) {
    if (values.length != columns) {
      throw new IllegalArgumentException("expected " + columns + " values, got " + values.length);
    }
    try {
      insert.setBytes(1, geometry == null ? null : binary.write(geometry, srsId));
      if (geometry != null) {
        extent.expandToInclude(geometry.getEnvelopeInternal());
      }
      for (int i = 0; i < values.length; i++) {
        insert.setObject(i + 2, values[i]);
      }
      insert.addBatch();
      rows++;
      if (++pending == BATCH) {
        insert.executeBatch();
        pending = 0;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot write row " + (rows + 1) + ": " + e.getMessage(), e);
    }
  }

  /** Rows written so far. */
  public long rows() {
    return rows;
  }

  /** Adds an attributes table (no geometry) holding {@code data}, each row in column order. */
  public void addAttributes(String name, List<Column> columnsOf, List<Object[]> data) {
    try {
      flush();
      connection.commit();
      connection.setAutoCommit(true);
      List<AttributesColumn> cols = new ArrayList<>();
      for (Column c : columnsOf) {
        cols.add(
            AttributesColumn.createColumn(c.name(), GeoPackageDataType.valueOf(c.type().name())));
      }
      AttributesTableMetadata metadata = AttributesTableMetadata.create(name, cols);
      metadata.setIdColumnName(GeoPackageExporter.PRIMARY_KEY);
      gpkg.createAttributesTable(metadata);
      connection.setAutoCommit(false);
      try (PreparedStatement ps =
          connection.prepareStatement(
              insertInto(name, columnsOf.stream().map(Column::name).toList()))) {
        for (Object[] row : data) {
          for (int i = 0; i < row.length; i++) {
            ps.setObject(i + 1, row[i]);
          }
          ps.addBatch();
        }
        ps.executeBatch();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot write table " + name + ": " + e.getMessage(), e);
    }
  }

  private void flush() throws SQLException {
    if (pending > 0) {
      insert.executeBatch();
      pending = 0;
    }
  }

  /** Commits, records the table's extent and moves the file into place. */
  public void finish() {
    try {
      flush();
      if (!extent.isNull()) {
        try (PreparedStatement ps =
            connection.prepareStatement(
                "UPDATE gpkg_contents SET min_x = ?, min_y = ?, max_x = ?, max_y = ?"
                    + " WHERE table_name = ?")) {
          ps.setDouble(1, extent.getMinX());
          ps.setDouble(2, extent.getMinY());
          ps.setDouble(3, extent.getMaxX());
          ps.setDouble(4, extent.getMaxY());
          ps.setString(5, table);
          ps.executeUpdate();
        }
      }
      connection.commit();
      insert.close();
      gpkg.close();
      finished = true;
      Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "cannot finish GeoPackage " + file + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Closes; without {@link #finish}, discards the partial file. */
  @Override
  public void close() {
    if (finished) {
      return;
    }
    try {
      insert.close();
    } catch (SQLException e) {
      // discarded below
    }
    gpkg.close();
    try {
      Files.deleteIfExists(partial);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
