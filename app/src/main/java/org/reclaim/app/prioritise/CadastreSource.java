package org.reclaim.app.prioritise;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygonal;
import org.reclaim.analysis.criteria.ParcelEstimator;
import org.reclaim.domain.context.AgriculturalParcel;
import org.reclaim.io.export.GeoPackageFeatureReader;

/**
 * Where {@link ParcelEstimateJob} takes its parcels from: a cadastre GeoPackage (any size,
 * streamed), or the register's agricultural parcels.
 *
 * <p>A cadastre's feature table ({@value #TABLE}, or the file's only one) holds polygons in lon/lat
 * WGS84 with the fields of the register's parcel layer: {@code value_usd_per_ha} (required, ≥ 0),
 * {@code cadastral_number} (optional; the row's key stands in). A row that breaks this stops the
 * job with a message naming the file, the row and the field.
 */
final class CadastreSource {
  /** The cadastre table looked for first. */
  static final String TABLE = "parcels";

  private CadastreSource() {}

  /** The parcels of the GeoPackage {@code file}. */
  static ParcelEstimateJob.Source of(Path file) {
    GeoPackageFeatureReader reader = GeoPackageFeatureReader.open(file, TABLE);
    int value = reader.fields().indexOf("value_usd_per_ha");
    int number = reader.fields().indexOf("cadastral_number");
    if (value < 0) {
      reader.close();
      throw new IllegalArgumentException(
          file.getFileName()
              + ": table "
              + reader.table()
              + " has no field value_usd_per_ha (fields: "
              + reader.fields()
              + ")");
    }
    return new ParcelEstimateJob.Source() {
      @Override
      public long count() {
        return reader.count();
      }

      @Override
      public ParcelEstimator.Parcel next() {
        GeoPackageFeatureReader.Row row = reader.next();
        if (row == null) {
          return null;
        }
        String where = file.getFileName() + ": " + reader.table() + " fid " + row.fid() + ": ";
        Geometry g = row.geometry();
        if (!(g instanceof Polygonal) || g.isEmpty()) {
          throw new IllegalArgumentException(
              where + "geometry: must be a polygon or multipolygon, was " + type(g));
        }
        if (!(row.values()[value] instanceof Number n)
            || !(n.doubleValue() >= 0)
            || Double.isInfinite(n.doubleValue())) {
          throw new IllegalArgumentException(
              where + "value_usd_per_ha: must be a number ≥ 0, was " + row.values()[value]);
        }
        Object ref = number < 0 ? null : row.values()[number];
        String id = ref == null || ref.toString().isBlank() ? "fid " + row.fid() : ref.toString();
        return new ParcelEstimator.Parcel(id, n.doubleValue(), g);
      }

      @Override
      public void close() {
        reader.close();
      }
    };
  }

  private static String type(Geometry g) {
    return g == null ? "empty" : g.getGeometryType().toLowerCase(Locale.ROOT);
  }

  /** The register's parcels, referred to by their register ids. */
  static ParcelEstimateJob.Source of(List<AgriculturalParcel> parcels) {
    return new ParcelEstimateJob.Source() {
      private int next;

      @Override
      public long count() {
        return parcels.size();
      }

      @Override
      public ParcelEstimator.Parcel next() {
        if (next == parcels.size()) {
          return null;
        }
        AgriculturalParcel p = parcels.get(next++);
        return new ParcelEstimator.Parcel(String.valueOf(p.id()), p.valueUsdPerHa(), p.geometry());
      }

      @Override
      public void close() {
        // nothing held
      }
    };
  }
}
