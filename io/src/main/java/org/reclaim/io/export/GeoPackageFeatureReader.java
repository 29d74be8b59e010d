package org.reclaim.io.export;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.features.user.FeatureDao;
import mil.nga.geopackage.features.user.FeatureResultSet;
import org.locationtech.jts.geom.Geometry;

/**
 * Streams the rows of one feature table of a GeoPackage, one at a time, for inputs too large to
 * hold in memory (a national cadastre): key, geometry (lon/lat, as {@link GeoPackageExporter}
 * writes) and the other columns' values. Not thread safe.
 */
public final class GeoPackageFeatureReader implements AutoCloseable {
  /** A row: its key, geometry (null when empty) and values in {@link #fields()} order. */
  public record Row(long fid, Geometry geometry, Object[] values) {}

  private final Path file;
  private final GeoPackage gpkg;
  private final String table;
  private final long count;
  private final List<String> fields = new ArrayList<>();
  private final int[] fieldIndex;
  private final int pkIndex;
  private final int geometryIndex;
  private final FeatureResultSet rs;
  private final GeoPackageBinary binary = new GeoPackageBinary();

  private GeoPackageFeatureReader(Path file, String preferred) {
    this.file = file;
    try {
      this.gpkg = GeoPackageManager.open(file.toFile(), false);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          "file: " + file.getFileName() + " is not a readable GeoPackage: " + e.getMessage(), e);
    }
    try {
      List<String> tables = gpkg.getFeatureTables();
      if (tables.contains(preferred)) {
        table = preferred;
      } else if (tables.size() == 1) {
        table = tables.get(0);
      } else {
        throw new IllegalArgumentException(
            file.getFileName()
                + " holds feature tables "
                + tables
                + "; expected one, or one named "
                + preferred);
      }
      FeatureDao dao = gpkg.getFeatureDao(table);
      String pk = dao.getPkColumnName();
      String geometry = dao.getGeometryColumnName();
      List<Integer> indexes = new ArrayList<>();
      String[] columns = dao.getColumnNames();
      for (int i = 0; i < columns.length; i++) {
        if (!columns[i].equals(pk) && !columns[i].equals(geometry)) {
          fields.add(columns[i]);
          indexes.add(i);
        }
      }
      this.fieldIndex = indexes.stream().mapToInt(Integer::intValue).toArray();
      this.pkIndex = List.of(columns).indexOf(pk);
      this.geometryIndex = List.of(columns).indexOf(geometry);
      this.count = dao.count();
      this.rs = dao.queryForAll();
    } catch (RuntimeException e) {
      gpkg.close();
      throw e;
    }
  }

  /**
   * Opens {@code file}'s feature table {@code preferred}, or its only feature table.
   *
   * @throws IllegalArgumentException when the file is not a GeoPackage or the table is ambiguous
   */
  public static GeoPackageFeatureReader open(Path file, String preferred) {
    return new GeoPackageFeatureReader(file, preferred);
  }

  /** The table read. */
  public String table() {
    return table;
  }

  /** The columns besides key and geometry, in table order. */
  public List<String> fields() {
    return List.copyOf(fields);
  }

  /** Rows in the table. */
  public long count() {
    return count;
  }

  /**
   * The next row, or {@code null} after the last.
   *
   * @throws IllegalArgumentException naming the row when its geometry cannot be read
   */
  public Row next() {
    if (!rs.moveToNext()) {
      return null;
    }
    long fid = rs.getLong(pkIndex);
    byte[] blob = rs.getBlob(geometryIndex);
    Geometry g;
    try {
      g = blob == null ? null : binary.read(blob);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          file.getFileName() + ": " + table + " fid " + fid + ": geometry: " + e.getMessage(), e);
    }
    Object[] values = new Object[fieldIndex.length];
    for (int i = 0; i < fieldIndex.length; i++) {
      values[i] = rs.getValue(fieldIndex[i]);
    }
    return new Row(fid, g, values);
  }

  @Override
  public void close() {
    try {
      rs.close();
    } finally {
      gpkg.close();
    }
  }
}
