package org.reclaim.io.odk;

import java.io.InputStream;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads form submissions from JSON, streaming with Jackson one submission at a time: a list of
 * submission objects, KoboToolbox's API answer {@code {"count": n, "next": null, "results": [...]}}
 * or ODK Central's OData answer {@code {"value": [...]}}. Record numbers count submissions from 1.
 *
 * <p>Groups may be paths in the keys ({@code "interview/survey_date"}, KoboToolbox) or nested
 * objects ({@code "interview": {"survey_date": ...}}, ODK Central); repeat groups are arrays of
 * objects, one per instance (ODK Central gives them only when asked with {@code $expand=*}). A
 * GeoJSON geometry object is kept as a geo answer. A Kobo page whose {@code next} is set is not the
 * whole export and is refused.
 */
final class OdkJsonReader {
  /** Reads one submission tree at a time from a stream that goes on after it. */
  private static final ObjectMapper JSON =
      JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

  private OdkJsonReader() {}

  static void read(InputStream in, SubmissionRun<?> run) {
    try (JsonParser p = JSON.createParser(in)) {
      JsonToken first = p.nextToken();
      if (first == JsonToken.START_ARRAY) {
        submissions(p, run);
      } else if (first == JsonToken.START_OBJECT) {
        wrapper(p, run);
      } else {
        run.fileIssue(
            "expected a JSON list of submissions, or an object with 'results' or 'value'");
      }
    } catch (JacksonException e) {
      TokenStreamLocation at = e.getLocation();
      String where =
          at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
      run.fileIssue("malformed JSON" + where + ": " + e.getOriginalMessage());
    }
  }

  private static void wrapper(JsonParser p, SubmissionRun<?> run) {
    boolean found = false;
    String next = null;
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = p.currentName();
      JsonToken value = p.nextToken();
      if ((name.equals("results") || name.equals("value")) && value == JsonToken.START_ARRAY) {
        found = true;
        submissions(p, run);
      } else if (name.equals("next") && value == JsonToken.VALUE_STRING) {
        next = p.getString();
      } else {
        p.skipChildren();
      }
    }
    if (!found) {
      run.fileIssue(
          "expected a list of submissions: a JSON array, or an object with a 'results'"
              + " (KoboToolbox) or 'value' (ODK Central) array");
    } else if (next != null) {
      run.fileIssue(
          "this is one page of a longer export ('next' is "
              + next
              + "); export every"
              + " submission, or join the pages, and import that");
    }
  }

  private static void submissions(JsonParser p, SubmissionRun<?> run) {
    int number = 0;
    while (p.nextToken() != JsonToken.END_ARRAY) {
      JsonNode node = JSON.readTree(p);
      number++;
      if (node == null || !node.isObject()) {
        run.issue(number, "(submission)", "expected a JSON object for each submission");
        continue;
      }
      Submission s = new Submission(number, false, run.used());
      flatten("", node, s);
      run.accept(s);
    }
  }

  /** Puts every answer of {@code object} under its path into {@code s}. */
  private static void flatten(String prefix, JsonNode object, Submission s) {
    for (Map.Entry<String, JsonNode> e : object.properties()) {
      String path = prefix + e.getKey().toLowerCase(Locale.ROOT);
      JsonNode value = e.getValue();
      if (value.isArray() && value.isEmpty()) {
        continue; // a repeat never answered, or an empty list of tags or attachments
      }
      if (value.isObject() && isGeoJson(value)) {
        s.put(path, value);
      } else if (value.isObject()) {
        flatten(path + "/", value, s);
      } else if (value.isArray() && !value.isEmpty() && allObjects(value)) {
        for (JsonNode instance : value) {
          Submission item = new Submission(s.record(), false, new HashSet<>());
          flatten("", instance, item);
          s.addRepeat(path, item);
        }
      } else if (value.isArray()) {
        s.put(path, join(value));
      } else if (!value.isNull()) {
        s.put(path, value.asString());
      }
    }
  }

  private static boolean isGeoJson(JsonNode node) {
    String type = node.path("type").asString("");
    return node.has("coordinates")
        && (type.equals("Point") || type.equals("LineString") || type.equals("Polygon"));
  }

  private static boolean allObjects(JsonNode array) {
    for (JsonNode item : array) {
      if (!item.isObject()) {
        return false;
      }
    }
    return true;
  }

  private static String join(JsonNode array) {
    StringBuilder text = new StringBuilder();
    for (JsonNode item : array) {
      if (!text.isEmpty()) {
        text.append(' ');
      }
      text.append(item.asString());
    }
    return text.toString();
  }
}
