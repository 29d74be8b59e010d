package org.reclaim.app.prioritise;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.reclaim.analysis.criteria.AreaCriteria;
import org.reclaim.analysis.criteria.ContextSnapshot;
import org.reclaim.analysis.criteria.CriteriaParameters;
import org.reclaim.analysis.criteria.CriterionId;
import org.reclaim.domain.context.AgriculturalParcel;
import org.reclaim.domain.context.CriticalInfrastructure;
import org.reclaim.domain.context.RecoveryProject;
import org.reclaim.domain.context.RoadSegment;
import org.reclaim.domain.context.Settlement;
import org.reclaim.domain.evidence.Evidence;
import org.reclaim.domain.geometry.LocalProjection;
import org.reclaim.domain.hazard.HazardousArea;
import org.reclaim.io.export.GeoPackageFeatureWriter;
import org.reclaim.io.export.GeoPackageFeatureWriter.Column;
import org.reclaim.io.export.GeoPackageFeatureWriter.Type;

/**
 * What the Spark + Sedona edition of the national criteria ({@code spark-job/}, {@code
 * NationalCriteriaSparkJob}) reads: a ranking's snapshot — the unreleased hazardous areas and every
 * context layer — as GeoPackages in lon/lat ({@value #DIR}/), the criteria parameters ({@value
 * #PARAMETERS}) and the equal-area frame ({@value SparkInputs#FRAME}); and, when given, Reclaim's
 * own values of the spatial criteria for the same snapshot ({@value #RECLAIM_VALUES}), which the
 * job's test compares against.
 */
public final class SparkCriteriaInputs {
  /** The subdirectory the layers go to. */
  public static final String DIR = "criteria";

  /** The parameters, one {@code key=value} per line (keys of {@link CriteriaParameters#toMap}). */
  public static final String PARAMETERS = "parameters.properties";

  /** Reclaim's values: {@code area_id} and one column per spatial criterion key. */
  public static final String RECLAIM_VALUES = "reclaim-criteria.csv";

  private SparkCriteriaInputs() {}

  /**
   * Writes the snapshot's layers, {@code parameters} and {@code frame} into {@code dir}/{@value
   * #DIR}, and {@code reclaim}'s values when not {@code null}.
   */
  public static void write(
      ContextSnapshot s,
      CriteriaParameters parameters,
      LocalProjection frame,
      List<AreaCriteria> reclaim,
      Path dir) {
    Path d = dir.resolve(DIR);
    try {
      Files.createDirectories(d);
      Files.writeString(d.resolve(SparkInputs.FRAME), frame.proj4() + "\n");
      StringBuilder p = new StringBuilder();
      for (Map.Entry<String, Object> e : parameters.toMap().entrySet()) {
        p.append(e.getKey()).append('=').append(e.getValue()).append('\n');
      }
      Files.writeString(d.resolve(PARAMETERS), p);
      if (reclaim != null) {
        writeValues(reclaim, d.resolve(RECLAIM_VALUES));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    layer(
        d.resolve("hazardous_areas.gpkg"),
        List.of(new Column("area_id", Type.INTEGER), new Column("hazard_class", Type.TEXT)),
        s.areas(),
        (HazardousArea a) -> new Row(a.geometry(), a.id(), a.hazardClass().name()));
    layer(
        d.resolve("settlements.gpkg"),
        List.of(new Column("population", Type.REAL)),
        s.settlements(),
        (Settlement x) -> new Row(x.location(), (double) x.population()));
    layer(
        d.resolve("infrastructure.gpkg"),
        List.of(new Column("infrastructure_id", Type.INTEGER)),
        s.infrastructure(),
        (CriticalInfrastructure x) -> new Row(x.geometry(), x.id()));
    layer(
        d.resolve("roads.gpkg"),
        List.of(new Column("road_id", Type.INTEGER)),
        s.roads(),
        (RoadSegment x) -> new Row(x.geometry(), x.id()));
    layer(
        d.resolve("parcels.gpkg"),
        List.of(new Column("value_usd_per_ha", Type.REAL)),
        s.parcels(),
        (AgriculturalParcel x) -> new Row(x.geometry(), x.valueUsdPerHa()));
    layer(
        d.resolve("recovery_projects.gpkg"),
        List.of(new Column("budget_usd", Type.REAL), new Column("status", Type.TEXT)),
        s.recoveryProjects(),
        (RecoveryProject x) -> new Row(x.geometry(), x.budgetUsd(), x.status().name()));
    layer(
        d.resolve("evidence.gpkg"),
        List.of(
            new Column("type", Type.TEXT),
            new Column("evidence_class", Type.TEXT),
            new Column("observed_on", Type.TEXT),
            new Column("reliability", Type.REAL),
            new Column("casualties", Type.INTEGER)),
        s.evidence(),
        (Evidence e) ->
            new Row(
                e.location(),
                e.type().name(),
                e.evidenceClass().name(),
                e.observedOn().toString(),
                e.reliability(),
                (long) e.casualties()));
  }

  private record Row(org.locationtech.jts.geom.Geometry geometry, Object... values) {}

  private static <T> void layer(
      Path file, List<Column> columns, List<T> records, java.util.function.Function<T, Row> row) {
    try (GeoPackageFeatureWriter w = GeoPackageFeatureWriter.create(file, "layer", columns)) {
      for (T t : records) {
        Row r = row.apply(t);
        w.write(r.geometry(), r.values());
      }
      w.finish();
    }
  }

  private static void writeValues(List<AreaCriteria> rows, Path file) throws IOException {
    List<String> lines = new ArrayList<>();
    StringBuilder header = new StringBuilder("area_id");
    CriterionId.spatial().forEach(c -> header.append(',').append(c.key()));
    lines.add(header.toString());
    for (AreaCriteria r : rows) {
      StringBuilder line = new StringBuilder(Long.toString(r.areaId()));
      for (CriterionId c : CriterionId.spatial()) {
        line.append(',').append(String.format(Locale.ROOT, "%.6f", r.values()[c.ordinal()]));
      }
      lines.add(line.toString());
    }
    Files.write(file, lines);
  }
}
