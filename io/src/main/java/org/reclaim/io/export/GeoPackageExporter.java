package org.reclaim.io.export;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import mil.nga.geopackage.BoundingBox;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.attributes.AttributesColumn;
import mil.nga.geopackage.attributes.AttributesDao;
import mil.nga.geopackage.attributes.AttributesRow;
import mil.nga.geopackage.attributes.AttributesTableMetadata;
import mil.nga.geopackage.db.GeoPackageDataType;
import mil.nga.geopackage.features.columns.GeometryColumns;
import mil.nga.geopackage.features.user.FeatureColumn;
import mil.nga.geopackage.features.user.FeatureDao;
import mil.nga.geopackage.features.user.FeatureRow;
import mil.nga.geopackage.features.user.FeatureTableMetadata;
import mil.nga.geopackage.geom.GeoPackageGeometryData;
import mil.nga.geopackage.srs.SpatialReferenceSystem;
import mil.nga.sf.GeometryType;
import mil.nga.sf.wkb.GeometryReader;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.io.WKBWriter;

/**
 * Writes an {@link ExportTable} as an OGC GeoPackage (SQLite) with NGA's GeoPackage library: a
 * feature table with geometry column {@code geom} in EPSG:4326 for spatial layers, an attributes
 * table otherwise. The table is named after the layer with {@code -} as {@code _} ({@code
 * hazardous_areas}). Integers are INTEGER, other numbers REAL, everything else TEXT (dates ISO
 * 8601, enums by name), so {@link GeoPackageReader} reads back exactly what was written.
 */
public final class GeoPackageExporter {
  /** The geometry column of feature tables. */
  public static final String GEOMETRY_COLUMN = "geom";

  /** The primary key column, {@code fid} as GDAL names it, so a field may be called {@code id}. */
  public static final String PRIMARY_KEY = "fid";

  private GeoPackageExporter() {}

  /** The GeoPackage table name of a layer. */
  public static String tableName(String layer) {
    return layer.toLowerCase(Locale.ROOT).replace('-', '_');
  }

  /** Writes {@code table} to a new GeoPackage at {@code file} (replaced if it exists). */
  public static void write(ExportTable table, Path file) {
    try {
      Files.deleteIfExists(file);
      File f = file.toFile();
      GeoPackageManager.create(f);
      GeoPackage gpkg = GeoPackageManager.open(f);
      try {
        if (table.spatial()) {
          writeFeatures(gpkg, table);
        } else {
          writeAttributes(gpkg, table);
        }
      } finally {
        gpkg.close();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (Exception e) {
      throw new IllegalStateException("cannot write GeoPackage " + file + ": " + e.getMessage(), e);
    }
  }

  private static GeoPackageDataType type(ExportTable table, String field) {
    for (ExportTable.Row r : table.rows()) {
      Object v = r.values().get(field);
      if (v instanceof Integer || v instanceof Long) {
        return GeoPackageDataType.INTEGER;
      }
      if (v instanceof Number) {
        return GeoPackageDataType.REAL;
      }
      if (v != null) {
        return GeoPackageDataType.TEXT;
      }
    }
    return GeoPackageDataType.TEXT;
  }

  private static Object value(Object v) {
    if (v == null || v instanceof Long || v instanceof Double) {
      return v;
    }
    if (v instanceof Integer i) {
      return i.longValue();
    }
    if (v instanceof Number n) {
      return n.doubleValue();
    }
    return ExportTable.text(v);
  }

  private static void writeFeatures(GeoPackage gpkg, ExportTable table) throws Exception {
    String name = tableName(table.layer());
    SpatialReferenceSystem srs = gpkg.getSpatialReferenceSystemDao().getOrCreateCode("EPSG", 4326);
    GeometryColumns gc = new GeometryColumns();
    gc.setTableName(name);
    gc.setColumnName(GEOMETRY_COLUMN);
    gc.setGeometryType(GeometryType.GEOMETRY);
    gc.setZ((byte) 0);
    gc.setM((byte) 0);
    gc.setSrs(srs);
    List<FeatureColumn> columns = new ArrayList<>();
    for (String f : table.fields()) {
      columns.add(FeatureColumn.createColumn(f, type(table, f)));
    }
    Envelope env = new Envelope();
    table.rows().stream()
        .filter(r -> r.geometry() != null)
        .forEach(r -> env.expandToInclude(r.geometry().getEnvelopeInternal()));
    BoundingBox box =
        env.isNull()
            ? new BoundingBox(-180, -90, 180, 90)
            : new BoundingBox(env.getMinX(), env.getMinY(), env.getMaxX(), env.getMaxY());
    FeatureTableMetadata metadata = FeatureTableMetadata.create(gc, columns, box);
    metadata.setIdColumnName(PRIMARY_KEY);
    gpkg.createFeatureTable(metadata);
    FeatureDao dao = gpkg.getFeatureDao(name);
    WKBWriter wkb = new WKBWriter(2);
    for (ExportTable.Row r : table.rows()) {
      FeatureRow row = dao.newRow();
      if (r.geometry() != null) {
        row.setGeometry(
            GeoPackageGeometryData.createAndBuildEnvelope(
                srs.getSrsId(), GeometryReader.readGeometry(wkb.write(r.geometry()))));
      }
      for (String f : table.fields()) {
        row.setValue(f, value(r.values().get(f)));
      }
      dao.create(row);
    }
  }

  private static void writeAttributes(GeoPackage gpkg, ExportTable table) throws Exception {
    String name = tableName(table.layer());
    List<AttributesColumn> columns = new ArrayList<>();
    for (String f : table.fields()) {
      columns.add(AttributesColumn.createColumn(f, type(table, f)));
    }
    AttributesTableMetadata metadata = AttributesTableMetadata.create(name, columns);
    metadata.setIdColumnName(PRIMARY_KEY);
    gpkg.createAttributesTable(metadata);
    AttributesDao dao = gpkg.getAttributesDao(name);
    for (ExportTable.Row r : table.rows()) {
      AttributesRow row = dao.newRow();
      for (String f : table.fields()) {
        row.setValue(f, value(r.values().get(f)));
      }
      dao.create(row);
    }
  }
}
