package org.reclaim.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.reclaim.io.csv.CsvLayerReader;
import org.reclaim.io.export.GeoPackageExporter;
import org.reclaim.io.export.GeoPackageReader;
import org.reclaim.io.geojson.GeoJsonLayerReader;
import org.reclaim.io.kml.KmlLayerReader;
import org.reclaim.io.layer.LayerMapper;
import org.reclaim.io.layer.LayerMappers;
import org.reclaim.io.odk.OdkFormMapping;
import org.reclaim.io.odk.OdkImporter;

/**
 * Reads a file of one {@link Layer} into domain records, checking every record and collecting every
 * problem into an {@link ImportReport}. This is the one entry point for the CLI and the HTTP API;
 * it parses and validates only, and never stores: storing is the caller's, all or nothing.
 *
 * <p>Two ways to read:
 *
 * <ul>
 *   <li>{@code read}: collects the records in memory and returns them with the report in an {@link
 *       ImportResult}. Fine up to millions of small records (a million evidence points take about
 *       300 MB of heap).
 *   <li>{@code stream}: hands each record to a sink as soon as it is checked, for a caller that
 *       writes batches inside one transaction. The sink receives records only while the file has
 *       shown no problem; when the returned report is not {@link ImportReport#ok() ok}, the caller
 *       must roll back everything the sink received.
 * </ul>
 *
 * <p>Problems in the data never throw: they are issues in the report. Only I/O failures throw.
 *
 * <p>Thread safe: every call works on its own state; the {@link ImportOptions#idSource()} is called
 * from the calling thread only.
 */
public final class LayerImporter {
  private LayerImporter() {}

  /**
   * Reads {@code file}, its format told by the extension ({@code .csv}, {@code .geojson}, {@code
   * .json}, {@code .kml}, {@code .kmz}, or {@code .gpkg}: a GeoPackage table read through the
   * GeoJSON importer).
   *
   * @throws IllegalArgumentException when the extension is none of those
   * @throws IOException when the file cannot be read
   */
  public static ImportResult<?> read(Layer layer, Path file, ImportOptions options)
      throws IOException {
    if (GeoPackageReader.isGeoPackage(file)) {
      byte[] json = GeoPackageReader.toGeoJson(file, GeoPackageExporter.tableName(layer.cliName()));
      return read(
          layer,
          ImportFormat.GEOJSON,
          new ByteArrayInputStream(json),
          file.getFileName().toString(),
          options);
    }
    ImportFormat format = ImportFormat.fromFileName(file.getFileName().toString());
    try (InputStream in = Files.newInputStream(file)) {
      return read(layer, format, in, file.getFileName().toString(), options);
    }
  }

  /**
   * Reads an upload or any other stream (not closed here).
   *
   * @param fileName the name to show in the report
   */
  public static ImportResult<?> read(
      Layer layer, ImportFormat format, InputStream in, String fileName, ImportOptions options) {
    return collect(LayerMappers.forLayer(layer), format, in, fileName, options);
  }

  /**
   * Streams {@code file} into {@code sink}; see the class comment for the contract.
   *
   * @throws IllegalArgumentException when the extension is not one {@link
   *     ImportFormat#fromFileName} knows
   * @throws IOException when the file cannot be read
   */
  public static ImportReport stream(
      Layer layer, Path file, ImportOptions options, Consumer<Object> sink) throws IOException {
    ImportFormat format = ImportFormat.fromFileName(file.getFileName().toString());
    try (InputStream in = Files.newInputStream(file)) {
      return stream(layer, format, in, file.getFileName().toString(), options, sink);
    }
  }

  /**
   * Streams {@code in} (not closed here) into {@code sink}, which receives records of {@link
   * Layer#recordType()}; see the class comment for the contract.
   */
  public static ImportReport stream(
      Layer layer,
      ImportFormat format,
      InputStream in,
      String fileName,
      ImportOptions options,
      Consumer<Object> sink) {
    return dispatch(LayerMappers.forLayer(layer), format, in, fileName, options, sink);
  }

  private static <T> ImportResult<T> collect(
      LayerMapper<T> mapper,
      ImportFormat format,
      InputStream in,
      String fileName,
      ImportOptions options) {
    List<T> records = new ArrayList<>();
    ImportReport report = dispatch(mapper, format, in, fileName, options, records::add);
    return new ImportResult<>(report, records);
  }

  private static <T> ImportReport dispatch(
      LayerMapper<T> mapper,
      ImportFormat format,
      InputStream in,
      String fileName,
      ImportOptions options,
      Consumer<? super T> sink) {
    return switch (format) { // every reader buffers its input
      case CSV -> CsvLayerReader.read(mapper, in, fileName, options, sink);
      case GEOJSON -> GeoJsonLayerReader.read(mapper, in, fileName, options, sink);
      case KML -> KmlLayerReader.read(mapper, in, fileName, options, sink);
      case KMZ -> KmlLayerReader.readKmz(mapper, in, fileName, options, sink);
      case ODK_CSV, ODK_JSON ->
          OdkImporter.read(mapper, format, in, fileName, options, OdkFormMapping.defaults(), sink);
    };
  }
}
