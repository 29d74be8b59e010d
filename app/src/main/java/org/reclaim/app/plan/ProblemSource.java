package org.reclaim.app.plan;

import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Where a {@code problem.json} came from, kept in the document itself under {@code "source"}: the
 * ranking run, the parameters and the names of areas and teams of a problem built from the
 * register. The planner ignores the member; the plan board reads it for labels and a re-plan for
 * its defaults. Stateless; thread safe.
 */
final class ProblemSource {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

  private ProblemSource() {}

  /** {@code problemJson} with {@code source} added as its {@code "source"} member. */
  static String attach(String problemJson, Map<String, Object> source) {
    ObjectNode root = (ObjectNode) JSON.readTree(problemJson);
    root.set("source", JSON.valueToTree(source));
    return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
  }

  /** The {@code "source"} member of a problem document, empty when there is none. */
  static Map<String, Object> read(String problemJson) {
    try {
      JsonNode source = JSON.readTree(problemJson).get("source");
      return source == null || !source.isObject() ? Map.of() : JSON.convertValue(source, MAP);
    } catch (JacksonException e) {
      return Map.of();
    }
  }
}
