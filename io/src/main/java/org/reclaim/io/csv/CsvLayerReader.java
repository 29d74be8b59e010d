package org.reclaim.io.csv;

import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Geometry;
import org.reclaim.domain.geometry.Wgs84;
import org.reclaim.io.ImportFormat;
import org.reclaim.io.ImportOptions;
import org.reclaim.io.ImportReport;
import org.reclaim.io.crs.CrsTransform;
import org.reclaim.io.crs.UnknownCrsException;
import org.reclaim.io.layer.GeometryRule;
import org.reclaim.io.layer.IssueCollector;
import org.reclaim.io.layer.LayerMapper;
import org.reclaim.io.layer.RecordPipeline;

/**
 * Reads a layer from CSV (RFC 4180, UTF-8 with or without BOM, comma separated, header row first)
 * with FastCSV, streaming: rows are parsed, checked and handed to the sink one at a time, so memory
 * does not grow with the file beyond the records kept and a small index per record for the
 * duplicate check.
 *
 * <p>Record numbers are physical line numbers, the header being line 1 (a quoted value spanning
 * lines counts every line). Coordinates are in {@link ImportOptions#crs()} (WGS84 when unset); an
 * EWKT value {@code SRID=3857;POINT (...)} names its own CRS.
 *
 * <p>Thread safe: each call works on its own state.
 */
public final class CsvLayerReader {
  private CsvLayerReader() {}

  /**
   * Reads every row of {@code in} (not closed) into {@code sink}, while the file has no issue.
   *
   * @return the report; when it lists issues everything the sink received must be discarded
   * @throws UncheckedIOException when the stream cannot be read
   */
  public static <T> ImportReport read(
      LayerMapper<T> mapper,
      InputStream in,
      String fileName,
      ImportOptions options,
      Consumer<? super T> sink) {
    return new Run<>(mapper, options, sink).read(in, fileName);
  }

  private static final class Run<T> {
    private final long start = System.nanoTime();
    private final LayerMapper<T> mapper;
    private final ImportOptions options;
    private final IssueCollector issues;
    private final RecordPipeline<T> pipeline;
    private final WktGeometryParser wkt = new WktGeometryParser();
    private final Map<Integer, CrsTransform> bySrid = new HashMap<>();
    private final CsvHeader header = new CsvHeader();
    private CrsTransform crs = CrsTransform.wgs84();
    private long recordsRead;
    private int geometryIssues;

    Run(LayerMapper<T> mapper, ImportOptions options, Consumer<? super T> sink) {
      this.mapper = mapper;
      this.options = options;
      this.issues = new IssueCollector(ImportFormat.CSV, options.maxIssues());
      this.pipeline = new RecordPipeline<>(mapper, options, issues, sink);
    }

    ImportReport read(InputStream in, String fileName) {
      if (options.crs() != null) {
        try {
          crs = CrsTransform.from(options.crs());
        } catch (UnknownCrsException e) {
          issues.add(0, "crs", e.getMessage());
          return report(fileName);
        }
      }
      CsvReader<CsvRecord> reader =
          CsvReader.builder()
              .allowMissingFields(true)
              .allowExtraFields(true)
              .skipEmptyLines(true)
              .detectBomHeader(true)
              .ofCsvRecord(in);
      try (CloseableIterator<CsvRecord> rows = reader.iterator()) {
        readRows(rows);
      } catch (CsvParseException e) {
        issues.add((int) Math.min(Integer.MAX_VALUE, recordsRead + 2), "(file)", e.getMessage());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return report(fileName);
    }

    private void readRows(CloseableIterator<CsvRecord> rows) {
      if (!rows.hasNext()) {
        issues.add(0, "(file)", "the file is empty; expected a header row");
        return;
      }
      if (!header.read(rows.next().getFields(), mapper, issues)) {
        return; // every row would repeat the header's problem
      }
      CsvRecordFields fields = new CsvRecordFields(header.columns, header.names);
      int columnCount = header.names.size();
      while (rows.hasNext()) {
        CsvRecord row = rows.next();
        recordsRead++;
        int line = (int) Math.min(Integer.MAX_VALUE, row.getStartingLineNumber());
        if (row.getFieldCount() != columnCount) {
          issues.add(
              line,
              "(row)",
              "has " + row.getFieldCount() + " fields, the header has " + columnCount);
          continue;
        }
        fields.reset(row);
        accept(line, fields);
      }
    }

    private void accept(int line, CsvRecordFields fields) {
      int before = geometryIssues;
      Geometry geometry =
          mapper.geometryRule() == GeometryRule.NONE ? null : geometry(line, fields);
      pipeline.accept(line, fields, geometry, geometryIssues != before);
    }

    private @Nullable Geometry geometry(int line, CsvRecordFields fields) {
      String text = header.wktIndex >= 0 ? fields.at(header.wktIndex) : null;
      if (text != null) {
        WktGeometryParser.Parsed parsed = wkt.parse(text);
        if (parsed.error() != null) {
          return fail(line, "geometry", parsed.error());
        }
        CrsTransform transform = parsed.srid() == 0 ? crs : forSrid(line, parsed.srid());
        return transform == null ? null : transform(line, transform, parsed.geometry());
      }
      if (header.xIndex < 0) {
        return null;
      }
      String x = fields.at(header.xIndex);
      String y = fields.at(header.yIndex);
      if (x == null && y == null) {
        return null;
      }
      if (x == null || y == null) {
        String missing = x == null ? header.xName : header.yName;
        return fail(line, missing, "is required with " + (x == null ? header.yName : header.xName));
      }
      double lon = number(line, header.xName, x);
      double lat = number(line, header.yName, y);
      if (Double.isNaN(lon) || Double.isNaN(lat)) {
        return null;
      }
      try {
        return Wgs84.FACTORY.createPoint(crs.toWgs84(lon, lat));
      } catch (RuntimeException e) {
        return fail(line, "geometry", "cannot transform from " + crs.name() + ": " + e);
      }
    }

    private double number(int line, String field, String text) {
      try {
        return Double.parseDouble(text);
      } catch (NumberFormatException e) {
        fail(line, field, "must be a number with a '.' decimal point, was '" + text + "'");
        return Double.NaN;
      }
    }

    private @Nullable Geometry transform(int line, CrsTransform transform, Geometry geometry) {
      try {
        return transform.toWgs84(geometry);
      } catch (RuntimeException e) {
        return fail(line, "geometry", "cannot transform from " + transform.name() + ": " + e);
      }
    }

    private @Nullable CrsTransform forSrid(int line, int srid) {
      CrsTransform known = bySrid.get(srid);
      if (known != null) {
        return known;
      }
      try {
        CrsTransform transform = CrsTransform.from("EPSG:" + srid);
        bySrid.put(srid, transform);
        return transform;
      } catch (UnknownCrsException e) {
        fail(line, "geometry", "SRID " + srid + ": " + e.getMessage());
        return null;
      }
    }

    private @Nullable Geometry fail(int line, String field, String reason) {
      geometryIssues++;
      issues.add(line, field, reason);
      return null;
    }

    private ImportReport report(String fileName) {
      return issues.toReport(
          mapper.layer(),
          fileName,
          recordsRead,
          Set.copyOf(header.ignored),
          Duration.ofNanos(System.nanoTime() - start));
    }
  }
}
