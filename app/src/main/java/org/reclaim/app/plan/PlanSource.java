package org.reclaim.app.plan;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Where a {@code problem.json} built from the register came from, kept in the document itself under
 * {@code "source"}: the ranking run, the settings the problem was built with, and the names of its
 * areas and teams. The planner ignores the member; the plan board reads it for labels, and a
 * re-plan for its defaults. Fields a document written by an older version lacks read as {@code
 * null}.
 *
 * @param run the ranking run planned from
 * @param profile its policy profile
 * @param horizonStart day 0 of the plan
 * @param horizonDays length of the horizon, days
 * @param maxAreas best-ranked areas planned
 * @param maxTaskAreaM2 task split size, m², or {@code null} for none
 * @param timeLimitSeconds solver time limit
 * @param areaNames area id → name
 * @param teamNames team id → name
 * @param refusedTeams team id → why it was left out (a required qualification lapsed or missing;
 *     IMAS 06.10), or {@code null}
 * @param limitedTeams team id → until when its people are qualified, or {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PlanSource(
    @Nullable Long run,
    @Nullable String profile,
    @Nullable LocalDate horizonStart,
    @Nullable Integer horizonDays,
    @Nullable Integer maxAreas,
    @Nullable Double maxTaskAreaM2,
    @Nullable Integer timeLimitSeconds,
    @Nullable Map<Long, String> areaNames,
    @Nullable Map<String, String> teamNames,
    @Nullable Map<String, String> refusedTeams,
    @Nullable Map<String, String> limitedTeams) {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** {@code problemJson} with this source as its {@code "source"} member, pretty-printed. */
  public String attachTo(String problemJson) {
    ObjectNode root = (ObjectNode) JSON.readTree(problemJson);
    root.set("source", JSON.valueToTree(this));
    return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
  }

  /** The {@code "source"} member of a problem document; empty when there is none. */
  public static Optional<PlanSource> readFrom(String problemJson) {
    try {
      JsonNode source = JSON.readTree(problemJson).get("source");
      return source == null || !source.isObject()
          ? Optional.empty()
          : Optional.of(JSON.treeToValue(source, PlanSource.class));
    } catch (JacksonException e) {
      return Optional.empty();
    }
  }
}
