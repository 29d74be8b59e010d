package org.reclaim.io.odk;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One form submission, flattened: every answer under its full field path in lower case ({@code
 * interview/survey_date} from KoboToolbox, {@code interview-survey_date} from an ODK Central CSV),
 * and the instances of each repeat group as submissions of their own. An answer is text, or a
 * GeoJSON geometry object (ODK Central's OData JSON gives geopoints that way).
 *
 * <p>A form field is found by its name alone when its group path is left out: {@code survey_date}
 * finds {@code interview/survey_date}; the path separators are {@code /} and, in CSV exports,
 * {@code -}. Every path found is remembered, so that the answers the mapping never read can be
 * noted as ignored.
 *
 * <p>Not thread safe.
 */
final class Submission {
  private final int record;
  private final boolean dashSeparates;
  private final Map<String, Object> answers = new LinkedHashMap<>();
  private final Map<String, List<Submission>> repeats = new LinkedHashMap<>();
  private final Set<String> used;

  /**
   * @param record the record number in the report: the CSV line, or the submission's place in a
   *     JSON list counting from 1
   * @param dashSeparates whether {@code -} separates groups in paths (ODK Central's CSV)
   * @param used where the paths of the answers read are added
   */
  Submission(int record, boolean dashSeparates, Set<String> used) {
    this.record = record;
    this.dashSeparates = dashSeparates;
    this.used = used;
  }

  int record() {
    return record;
  }

  /** Adds an answer (text or a GeoJSON object) under {@code path}. */
  void put(String path, Object answer) {
    answers.put(path, answer);
  }

  /** Adds one instance of the repeat group at {@code path}. */
  void addRepeat(String path, Submission instance) {
    repeats.computeIfAbsent(path, p -> new ArrayList<>()).add(instance);
  }

  /** The paths of every answer, for noting the unread ones. */
  Set<String> paths() {
    return answers.keySet();
  }

  /** The answer to form field {@code name} (a path or a bare name), or {@code null}. */
  @Nullable Object answer(String name) {
    String path = find(answers.keySet(), name);
    if (path == null) {
      return null;
    }
    used.add(path);
    return answers.get(path);
  }

  /** The answer to {@code name} as text, stripped, or {@code null} when absent or blank. */
  @Nullable String text(String name) {
    Object answer = answer(name);
    if (!(answer instanceof String s)) {
      return null;
    }
    String t = s.strip();
    return t.isEmpty() ? null : t;
  }

  /** The path the answer to {@code name} is under, without marking it read. */
  @Nullable String pathOf(String name) {
    return find(answers.keySet(), name);
  }

  /** The instances of repeat group {@code name}, in order; empty when there are none. */
  List<Submission> repeat(String name) {
    String path = find(repeats.keySet(), name);
    if (path == null) {
      return List.of();
    }
    used.add(path);
    return repeats.get(path);
  }

  /**
   * The answer to the first of the geo fields {@code sources} that is answered: text, GeoJSON, or
   * {@code "latitude longitude"} from split columns ({@code field-Latitude} and {@code
   * field-Longitude} in ODK Central, {@code _field_latitude} and {@code _field_longitude} in
   * KoboToolbox), or {@code null}.
   */
  @Nullable Object geoAnswer(List<String> sources) {
    for (String source : sources) {
      if (!OdkFormMapping.isFormField(source)) {
        continue;
      }
      Object answer = answer(source);
      if (answer instanceof JsonNode || (answer instanceof String t && !t.isBlank())) {
        return answer;
      }
      String lat = split(source, "latitude");
      String lon = split(source, "longitude");
      if (lat != null && lon != null) {
        split(source, "altitude");
        split(source, "accuracy");
        split(source, "precision");
        return lat + " " + lon;
      }
    }
    return null;
  }

  /** ODK Central's {@code field-Latitude} or KoboToolbox's {@code _field_latitude}. */
  private @Nullable String split(String field, String part) {
    String central = text(field + "-" + part);
    return central != null ? central : text("_" + field + "_" + part);
  }

  /** The path in {@code paths} that is {@code name} or ends with it after a separator. */
  private @Nullable String find(Set<String> paths, String name) {
    if (paths.contains(name)) {
      return name;
    }
    for (String path : paths) {
      if (path.length() > name.length() && path.endsWith(name)) {
        char before = path.charAt(path.length() - name.length() - 1);
        if (before == '/' || (dashSeparates && before == '-')) {
          return path;
        }
      }
    }
    return null;
  }

  /** Whether {@code path} is metadata of ODK or KoboToolbox rather than an answer of the form. */
  static boolean isMetadata(String path) {
    String first = path.split("[/-]", 2)[0];
    int cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('-'));
    String last = path.substring(cut + 1);
    return first.startsWith("_")
        || first.equals("meta")
        || first.equals("formhub")
        || path.contains("@odata")
        || METADATA.contains(last)
        || METADATA.contains(path);
  }

  /** Metadata fields of ODK Collect, ODK Central and KoboToolbox exports, lower case. */
  private static final Set<String> METADATA =
      Set.of(
          "start",
          "end",
          "today",
          "deviceid",
          "phonenumber",
          "username",
          "email",
          "audit",
          "instanceid",
          "instancename",
          "key",
          "parent_key",
          "submissiondate",
          "submitterid",
          "submittername",
          "attachmentspresent",
          "attachmentsexpected",
          "status",
          "reviewstate",
          "edits",
          "formversion");
}
