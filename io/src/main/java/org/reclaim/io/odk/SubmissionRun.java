package org.reclaim.io.odk;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Geometry;
import org.reclaim.io.ImportFormat;
import org.reclaim.io.ImportIssue;
import org.reclaim.io.ImportOptions;
import org.reclaim.io.ImportReport;
import org.reclaim.io.Layer;
import org.reclaim.io.layer.GeometryRule;
import org.reclaim.io.layer.IssueCollector;
import org.reclaim.io.layer.LayerMapper;
import org.reclaim.io.layer.MapRecordFields;
import org.reclaim.io.layer.RecordPipeline;
import tools.jackson.databind.JsonNode;

/**
 * One import of form submissions, whatever the export format: each {@link Submission} is mapped to
 * Reclaim's fields through the {@link OdkFormMapping} and handed to the shared {@link
 * RecordPipeline}; at the end the report names form fields, not Reclaim's, and every problem of a
 * submission carries its instance id.
 *
 * <p>Evidence: one record per submission. Hazardous areas: one per submission whose mapped geometry
 * (the suspected area's geoshape) is answered; the others describe no area and are passed over. The
 * repeat items are checked in both layers: each type must be a contamination type and each count a
 * whole number of at least 1.
 *
 * <p>Two issue lists are kept: the pipeline's, on Reclaim field names that the report translates,
 * and this run's, already on form field names. Not thread safe: one per import.
 *
 * @param <T> the domain record type
 */
final class SubmissionRun<T> {
  private static final Set<String> LIST_FIELDS = Set.of("contamination");

  private final long start = System.nanoTime();
  private final LayerMapper<T> mapper;
  private final Layer layer;
  private final ImportOptions options;
  private final OdkFormMapping mapping;
  private final IssueCollector pipelineIssues;
  private final IssueCollector formIssues;
  private final RecordPipeline<T> pipeline;
  private final List<String> fields;
  private final EoItems items;
  private final Map<Integer, String> instanceIds = new HashMap<>();
  private final Set<String> seen = new LinkedHashSet<>();
  private final Set<String> used = new HashSet<>();
  private long recordsRead;

  SubmissionRun(
      LayerMapper<T> mapper,
      ImportFormat format,
      ImportOptions options,
      OdkFormMapping mapping,
      Consumer<? super T> sink) {
    this.mapper = mapper;
    this.layer = mapper.layer();
    this.options = options;
    this.mapping = mapping;
    this.pipelineIssues = new IssueCollector(format, options.maxIssues());
    this.formIssues = new IssueCollector(format, options.maxIssues());
    this.pipeline =
        new RecordPipeline<>(
            mapper,
            options,
            pipelineIssues,
            record -> {
              if (formIssues.isEmpty()) {
                sink.accept(record);
              }
            });
    this.fields = mapping.fields(layer);
    this.items = new EoItems(mapping);
  }

  /** False (with a file issue) when the layer cannot come from a form. */
  boolean layerSupported() {
    if (OdkFormMapping.LAYERS.contains(layer)) {
      return true;
    }
    fileIssue("form submissions import into evidence or hazardous-areas, not " + layer.cliName());
    return false;
  }

  /** The set the submissions add the paths they were read at to. */
  Set<String> used() {
    return used;
  }

  /** A problem with the whole file. */
  void fileIssue(String reason) {
    formIssues.add(0, "(file)", reason);
  }

  /** A problem with one field of a submission; {@code field} as the form names it. */
  void issue(int record, String field, String reason) {
    formIssues.add(record, field, reason);
  }

  /** Maps one submission and hands it to the pipeline. */
  void accept(Submission s) {
    seen.addAll(s.paths());
    String instanceId = instanceId(s);
    if (instanceId != null) {
      instanceIds.put(s.record(), instanceId);
    }
    List<String> geometrySources = mapping.sources(layer, "geometry");
    Object shape = s.geoAnswer(geometrySources);
    boolean polygonal = mapper.geometryRule() == GeometryRule.POLYGONAL;
    if (shape == null && polygonal) {
      return; // a submission without a suspected area describes no hazardous area
    }
    String typesOfItems = items.check(s, this::issue);
    recordsRead++;
    Map<String, String> values = new LinkedHashMap<>();
    for (String field : fields) {
      String value = value(s, field, instanceId, typesOfItems);
      if (value != null) {
        values.put(field, value);
      }
    }
    Geometry geometry = null;
    boolean reported = false;
    if (shape != null) {
      try {
        geometry =
            shape instanceof JsonNode json
                ? OdkGeometry.fromGeoJson(json, polygonal)
                : OdkGeometry.parse((String) shape, polygonal);
      } catch (OdkGeometry.BadGeometryException | IllegalArgumentException e) {
        issue(s.record(), mapping.formField(layer, "geometry"), e.getMessage());
        reported = true;
      }
    }
    pipeline.accept(s.record(), new MapRecordFields(values), geometry, reported);
  }

  private @Nullable String value(
      Submission s, String field, @Nullable String instanceId, @Nullable String itemTypes) {
    for (String source : mapping.sources(layer, field)) {
      String answer =
          switch (source) {
            case OdkFormMapping.INSTANCE_ID -> instanceId;
            case OdkFormMapping.ITEM_TYPES -> itemTypes;
            default ->
                source.startsWith(OdkFormMapping.CONSTANT)
                    ? source.substring(OdkFormMapping.CONSTANT.length())
                    : s.text(source);
          };
      if (answer != null && !answer.isBlank()) {
        return LIST_FIELDS.contains(field)
            ? list(field, answer)
            : mapping.choice(layer, field, answer);
      }
    }
    return null;
  }

  /** A select_multiple answer ({@code "ap_mine uxo_erw"}) as a Reclaim list, choices mapped. */
  private String list(String field, String answer) {
    StringJoiner items = new StringJoiner(";");
    for (String choice : answer.split("[\\s;]+")) {
      if (!choice.isEmpty()) {
        items.add(mapping.choice(layer, field, choice));
      }
    }
    return items.toString();
  }

  private @Nullable String instanceId(Submission s) {
    for (String source : mapping.sources("instance_id")) {
      String id = s.text(source);
      if (id != null) {
        return id;
      }
    }
    return null;
  }

  /** The report: both issue lists merged in record order, names and instance ids added. */
  ImportReport report(String fileName) {
    Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
    ImportReport mine = formIssues.toReport(layer, fileName, recordsRead, List.of(), elapsed);
    ImportReport theirs = pipelineIssues.toReport(layer, fileName, recordsRead, List.of(), elapsed);
    List<ImportIssue> merged = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < mine.issues().size() || j < theirs.issues().size()) {
      boolean takeMine =
          j >= theirs.issues().size()
              || (i < mine.issues().size()
                  && mine.issues().get(i).record() <= theirs.issues().get(j).record());
      merged.add(
          takeMine ? named(mine.issues().get(i++), false) : named(theirs.issues().get(j++), true));
    }
    int max = options.maxIssues();
    long notListed = mine.issuesNotListed() + theirs.issuesNotListed();
    if (merged.size() > max) {
      notListed += merged.size() - max;
      merged = new ArrayList<>(merged.subList(0, max));
    }
    Set<String> ignored = new TreeSet<>();
    for (String path : seen) {
      if (!used.contains(path) && !Submission.isMetadata(path)) {
        ignored.add(path);
      }
    }
    return new ImportReport(
        layer,
        mine.format(),
        fileName,
        recordsRead,
        merged,
        notListed,
        List.copyOf(ignored),
        elapsed);
  }

  private ImportIssue named(ImportIssue issue, boolean reclaimField) {
    String field = reclaimField ? mapping.formField(layer, issue.field()) : issue.field();
    String id = instanceIds.get(issue.record());
    String reason =
        id == null || issue.record() == 0
            ? issue.reason()
            : "submission " + id + ": " + issue.reason();
    return new ImportIssue(issue.record(), field, reason, issue.geometryWkt());
  }
}
