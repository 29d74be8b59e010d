package org.reclaim.app.register;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.locationtech.jts.geom.Geometry;
import org.reclaim.io.Layer;
import org.reclaim.io.export.CsvExporter;
import org.reclaim.io.export.ExportTable;
import org.reclaim.io.export.GeoJsonExporter;
import org.reclaim.io.export.GeoPackageExporter;
import org.reclaim.io.export.KmlExporter;
import org.reclaim.store.ReclaimStore;
import org.reclaim.store.jdbc.Column;
import org.reclaim.store.jdbc.JdbcRepository;
import org.reclaim.store.jdbc.TableMapping;
import org.springframework.stereotype.Service;

/**
 * Exports any layer of the register — the importable layers and the land release records
 * (completion reports, QC inspections, handovers, funding) — as CSV, GeoJSON, GeoPackage or KML/KMZ
 * (Google Earth). Fields are the table's columns, named as the importers read them, led by {@code
 * id}; the layer's geometry column is the geometry. An export of an importable layer imports back
 * ({@code reclaim import}, {@code POST /api/v1/imports/{layer}}).
 */
@Service
public final class LayerExport {
  /** Export formats. */
  public enum Format {
    CSV("csv", "text/csv"),
    GEOJSON("geojson", "application/geo+json"),
    GPKG("gpkg", "application/geopackage+sqlite3"),
    KML("kml", "application/vnd.google-earth.kml+xml"),
    KMZ("kmz", "application/vnd.google-earth.kmz");

    private final String extension;
    private final String mediaType;

    Format(String extension, String mediaType) {
      this.extension = extension;
      this.mediaType = mediaType;
    }

    public String extension() {
      return extension;
    }

    public String mediaType() {
      return mediaType;
    }

    /** The format named {@code name} (csv, geojson, gpkg; case-insensitive). */
    public static Format of(String name) {
      for (Format f : values()) {
        if (f.extension.equalsIgnoreCase(name) || f.name().equalsIgnoreCase(name)) {
          return f;
        }
      }
      throw new IllegalArgumentException(
          "format: must be csv, geojson, gpkg, kml or kmz, was " + name);
    }
  }

  private final Map<String, JdbcRepository<?>> layers = new TreeMap<>();

  public LayerExport(ReclaimStore store, LayerCatalog catalog) {
    for (Layer l : Layer.values()) {
      if (catalog.isAddressable(l)) {
        layers.put(l.cliName(), catalog.repository(l));
      }
    }
    layers.put("completion-reports", store.completionReports());
    layers.put("qc-inspections", store.qcInspections());
    layers.put("qa-visits", store.qaVisits());
    layers.put("non-conformities", store.nonConformities());
    layers.put("handovers", store.handovers());
    layers.put("donors", store.donors());
    layers.put("pledges", store.pledges());
    layers.put("grants", store.grants());
    layers.put("disbursements", store.disbursements());
    layers.put("cost-bookings", store.costBookings());
    layers.put("indicators", store.indicators());
    layers.put("indicator-targets", store.indicatorTargets());
  }

  /** Names of the layers that can be exported. */
  public List<String> layerNames() {
    return List.copyOf(layers.keySet());
  }

  /** The layer as an export table. */
  public ExportTable table(String layer) {
    JdbcRepository<?> repo = layers.get(layer.toLowerCase(Locale.ROOT));
    if (repo == null) {
      throw new IllegalArgumentException(
          "layer: " + layer + " is not one of " + String.join(", ", layers.keySet()));
    }
    return table(layer.toLowerCase(Locale.ROOT), repo);
  }

  private static <T> ExportTable table(String layer, JdbcRepository<T> repo) {
    TableMapping<T> m = repo.mapping();
    String geometryColumn = geometryColumn(m);
    List<String> fields = new ArrayList<>();
    fields.add("id");
    for (Column<T> c : m.columns()) {
      if (c.type() != Column.ColumnType.GEOMETRY) {
        fields.add(c.name());
      }
    }
    List<ExportTable.Row> rows = new ArrayList<>();
    for (T r : repo.listAll()) {
      Map<String, Object> v = new LinkedHashMap<>();
      v.put("id", m.id().applyAsLong(r));
      Geometry g = null;
      for (Column<T> c : m.columns()) {
        Object value = c.getter().apply(r);
        if (c.type() != Column.ColumnType.GEOMETRY) {
          v.put(c.name(), value);
        } else if (c.name().equals(geometryColumn)) {
          g = (Geometry) value;
        }
      }
      rows.add(new ExportTable.Row(v, g));
    }
    return new ExportTable(layer, fields, geometryColumn != null, rows);
  }

  /** The geometry exported: the mapping's spatial column, else its last geometry column. */
  private static String geometryColumn(TableMapping<?> m) {
    if (m.geometryColumn() != null) {
      return m.geometryColumn();
    }
    String last = null;
    for (Column<?> c : m.columns()) {
      if (c.type() == Column.ColumnType.GEOMETRY) {
        last = c.name();
      }
    }
    return last;
  }

  /** Writes the layer to {@code file} in {@code format}. */
  public void write(String layer, Format format, Path file) {
    ExportTable t = table(layer);
    if (format == Format.GPKG) {
      GeoPackageExporter.write(t, file);
      return;
    }
    try {
      Files.write(file, bytes(t, format));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The layer in {@code format} as bytes (a GeoPackage goes through a temporary file). */
  public byte[] bytes(String layer, Format format) {
    ExportTable t = table(layer);
    if (format == Format.GPKG) {
      try {
        Path tmp = Files.createTempFile("reclaim-export-", ".gpkg");
        try {
          GeoPackageExporter.write(t, tmp);
          return Files.readAllBytes(tmp);
        } finally {
          Files.deleteIfExists(tmp);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return bytes(t, format);
  }

  private static byte[] bytes(ExportTable t, Format format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    switch (format) {
      case CSV -> CsvExporter.write(t, out);
      case KML -> KmlExporter.write(t, out);
      case KMZ -> KmlExporter.writeKmz(t, out);
      default -> GeoJsonExporter.write(t, out);
    }
    return out.toByteArray();
  }
}
