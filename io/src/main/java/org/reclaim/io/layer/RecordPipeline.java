package org.reclaim.io.layer;

import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.reclaim.domain.DomainException;
import org.reclaim.domain.geometry.GeometryCheckOp;
import org.reclaim.domain.geometry.GeometryProblem;
import org.reclaim.io.ImportOptions;
import org.reclaim.io.RecordCheck;

/**
 * The steps every record goes through after its format reader has parsed it, the same for CSV and
 * GeoJSON: geometry type and {@link GeometryCheckOp} rules, field mapping by the layer's {@link
 * LayerMapper}, the domain record's own validation, and the duplicate check within the file. Each
 * problem becomes an issue; records pass to the sink only while the whole import is free of issues
 * (after the first issue nothing can be stored anyway).
 *
 * <p>Not thread safe: one per import.
 *
 * @param <T> the domain record type
 */
public final class RecordPipeline<T> {
  private final LayerMapper<T> mapper;
  private final GeometryCheckOp geometryCheck;
  private final LongSupplier ids;
  private final RecordCheck recordCheck;
  private final IssueCollector issues;
  private final Consumer<? super T> sink;
  private final FieldParser parser;
  private final DuplicateIndex duplicates = new DuplicateIndex();

  /**
   * @param mapper the layer's mapper
   * @param options identifiers and geometry rules
   * @param issues where problems go
   * @param sink receives each good record while the import has no issue
   */
  public RecordPipeline(
      LayerMapper<T> mapper,
      ImportOptions options,
      IssueCollector issues,
      Consumer<? super T> sink) {
    this.mapper = mapper;
    this.geometryCheck = options.geometryCheck();
    this.ids = options.idSource();
    this.recordCheck = options.recordCheck();
    this.issues = issues;
    this.sink = sink;
    this.parser = new FieldParser(issues, options.references());
  }

  /** The layer's mapper. */
  public LayerMapper<T> mapper() {
    return mapper;
  }

  /**
   * Checks and maps one record.
   *
   * @param record its number (line or feature)
   * @param fields its non-geometry values
   * @param geometry its geometry in WGS84 lon/lat, or {@code null} when the file gives none
   * @param geometryReported true when the format reader already reported a problem with the
   *     geometry (unparseable WKT, bad coordinates); the record is then checked but not kept
   */
  public void accept(
      int record, RecordFields fields, @Nullable Geometry geometry, boolean geometryReported) {
    parser.reset(record, fields);
    Geometry checked = null;
    if (geometryReported) {
      parser.fail();
    } else if (mapper.geometryRule() != GeometryRule.NONE) {
      checked = checkGeometry(record, geometry);
    }
    T mapped = null;
    try {
      mapped = mapper.map(parser, checked, ids);
    } catch (DomainException e) {
      issues.add(record, mapper.fieldFor(e.field()), e.reason());
    }
    if (mapped == null) {
      return;
    }
    if (checked != null && mapper.checksDuplicates()) {
      long hash = GeometryHash.of(checked, mapper.duplicateKey(mapped));
      int first = duplicates.putIfAbsent(hash, record);
      if (first != 0) {
        issues.add(
            record,
            "geometry",
            mapper.duplicateReason(first, issues.recordWord()),
            wkt(checked.getCoordinate()));
        return;
      }
    }
    try {
      recordCheck.check(mapped);
    } catch (DomainException e) {
      issues.add(record, mapper.fieldFor(e.field()), e.reason());
      return;
    }
    if (issues.isEmpty()) {
      sink.accept(mapped);
    }
  }

  private @Nullable Geometry checkGeometry(int record, @Nullable Geometry geometry) {
    GeometryRule rule = mapper.geometryRule();
    if (geometry == null) {
      parser.issue("geometry", "is required: " + rule.description());
      return null;
    }
    if (!rule.accepts(geometry)) {
      parser.issue(
          "geometry", "must be " + rule.description() + ", was " + geometry.getGeometryType());
      return null;
    }
    boolean failed = false;
    for (GeometryProblem problem : geometryCheck.problems(geometry)) {
      if (problem.kind() != GeometryProblem.Kind.VERTEX_SPACING || mapper.checksVertexSpacing()) {
        issues.add(record, "geometry", problem.toString(), wkt(problem.location()));
        failed = true;
      }
    }
    if (failed) {
      parser.fail();
      return null;
    }
    return geometry;
  }

  /** {@code POINT (x y)} for a problem location, or {@code null}. */
  public static @Nullable String wkt(@Nullable Coordinate c) {
    return c == null ? null : "POINT (" + c.x + " " + c.y + ")";
  }
}
