package org.reclaim.io.odk;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.reclaim.io.ImportFormat;
import org.reclaim.io.ImportOptions;
import org.reclaim.io.ImportReport;
import org.reclaim.io.ImportResult;
import org.reclaim.io.Layer;
import org.reclaim.io.layer.LayerMapper;
import org.reclaim.io.layer.LayerMappers;

/**
 * Imports the submissions of an ODK Collect / KoboToolbox form — a non-technical survey (IMAS
 * 08.10) or an explosive ordnance report — exported as CSV ({@link ImportFormat#ODK_CSV}) or JSON
 * ({@link ImportFormat#ODK_JSON}), into the {@code evidence} layer (one record per submission) or
 * the {@code hazardous-areas} layer (one suspected hazardous area per submission that outlines
 * one). An {@link OdkFormMapping} says which form field each Reclaim field comes from; {@link
 * OdkFormMapping#defaults()} fits the sample form {@code docs/examples/nts-form.xlsx}.
 *
 * <p>The import is all or nothing with named errors, as for every format: every record passes the
 * shared checks, and an issue names the submission (its row or place in the list, and its instance
 * id) and the form field, e.g. {@code line 3, field "observation_point": submission uuid:6b1f...:
 * '49.95' is not an ODK geopoint 'latitude longitude [altitude accuracy]' in decimal degrees}.
 * Columns and keys that are neither read by the mapping nor ODK or KoboToolbox metadata are noted
 * as ignored.
 *
 * <p>Thread safe: each call works on its own state.
 */
public final class OdkImporter {
  private OdkImporter() {}

  /**
   * Reads {@code in} (not closed) in {@code format} into {@code sink}, while it has no issue; see
   * {@link org.reclaim.io.LayerImporter} for the streaming contract.
   *
   * @param format {@link ImportFormat#ODK_CSV} or {@link ImportFormat#ODK_JSON}
   * @throws IllegalArgumentException for another format
   * @throws java.io.UncheckedIOException when the stream cannot be read
   */
  public static <T> ImportReport read(
      LayerMapper<T> mapper,
      ImportFormat format,
      InputStream in,
      String fileName,
      ImportOptions options,
      OdkFormMapping mapping,
      Consumer<? super T> sink) {
    SubmissionRun<T> run = new SubmissionRun<>(mapper, format, options, mapping, sink);
    if (run.layerSupported()) {
      switch (format) {
        case ODK_CSV -> OdkCsvReader.read(in, run);
        case ODK_JSON -> OdkJsonReader.read(in, run);
        default -> throw new IllegalArgumentException("not a form export format: " + format);
      }
    }
    return run.report(fileName);
  }

  /**
   * Streams the submissions of {@code in} (not closed) into {@code sink} as records of {@code
   * layer}, with {@code mapping}; the report must be {@link ImportReport#ok() ok} before anything
   * the sink received is kept.
   */
  public static ImportReport stream(
      Layer layer,
      ImportFormat format,
      InputStream in,
      String fileName,
      ImportOptions options,
      OdkFormMapping mapping,
      Consumer<Object> sink) {
    return read(LayerMappers.forLayer(layer), format, in, fileName, options, mapping, sink);
  }

  /** Reads the submissions of {@code in} (not closed) as records of {@code layer}, in memory. */
  public static ImportResult<?> read(
      Layer layer,
      ImportFormat format,
      InputStream in,
      String fileName,
      ImportOptions options,
      OdkFormMapping mapping) {
    List<Object> records = new ArrayList<>();
    ImportReport report = stream(layer, format, in, fileName, options, mapping, records::add);
    return new ImportResult<>(report, records);
  }
}
