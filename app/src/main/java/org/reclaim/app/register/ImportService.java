package org.reclaim.app.register;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.reclaim.domain.evidence.EvidenceLink;
import org.reclaim.io.ImportFormat;
import org.reclaim.io.ImportIssue;
import org.reclaim.io.ImportOptions;
import org.reclaim.io.ImportReport;
import org.reclaim.io.ImportResult;
import org.reclaim.io.Layer;
import org.reclaim.io.LayerImporter;
import org.reclaim.io.odk.OdkFormMapping;
import org.reclaim.io.odk.OdkImporter;
import org.reclaim.store.ReclaimStore;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;

/**
 * Imports a file into the register, all-or-nothing: the file is read and checked in full ({@link
 * LayerImporter}); if any record has a problem nothing is written and the report lists every
 * problem; otherwise all records are written in one transaction, and if the database refuses any (a
 * reference to a record that does not exist, a duplicate code) the transaction rolls back and the
 * report says why.
 *
 * <p>Thread safe.
 */
@Service
public final class ImportService {
  private final ReclaimStore store;
  private final LayerCatalog catalog;

  public ImportService(ReclaimStore store, LayerCatalog catalog) {
    this.store = store;
    this.catalog = catalog;
  }

  /**
   * The outcome of an import.
   *
   * @param report what was found, including a database refusal if there was one
   * @param stored whether the records were written
   * @param wallTime time from opening the file to the commit or roll-back
   */
  public record Outcome(ImportReport report, boolean stored, Duration wallTime) {
    /** Records read, checked and stored per second of wall time. */
    public double recordsPerSecond() {
      double s = wallTime.toNanos() / 1e9;
      return s <= 0 ? 0 : report.recordsRead() / s;
    }
  }

  /**
   * Imports {@code file}; format from its extension. A GeoPackage ({@code .gpkg}) is read through
   * the GeoJSON importer ({@link org.reclaim.io.export.GeoPackageReader}).
   */
  public Outcome importFile(Layer layer, Path file, String crs, String actor) {
    return importFile(layer, file, null, crs, null, actor);
  }

  /**
   * Imports {@code file} in {@code format} ({@code null}: told by its extension), reading an ODK
   * Collect / KoboToolbox export through {@code mapping} ({@code null}: the default NTS form's).
   */
  public Outcome importFile(
      Layer layer,
      Path file,
      @Nullable ImportFormat format,
      String crs,
      @Nullable OdkFormMapping mapping,
      String actor) {
    String name = file.getFileName().toString();
    if (org.reclaim.io.export.GeoPackageReader.isGeoPackage(file)) {
      byte[] json =
          org.reclaim.io.export.GeoPackageReader.toGeoJson(
              file, org.reclaim.io.export.GeoPackageExporter.tableName(layer.cliName()));
      return importStream(
          layer, new java.io.ByteArrayInputStream(json), ImportFormat.GEOJSON, name, crs, actor);
    }
    ImportFormat f = format != null ? format : ImportFormat.fromFileName(name);
    try (InputStream in = Files.newInputStream(file)) {
      return importStream(layer, in, f, name, crs, mapping, actor);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Imports a stream in {@code format}: records are written while the file is read (see {@link
   * PipelinedWriter}) in one transaction that commits only if the whole file was clean.
   */
  public Outcome importStream(
      Layer layer, InputStream in, ImportFormat format, String fileName, String crs, String actor) {
    return importStream(layer, in, format, fileName, crs, null, actor);
  }

  /**
   * Imports a stream as {@link #importStream(Layer, InputStream, ImportFormat, String, String,
   * String)} does; an ODK Collect / KoboToolbox export ({@code odk-csv}, {@code odk-json}) is read
   * through {@code mapping} ({@code null}: the default NTS form's, {@link
   * OdkFormMapping#defaults}).
   */
  public Outcome importStream(
      Layer layer,
      InputStream in,
      ImportFormat format,
      String fileName,
      String crs,
      @Nullable OdkFormMapping mapping,
      String actor) {
    long run = store.importRuns().begin(catalog.table(layer), fileName, actor);
    try {
      Outcome o = importStream(run, layer, in, format, fileName, crs, mapping, actor);
      if (!o.stored()) {
        store.importRuns().fail(run);
      }
      return o;
    } catch (RuntimeException e) {
      store.importRuns().fail(run);
      throw e;
    }
  }

  /** The import of {@code run}: marked completed in the transaction that writes its records. */
  private Outcome importStream(
      long run,
      Layer layer,
      InputStream in,
      ImportFormat format,
      String fileName,
      String crs,
      @Nullable OdkFormMapping mapping,
      String actor) {
    long start = System.nanoTime();
    Set<Long> linkedAreas = new HashSet<>();
    PipelinedWriter writer =
        new PipelinedWriter(
            store,
            catalog,
            layer,
            actor,
            fileName,
            written -> {
              HazardReclassifier.reclassify(store, linkedAreas, actor);
              store.importRuns().complete(run, written);
            });
    Consumer<Object> sink =
        layer == Layer.EVIDENCE_LINKS
            ? record -> {
              linkedAreas.add(((EvidenceLink) record).hazardousAreaId());
              writer.accept(record);
            }
            : writer;
    ImportReport report;
    try {
      boolean odk = format == ImportFormat.ODK_CSV || format == ImportFormat.ODK_JSON;
      report =
          odk
              ? OdkImporter.stream(
                  layer,
                  format,
                  in,
                  fileName,
                  options(layer, crs, run),
                  mapping == null ? OdkFormMapping.defaults() : mapping,
                  sink)
              : LayerImporter.stream(layer, format, in, fileName, options(layer, crs, run), sink);
    } catch (PipelinedWriter.WriteFailed e) {
      ImportReport partial =
          new ImportReport(
              layer,
              format,
              fileName,
              writer.count(),
              List.of(),
              0,
              List.of(),
              Duration.ofNanos(System.nanoTime() - start));
      return new Outcome(refused(partial, e.getCause()), false, elapsedSince(start));
    } catch (RuntimeException e) {
      writer.finish(false);
      throw e;
    }
    try {
      writer.finish(report.ok());
    } catch (DataAccessException e) {
      return new Outcome(refused(report, e), false, elapsedSince(start));
    }
    return new Outcome(report, report.ok(), elapsedSince(start));
  }

  private static Duration elapsedSince(long startNanos) {
    return Duration.ofNanos(System.nanoTime() - startNanos);
  }

  /**
   * Reads one record of {@code layer} from a GeoJSON Feature, with the same checks as a file
   * import, giving it {@code id}. Used by the API's create and update ({@code replacing}: the
   * record replaces the stored one with the same id).
   *
   * @return the record, or the report of why it was refused
   */
  public ImportResult<?> readFeature(Layer layer, byte[] featureJson, long id, boolean replacing) {
    String collection =
        "{\"type\":\"FeatureCollection\",\"features\":["
            + new String(featureJson, StandardCharsets.UTF_8)
            + "]}";
    ImportOptions options =
        ImportOptions.of(() -> id)
            .withReferences(new RegisterReferences(catalog))
            .withRecordCheck(new RegisterRules(store, replacing ? id : null));
    return LayerImporter.read(
        layer,
        ImportFormat.GEOJSON,
        new ByteArrayInputStream(collection.getBytes(StandardCharsets.UTF_8)),
        "request body",
        options);
  }

  /**
   * Replaces a stored record, refusing an illegal status transition (IMAS 07.11 life cycles).
   *
   * @throws org.reclaim.domain.DomainException naming {@code status}
   */
  @SuppressWarnings("unchecked")
  public <T> void update(Layer layer, Object record, long expectedVersion, String actor) {
    org.reclaim.store.jdbc.JdbcRepository<T> repo =
        (org.reclaim.store.jdbc.JdbcRepository<T>) catalog.repository(layer);
    T replacement = (T) record;
    store.inTransaction(
        () -> {
          RegisterRules.checkTransition(
              repo.getById(repo.mapping().id().applyAsLong(replacement)).value(), replacement);
          repo.update(replacement, expectedVersion, actor);
        });
  }

  /** A fresh id for one new record of {@code layer}. */
  public long allocateId(Layer layer) {
    return store.ids().allocate(catalog.table(layer), 1);
  }

  private ImportOptions options(Layer layer, String crs, long run) {
    // evidence links are keyed by their two ends: their ids are never stored, nothing to record
    java.util.function.BiConsumer<Long, Long> onBlock =
        layer == Layer.EVIDENCE_LINKS
            ? (first, last) -> {}
            : (first, last) -> store.importRuns().block(run, first, last);
    return ImportOptions.of(new IdBlocks(store.ids(), catalog.table(layer), onBlock))
        .withCrs(crs)
        .withReferences(new RegisterReferences(catalog))
        .withRecordCheck(new RegisterRules(store, null));
  }

  /** The report with one more issue: the database refused the batch, nothing was written. */
  private static ImportReport refused(ImportReport report, Throwable e) {
    Throwable cause = NestedExceptionUtils.getMostSpecificCause(e);
    List<ImportIssue> issues = new ArrayList<>(report.issues());
    issues.add(
        new ImportIssue(
            0, "*", "the database refused the file, nothing was imported: " + cause.getMessage()));
    return new ImportReport(
        report.layer(),
        report.format(),
        report.fileName(),
        report.recordsRead(),
        issues,
        report.issuesNotListed(),
        report.ignoredFields(),
        report.elapsed());
  }
}
