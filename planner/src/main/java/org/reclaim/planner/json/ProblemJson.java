package org.reclaim.planner.json;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reclaim.domain.team.DateRange;
import org.reclaim.planner.problem.PlanTask;
import org.reclaim.planner.problem.PlanTeam;
import org.reclaim.planner.problem.PlanningProblem;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads and writes the generic scheduling problem ({@code problem.json}): weighted jobs on
 * unrelated parallel machines, with per-machine durations, eligibility, release days and machine
 * availability. The format is documented with an example in the module README.
 *
 * <p>Days are whole days from the horizon start (day 0); availability ranges are inclusive. Errors
 * throw {@link IllegalArgumentException} with a message naming the field, e.g. {@code
 * tasks[2].durations.B: must be an integer >= 1}. Stateless; thread safe.
 */
public final class ProblemJson {
  /** The horizon start used when the file gives none: day numbers are all that matter then. */
  public static final LocalDate DEFAULT_HORIZON_START = LocalDate.of(1970, 1, 1);

  static final JsonMapper MAPPER = JsonMapper.builder().build();

  private ProblemJson() {}

  /** Reads a problem from JSON text. */
  public static PlanningProblem read(String json) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JacksonException e) {
      throw new IllegalArgumentException(
          "problem.json is not valid JSON: " + e.getOriginalMessage());
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("problem.json: expected an object");
    }
    LocalDate start = date(root.get("horizonStart"));
    int horizonDays = integer(root.get("horizonDays"), "horizonDays", 1);
    List<PlanTask> tasks = new ArrayList<>();
    Map<String, Map<String, Integer>> durationsByTeam = new HashMap<>();
    List<String> teamIds = new ArrayList<>();
    for (JsonNode team : array(root, "teams")) {
      teamIds.add(text(team.get("id"), "teams[].id"));
    }
    int i = 0;
    for (JsonNode task : array(root, "tasks")) {
      String field = "tasks[" + i++ + "]";
      String id = text(task.get("id"), field + ".id");
      double weight = number(task.get("weight"), field + ".weight");
      int release =
          task.has("releaseDay") ? integer(task.get("releaseDay"), field + ".releaseDay", 0) : 0;
      PlanTask planTask = PlanTask.generic(id, weight, release);
      if (task.hasNonNull("inProgressTeam")) {
        planTask =
            planTask.withInProgressTeam(
                text(task.get("inProgressTeam"), field + ".inProgressTeam"));
      }
      tasks.add(planTask);
      durations(task, field, teamIds)
          .forEach(
              (team, d) -> durationsByTeam.computeIfAbsent(team, k -> new HashMap<>()).put(id, d));
    }
    List<PlanTeam> teams = new ArrayList<>();
    i = 0;
    for (JsonNode team : array(root, "teams")) {
      String field = "teams[" + i++ + "]";
      String id = teamIds.get(i - 1);
      double rate =
          team.has("dayRateUsd") ? number(team.get("dayRateUsd"), field + ".dayRateUsd") : 0;
      List<DateRange> availability = new ArrayList<>();
      if (team.has("availability")) {
        int r = 0;
        for (JsonNode range : array(team, "availability")) {
          String rf = field + ".availability[" + r++ + "]";
          if (!range.isArray() || range.size() != 2) {
            throw new IllegalArgumentException(rf + ": expected [fromDay, toDay]");
          }
          int from = integer(range.get(0), rf, 0);
          int to = integer(range.get(1), rf, from);
          availability.add(new DateRange(start.plusDays(from), start.plusDays(to)));
        }
      }
      teams.add(
          PlanTeam.generic(id, rate, availability, durationsByTeam.getOrDefault(id, Map.of())));
    }
    return new PlanningProblem(start, horizonDays, teams, tasks, List.of());
  }

  private static Map<String, Integer> durations(JsonNode task, String field, List<String> teamIds) {
    Map<String, Integer> out = new LinkedHashMap<>();
    if (task.has("durations")) {
      JsonNode map = task.get("durations");
      if (!map.isObject()) {
        throw new IllegalArgumentException(field + ".durations: expected {team: days}");
      }
      for (Map.Entry<String, JsonNode> e : map.properties()) {
        out.put(e.getKey(), integer(e.getValue(), field + ".durations." + e.getKey(), 1));
      }
      return out;
    }
    int days = integer(task.get("durationDays"), field + ".durationDays", 1);
    List<String> eligible = teamIds;
    if (task.has("eligibleTeams")) {
      eligible = new ArrayList<>();
      for (JsonNode t : array(task, "eligibleTeams")) {
        eligible.add(text(t, field + ".eligibleTeams[]"));
      }
    }
    eligible.forEach(t -> out.put(t, days));
    return out;
  }

  /**
   * Writes a generic problem back to JSON (durations per task and team, availability as day
   * ranges). Only what the format holds is written: methods, areas, locations and earmarks are not.
   */
  public static String write(PlanningProblem problem) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("horizonStart", problem.horizonStart().toString());
    root.put("horizonDays", problem.horizonDays());
    ArrayNode teams = root.putArray("teams");
    for (PlanTeam team : problem.teams()) {
      ObjectNode t = teams.addObject();
      t.put("id", team.id());
      t.put("dayRateUsd", team.dayRateUsd());
      if (!team.availability().isEmpty()) {
        ArrayNode ranges = t.putArray("availability");
        for (DateRange r : team.availability()) {
          ArrayNode range = ranges.addArray();
          range.add(ChronoUnit.DAYS.between(problem.horizonStart(), r.from()));
          range.add(ChronoUnit.DAYS.between(problem.horizonStart(), r.to()));
        }
      }
    }
    ArrayNode tasks = root.putArray("tasks");
    for (PlanTask task : problem.tasks()) {
      ObjectNode t = tasks.addObject();
      t.put("id", task.id());
      t.put("weight", task.value());
      if (task.releaseDay() > 0) {
        t.put("releaseDay", task.releaseDay());
      }
      if (task.inProgressTeamId() != null) {
        t.put("inProgressTeam", task.inProgressTeamId());
      }
      ObjectNode durations = t.putObject("durations");
      for (PlanTeam team : problem.teams()) {
        team.durationDays(task).ifPresent(d -> durations.put(team.id(), d));
      }
    }
    return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
  }

  private static LocalDate date(JsonNode node) {
    if (node == null || node.isNull()) {
      return DEFAULT_HORIZON_START;
    }
    try {
      return LocalDate.parse(text(node, "horizonStart"));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "horizonStart: '" + node.asString() + "' is not YYYY-MM-DD");
    }
  }

  private static List<JsonNode> array(JsonNode parent, String field) {
    JsonNode node = parent.get(field);
    if (node == null || !node.isArray()) {
      throw new IllegalArgumentException(field + ": expected an array");
    }
    return new ArrayList<>(node.values());
  }

  private static String text(JsonNode node, String field) {
    if (node == null || !node.isString() || node.stringValue().isBlank()) {
      throw new IllegalArgumentException(field + ": expected a non-blank string");
    }
    return node.stringValue();
  }

  private static double number(JsonNode node, String field) {
    if (node == null || !node.isNumber() || !(node.doubleValue() >= 0)) {
      throw new IllegalArgumentException(field + ": expected a number >= 0");
    }
    return node.doubleValue();
  }

  private static int integer(JsonNode node, String field, int min) {
    if (node == null
        || !node.isIntegralNumber()
        || !node.canConvertToInt()
        || node.intValue() < min) {
      throw new IllegalArgumentException(field + ": must be an integer >= " + min);
    }
    return node.intValue();
  }
}
