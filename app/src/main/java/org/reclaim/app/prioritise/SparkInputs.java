package org.reclaim.app.prioritise;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.reclaim.analysis.criteria.ParcelEstimator;
import org.reclaim.domain.region.Region;
import org.reclaim.io.export.GeoPackageFeatureWriter;
import org.reclaim.io.export.GeoPackageFeatureWriter.Column;
import org.reclaim.io.export.GeoPackageFeatureWriter.Type;

/**
 * What the Spark + Sedona edition of the parcel estimate job ({@code spark-job/}) reads besides the
 * cadastre: the hazardous areas as {@link ParcelEstimator} priced them ({@value #AREAS}) and the
 * deepest administrative units with the codes of the units above them ({@value #UNITS}), each a
 * GeoPackage in lon/lat, and the equal-area frame the single-machine engine measures in ({@value
 * #FRAME}), so that both measure alike. Pricing an area (its nearest accredited teams, the method
 * rule) is Reclaim's own and is done once here; the distributed job does the heavy part, joining
 * millions of parcels to the areas and the units.
 */
public final class SparkInputs {
  /** The priced areas' file. */
  public static final String AREAS = "areas.gpkg";

  /** The units' file. */
  public static final String UNITS = "units.gpkg";

  /** The equal-area frame areas are measured in, as a PROJ string. */
  public static final String FRAME = "frame.proj4";

  private SparkInputs() {}

  /**
   * Writes the files into {@code dir} (created if needed): the areas as {@code estimator} priced
   * them, the units of {@code regions}, the estimator's frame.
   */
  public static void write(ParcelEstimator estimator, List<Region> regions, Path dir) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    writeAreas(estimator, dir.resolve(AREAS));
    writeUnits(regions, dir.resolve(UNITS));
    try {
      Files.writeString(dir.resolve(FRAME), estimator.frame().proj4() + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void writeAreas(ParcelEstimator estimator, Path file) {
    List<Column> columns =
        List.of(
            new Column("area_id", Type.INTEGER),
            new Column("code", Type.TEXT),
            new Column("probability", Type.REAL),
            new Column("method", Type.TEXT),
            new Column("usd_per_m2", Type.REAL),
            new Column("days_per_m2", Type.REAL),
            new Column("unaccredited", Type.INTEGER));
    try (GeoPackageFeatureWriter w =
        GeoPackageFeatureWriter.create(file, "priced_areas", columns)) {
      for (ParcelEstimator.PricedArea a : estimator.priced()) {
        w.write(
            a.area().geometry(),
            a.area().id(),
            a.area().code(),
            a.probability(),
            a.method() == null ? null : a.method().name(),
            a.usdPerM2(),
            a.daysPerM2(),
            a.unaccredited() ? 1L : 0L);
      }
      w.finish();
    }
  }

  /** The units no other unit lies in (as {@link org.reclaim.domain.region.RegionLocator} uses). */
  private static void writeUnits(List<Region> regions, Path file) {
    Map<Long, Region> byId = new HashMap<>();
    Set<Long> parents = new HashSet<>();
    regions.forEach(
        r -> {
          byId.put(r.id(), r);
          parents.add(r.parentId());
        });
    List<Column> columns =
        List.of(
            new Column("region_id", Type.INTEGER),
            new Column("oblast", Type.TEXT),
            new Column("oblast_name", Type.TEXT),
            new Column("raion", Type.TEXT),
            new Column("raion_name", Type.TEXT),
            new Column("hromada", Type.TEXT),
            new Column("hromada_name", Type.TEXT));
    try (GeoPackageFeatureWriter w = GeoPackageFeatureWriter.create(file, "units", columns)) {
      for (Region leaf : regions) {
        if (parents.contains(leaf.id()) || leaf.level() == Region.Level.COUNTRY) {
          continue;
        }
        Map<Region.Level, Region> chain = new java.util.EnumMap<>(Region.Level.class);
        for (Region r = leaf; r != null; r = r.parentId() == null ? null : byId.get(r.parentId())) {
          chain.put(r.level(), r);
        }
        Object[] values = new Object[7];
        values[0] = leaf.id();
        int i = 1;
        for (Region.Level level :
            List.of(Region.Level.OBLAST, Region.Level.RAION, Region.Level.HROMADA)) {
          Region r = chain.get(level);
          values[i++] = r == null ? null : r.code();
          values[i++] = r == null ? null : r.name();
        }
        w.write(leaf.boundary(), values);
      }
      w.finish();
    }
  }
}
