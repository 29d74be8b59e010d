package org.reclaim.app.prioritise;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.reclaim.analysis.criteria.AccreditedTeams;
import org.reclaim.analysis.criteria.CriteriaParameters;
import org.reclaim.analysis.criteria.ParcelEstimator;
import org.reclaim.domain.geometry.LocalProjection;
import org.reclaim.domain.hazard.HazardousArea;
import org.reclaim.domain.operator.Accreditation;
import org.reclaim.domain.region.Region;
import org.reclaim.domain.region.RegionLocator;
import org.reclaim.domain.team.Team;
import org.reclaim.io.export.GeoPackageFeatureWriter;
import org.reclaim.io.export.GeoPackageFeatureWriter.Column;
import org.reclaim.io.export.GeoPackageFeatureWriter.Type;

/**
 * The parcel-level estimate job ({@code reclaim estimate parcels}): streams parcels from a source
 * through a {@link ParcelEstimator}, locates each in its oblast, raion and hromada, and writes one
 * row per parcel to a GeoPackage (table {@value #TABLE}) and the totals per unit to a summary (CSV,
 * and table {@value #SUMMARY_TABLE} of the same GeoPackage).
 *
 * <p>Streamed: parcels are read in batches of {@value #BATCH}, estimated in parallel and written in
 * order, with at most {@value #IN_FLIGHT} batches in memory at a time, so memory does not grow with
 * the cadastre. All or nothing: the outputs appear only when every parcel has been written; a
 * parcel the job cannot read stops it with an error naming the parcel and the field.
 */
public final class ParcelEstimateJob {
  /** The per-parcel table. */
  public static final String TABLE = "parcel_estimates";

  /** The summary table. */
  public static final String SUMMARY_TABLE = "parcel_estimate_summary";

  static final int BATCH = 4_096;
  static final int IN_FLIGHT = 6;

  /** The columns of the per-parcel table, after key and geometry. */
  public static final List<Column> COLUMNS =
      List.of(
          new Column("cadastral_number", Type.TEXT),
          new Column("oblast", Type.TEXT),
          new Column("raion", Type.TEXT),
          new Column("hromada", Type.TEXT),
          new Column("parcel_m2", Type.REAL),
          new Column("hazard_m2", Type.REAL),
          new Column("hazard_share", Type.REAL),
          new Column("hazardous_areas", Type.INTEGER),
          new Column("area_codes", Type.TEXT),
          new Column("likelihood", Type.REAL),
          new Column("method", Type.TEXT),
          new Column("cost_usd", Type.REAL),
          new Column("team_days", Type.REAL),
          new Column("value_locked_usd", Type.REAL),
          new Column("unpriced_m2", Type.REAL),
          new Column("unaccredited", Type.INTEGER));

  /**
   * What the estimates are made from.
   *
   * @param areas the register's hazardous areas (released ones are skipped)
   * @param modelled the active likelihood model's probability by area id; empty without a model
   * @param teams every team, with base location, productivity and day rate
   * @param accreditations every accreditation (those valid on {@code day} count)
   * @param regions the administrative units, for accreditation and the summary
   * @param parameters the profile's criteria parameters (thresholds of the method rule)
   * @param day the day accreditations must be valid on
   * @param nearestTeams how many nearest accredited teams set a method's rate
   */
  public record Inputs(
      List<HazardousArea> areas,
      Map<Long, Double> modelled,
      List<Team> teams,
      List<Accreditation> accreditations,
      List<Region> regions,
      CriteriaParameters parameters,
      LocalDate day,
      int nearestTeams) {}

  /** Parcels to estimate, one at a time. */
  public interface Source extends AutoCloseable {
    /** How many parcels the source holds, -1 when unknown. */
    long count();

    /**
     * The next parcel, or {@code null} after the last.
     *
     * @throws IllegalArgumentException naming the parcel and field when one cannot be read
     */
    ParcelEstimator.Parcel next();

    @Override
    void close();
  }

  /** Progress: parcels done of total (-1 when unknown). */
  public interface Progress {
    void parcels(long done, long total);
  }

  /** Totals of one unit (or of the country, level {@code COUNTRY}). */
  public record SummaryRow(
      Region.Level level,
      String code,
      String name,
      long parcels,
      long affected,
      double parcelHa,
      double hazardHa,
      double costUsd,
      double teamDays,
      double valueLockedUsd,
      double unpricedHa) {}

  /** What a run did. */
  public record Result(
      long parcels, long affected, int hazardousAreas, List<SummaryRow> summary, long millis) {}

  private record Done(ParcelEstimator.Estimate estimate, Geometry geometry, Region[] units) {}

  private ParcelEstimateJob() {}

  /** The estimator for {@code in}: hazardous areas priced, teams selected. */
  public static ParcelEstimator estimator(Inputs in) {
    Envelope extent = new Envelope();
    in.areas().forEach(a -> extent.expandToInclude(a.geometry().getEnvelopeInternal()));
    LocalProjection frame =
        extent.isNull()
            ? LocalProjection.near(31, 49)
            : LocalProjection.near(extent.centre().x, extent.centre().y);
    AccreditedTeams teams =
        new AccreditedTeams(
            frame, in.teams(), in.accreditations(), in.regions(), in.day(), in.nearestTeams());
    return ParcelEstimator.build(frame, in.areas(), in.modelled(), in.parameters(), teams);
  }

  /**
   * Estimates every parcel of {@code source} with {@code estimator} (built once by {@link
   * #estimator}), locating each in {@code regions}; writes {@code output} (GeoPackage) and {@code
   * summaryCsv}, replacing them only once all is written.
   */
  public static Result run(
      ParcelEstimator estimator,
      List<Region> regions,
      Source source,
      Path output,
      Path summaryCsv,
      Progress progress) {
    long start = System.nanoTime();
    RegionLocator locator = new RegionLocator(regions);
    Summary summary = new Summary();
    long total = source.count();
    ExecutorService writerThread = Executors.newSingleThreadExecutor(r -> daemon(r, "writer"));
    Semaphore permits = new Semaphore(IN_FLIGHT);
    List<Future<?>> written = new ArrayList<>();
    try (GeoPackageFeatureWriter out = GeoPackageFeatureWriter.create(output, TABLE, COLUMNS)) {
      long read = 0;
      try {
        while (true) {
          List<ParcelEstimator.Parcel> batch = new ArrayList<>(BATCH);
          for (ParcelEstimator.Parcel p; batch.size() < BATCH && (p = source.next()) != null; ) {
            batch.add(p);
          }
          if (batch.isEmpty()) {
            break;
          }
          read += batch.size();
          permits.acquireUninterruptibly();
          Done[] done = estimate(estimator, locator, batch);
          long soFar = read;
          written.add(
              writerThread.submit(
                  () -> {
                    try {
                      for (Done d : done) {
                        write(out, d);
                        summary.add(d);
                      }
                      progress.parcels(soFar, total);
                    } finally {
                      permits.release();
                    }
                  }));
          failFast(written);
        }
        for (Future<?> f : written) {
          f.get();
        }
      } catch (RuntimeException | InterruptedException | ExecutionException e) {
        // the writer must be done with the file before it is closed (and discarded)
        writerThread.shutdownNow();
        writerThread.awaitTermination(10, java.util.concurrent.TimeUnit.MINUTES);
        throw e;
      }
      List<SummaryRow> rows = summary.rows();
      out.addAttributes(
          SUMMARY_TABLE, SUMMARY_COLUMNS, rows.stream().map(ParcelEstimateJob::cells).toList());
      out.finish();
      writeCsv(summaryCsv, rows);
      return new Result(
          read,
          summary.country.affected,
          estimator.areaCount(),
          rows,
          (System.nanoTime() - start) / 1_000_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r
          ? r
          : new IllegalStateException(e.getCause());
    } finally {
      writerThread.shutdownNow();
    }
  }

  private static void failFast(List<Future<?>> written)
      throws ExecutionException, InterruptedException {
    while (!written.isEmpty() && written.get(0).isDone()) {
      written.remove(0).get();
    }
  }

  private static Thread daemon(Runnable r, String name) {
    Thread t = new Thread(r, "parcel-estimate-" + name);
    t.setDaemon(true);
    return t;
  }

  private static Done[] estimate(
      ParcelEstimator estimator, RegionLocator locator, List<ParcelEstimator.Parcel> batch) {
    Done[] done = new Done[batch.size()];
    java.util.stream.IntStream.range(0, done.length)
        .parallel()
        .forEach(
            i -> {
              ParcelEstimator.Parcel p = batch.get(i);
              Coordinate centre = p.geometry().getEnvelopeInternal().centre();
              Map<Region.Level, Region> at = locator.locate(centre);
              Region[] units = {
                at.get(Region.Level.OBLAST),
                at.get(Region.Level.RAION),
                at.get(Region.Level.HROMADA)
              };
              done[i] = new Done(estimator.estimate(p), p.geometry(), units);
            });
    return done;
  }

  private static void write(GeoPackageFeatureWriter out, Done d) {
    ParcelEstimator.Estimate e = d.estimate();
    out.write(
        d.geometry(),
        e.ref(),
        code(d.units()[0]),
        code(d.units()[1]),
        code(d.units()[2]),
        e.parcelM2(),
        e.hazardM2(),
        e.hazardShare(),
        (long) e.areaCount(),
        e.areaCodes().isEmpty() ? null : e.areaCodes(),
        e.likelihood(),
        e.method() == null ? null : e.method().name(),
        e.costUsd(),
        e.teamDays(),
        e.valueLockedUsd(),
        e.unpricedM2(),
        e.unaccredited() ? 1L : 0L);
  }

  private static String code(Region r) {
    return r == null ? null : r.code();
  }

  /** The columns of the summary, in the CSV and the GeoPackage table. */
  public static final List<Column> SUMMARY_COLUMNS =
      List.of(
          new Column("level", Type.TEXT),
          new Column("code", Type.TEXT),
          new Column("name", Type.TEXT),
          new Column("parcels", Type.INTEGER),
          new Column("affected_parcels", Type.INTEGER),
          new Column("parcel_ha", Type.REAL),
          new Column("hazard_ha", Type.REAL),
          new Column("cost_usd", Type.REAL),
          new Column("team_days", Type.REAL),
          new Column("value_locked_usd", Type.REAL),
          new Column("unpriced_ha", Type.REAL));

  private static Object[] cells(SummaryRow r) {
    return new Object[] {
      r.level().name().toLowerCase(Locale.ROOT),
      r.code(),
      r.name(),
      r.parcels(),
      r.affected(),
      r.parcelHa(),
      r.hazardHa(),
      r.costUsd(),
      r.teamDays(),
      r.valueLockedUsd(),
      r.unpricedHa()
    };
  }

  private static void writeCsv(Path file, List<SummaryRow> rows) {
    Path partial = file.resolveSibling("." + file.getFileName() + ".partial");
    try (CsvWriter csv = CsvWriter.builder().build(partial)) {
      csv.writeRecord(SUMMARY_COLUMNS.stream().map(Column::name).toList());
      for (SummaryRow r : rows) {
        List<String> cells = new ArrayList<>();
        for (Object v : cells(r)) {
          cells.add(
              v instanceof Double d
                  ? String.format(Locale.ROOT, "%.2f", d)
                  : v == null ? "" : v.toString());
        }
        csv.writeRecord(cells);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Running totals per unit; used by the writer thread only. */
  private static final class Summary {
    private final Totals country = new Totals(Region.Level.COUNTRY, "ALL", "All parcels");
    private final Map<Region.Level, Map<String, Totals>> units = new EnumMap<>(Region.Level.class);

    void add(Done d) {
      country.add(d.estimate());
      for (Region r : d.units()) {
        if (r != null) {
          units
              .computeIfAbsent(r.level(), l -> new TreeMap<>())
              .computeIfAbsent(r.code(), c -> new Totals(r.level(), r.code(), r.name()))
              .add(d.estimate());
        }
      }
    }

    List<SummaryRow> rows() {
      List<SummaryRow> out = new ArrayList<>();
      out.add(country.row());
      units.values().forEach(m -> m.values().forEach(t -> out.add(t.row())));
      return out;
    }
  }

  private static final class Totals {
    private final Region.Level level;
    private final String code;
    private final String name;
    private long parcels;
    private long affected;
    private double parcelM2;
    private double hazardM2;
    private double cost;
    private double days;
    private double value;
    private double unpriced;

    Totals(Region.Level level, String code, String name) {
      this.level = level;
      this.code = code;
      this.name = name;
    }

    void add(ParcelEstimator.Estimate e) {
      parcels++;
      affected += e.hazardM2() > 0 ? 1 : 0;
      parcelM2 += e.parcelM2();
      hazardM2 += e.hazardM2();
      cost += e.costUsd();
      days += e.teamDays();
      value += e.valueLockedUsd();
      unpriced += e.unpricedM2();
    }

    SummaryRow row() {
      return new SummaryRow(
          level,
          code,
          name,
          parcels,
          affected,
          parcelM2 / 1e4,
          hazardM2 / 1e4,
          cost,
          days,
          value,
          unpriced / 1e4);
    }
  }
}
