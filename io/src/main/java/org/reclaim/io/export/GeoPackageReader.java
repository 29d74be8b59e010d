package org.reclaim.io.export;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.features.user.FeatureDao;
import mil.nga.geopackage.features.user.FeatureResultSet;
import mil.nga.geopackage.features.user.FeatureRow;
import mil.nga.geopackage.geom.GeoPackageGeometryData;
import mil.nga.geopackage.user.UserCoreRow;
import mil.nga.geopackage.user.UserDao;
import mil.nga.geopackage.user.UserResultSet;
import mil.nga.sf.wkb.GeometryWriter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKBReader;
import org.reclaim.domain.geometry.Wgs84;

/**
 * Reads one table of a GeoPackage (feature or attributes table) into an {@link ExportTable}, and
 * from there into GeoJSON, so that a {@code .gpkg} file goes through the GeoJSON import with every
 * check the importers make. The primary key and the geometry column are not fields. Geometries are
 * taken as lon/lat WGS84 (what {@link GeoPackageExporter} writes).
 */
public final class GeoPackageReader {
  private GeoPackageReader() {}

  /**
   * The table to read: {@code preferred} if the file has it, else its only feature or attributes
   * table.
   *
   * @throws IllegalArgumentException when the file holds several tables and none is {@code
   *     preferred}, or none at all
   */
  public static ExportTable read(Path file, String preferred) {
    GeoPackage gpkg;
    try {
      gpkg = GeoPackageManager.open(file.toFile(), false);
    } catch (RuntimeException e) {
      throw notReadable(file, e);
    }
    try {
      List<String> tables = new ArrayList<>(gpkg.getFeatureTables());
      tables.addAll(gpkg.getAttributesTables());
      String table = tables.contains(preferred) ? preferred : only(tables, file);
      boolean spatial = gpkg.getFeatureTables().contains(table);
      return spatial ? features(gpkg.getFeatureDao(table), table) : attributes(gpkg, table);
    } catch (IllegalArgumentException e) {
      throw e;
    } catch (RuntimeException e) {
      throw notReadable(file, e);
    } finally {
      gpkg.close();
    }
  }

  /** A file the GeoPackage library cannot read: refused as the file's fault, not the server's. */
  private static IllegalArgumentException notReadable(Path file, RuntimeException e) {
    return new IllegalArgumentException(
        "file: " + file.getFileName() + " is not a readable GeoPackage: " + e.getMessage(), e);
  }

  private static String only(List<String> tables, Path file) {
    if (tables.size() != 1) {
      throw new IllegalArgumentException(
          file.getFileName() + " holds tables " + tables + "; cannot tell which one to import");
    }
    return tables.get(0);
  }

  private static ExportTable features(FeatureDao dao, String table) {
    List<String> fields =
        fields(dao.getColumnNames(), dao.getPkColumnName(), dao.getGeometryColumnName());
    List<ExportTable.Row> rows = new ArrayList<>();
    WKBReader wkb = new WKBReader(Wgs84.FACTORY);
    FeatureResultSet rs = dao.queryForAll();
    try {
      while (rs.moveToNext()) {
        FeatureRow row = rs.getRow();
        GeoPackageGeometryData data = row.getGeometry();
        Geometry g = null;
        if (data != null && data.getGeometry() != null) {
          g = wkb.read(GeometryWriter.writeGeometry(data.getGeometry()));
          g.setSRID(Wgs84.SRID);
        }
        rows.add(new ExportTable.Row(values(row, fields), g));
      }
    } catch (Exception e) {
      throw new IllegalStateException(
          "cannot read GeoPackage table " + table + ": " + e.getMessage(), e);
    }
    return new ExportTable(table.replace('_', '-'), fields, true, rows);
  }

  private static ExportTable attributes(GeoPackage gpkg, String table) {
    UserDao<?, ?, ?, ?> dao = gpkg.getAttributesDao(table);
    List<String> fields = fields(dao.getColumnNames(), dao.getPkColumnName(), null);
    List<ExportTable.Row> rows = new ArrayList<>();
    UserResultSet<?, ?, ?> rs = (UserResultSet<?, ?, ?>) dao.queryForAll();
    try {
      while (rs.moveToNext()) {
        rows.add(new ExportTable.Row(values((UserCoreRow<?, ?>) rs.getRow(), fields), null));
      }
    } finally {
      rs.close();
    }
    return new ExportTable(table.replace('_', '-'), fields, false, rows);
  }

  private static List<String> fields(String[] columns, String pk, String geometry) {
    List<String> fields = new ArrayList<>();
    for (String c : columns) {
      if (!c.equals(pk) && !c.equals(geometry)) {
        fields.add(c);
      }
    }
    return fields;
  }

  private static Map<String, Object> values(UserCoreRow<?, ?> row, List<String> fields) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (String f : fields) {
      m.put(f, row.getValue(f));
    }
    return m;
  }

  /** The table as GeoJSON bytes, for the GeoJSON importer. */
  public static byte[] toGeoJson(Path file, String preferred) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    GeoJsonExporter.write(read(file, preferred), out);
    return out.toByteArray();
  }

  /** Whether {@code file} is named like a GeoPackage. */
  public static boolean isGeoPackage(Path file) {
    return file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".gpkg");
  }
}
