package org.reclaim.io;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;
import org.reclaim.domain.geometry.GeometryCheckOp;
import org.reclaim.domain.geometry.Wgs84;

/**
 * How to read a file.
 *
 * @param idSource hands out the identifiers of new records, one call per record (the store's
 *     sequence); files never carry the identifier of the record itself, only references to other
 *     records ({@code operator_id}, {@code hazardous_area_id}). Called from the importing thread
 *     only. Identifiers are drawn also for records of a file that is then rejected.
 * @param crs the coordinate reference system of the file's coordinates when the file does not
 *     declare one, e.g. {@code EPSG:3857} or {@code EPSG:32636}; {@code null} means WGS84 lon/lat.
 *     A GeoJSON file's own {@code crs} member takes precedence.
 * @param geometryCheck the rules every geometry must pass; by default {@link GeometryCheckOp} with
 *     Ukraine's extent and a 50 km vertex spacing limit
 * @param maxIssues how many issues a report lists at most; further ones are only counted
 * @param references whether records referred to by id exist; {@link ReferenceCheck#ANY} by default
 * @param recordCheck rules against the register each valid record must meet; none by default
 */
public record ImportOptions(
    LongSupplier idSource,
    @Nullable String crs,
    GeometryCheckOp geometryCheck,
    int maxIssues,
    ReferenceCheck references,
    RecordCheck recordCheck) {

  /** Default cap on listed issues. */
  public static final int DEFAULT_MAX_ISSUES = 10_000;

  public ImportOptions {
    Objects.requireNonNull(idSource, "idSource");
    Objects.requireNonNull(geometryCheck, "geometryCheck");
    Objects.requireNonNull(references, "references");
    Objects.requireNonNull(recordCheck, "recordCheck");
    if (crs != null && crs.isBlank()) {
      crs = null;
    }
    if (maxIssues < 1) {
      throw new IllegalArgumentException("maxIssues must be >= 1, was " + maxIssues);
    }
  }

  /** Options with WGS84 coordinates, the default geometry check and issue cap. */
  public static ImportOptions of(LongSupplier idSource) {
    return new ImportOptions(
        idSource,
        null,
        new GeometryCheckOp(Wgs84.UKRAINE_EXTENT, GeometryCheckOp.DEFAULT_MAX_VERTEX_SPACING_M),
        DEFAULT_MAX_ISSUES,
        ReferenceCheck.ANY,
        RecordCheck.NONE);
  }

  /** Options handing out identifiers {@code first, first + 1, ...}; for tests and dry runs. */
  public static ImportOptions sequentialIds(long first) {
    AtomicLong next = new AtomicLong(first);
    return of(next::getAndIncrement);
  }

  /** A copy with a declared CRS, e.g. {@code EPSG:3857}; {@code null} for WGS84. */
  public ImportOptions withCrs(@Nullable String crs) {
    return new ImportOptions(idSource, crs, geometryCheck, maxIssues, references, recordCheck);
  }

  /** A copy with other geometry rules, e.g. another country's extent. */
  public ImportOptions withGeometryCheck(GeometryCheckOp geometryCheck) {
    return new ImportOptions(idSource, crs, geometryCheck, maxIssues, references, recordCheck);
  }

  /** A copy listing at most {@code maxIssues} issues. */
  public ImportOptions withMaxIssues(int maxIssues) {
    return new ImportOptions(idSource, crs, geometryCheck, maxIssues, references, recordCheck);
  }

  /** A copy checking references to other records with {@code references}. */
  public ImportOptions withReferences(ReferenceCheck references) {
    return new ImportOptions(idSource, crs, geometryCheck, maxIssues, references, recordCheck);
  }

  /** A copy checking each valid record with {@code recordCheck}. */
  public ImportOptions withRecordCheck(RecordCheck recordCheck) {
    return new ImportOptions(idSource, crs, geometryCheck, maxIssues, references, recordCheck);
  }
}
