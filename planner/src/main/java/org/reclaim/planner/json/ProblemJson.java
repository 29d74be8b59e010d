package org.reclaim.planner.json;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.reclaim.domain.operator.Activity;
import org.reclaim.domain.task.ReleaseMethod;
import org.reclaim.domain.team.DateRange;
import org.reclaim.domain.team.ProductivityTable;
import org.reclaim.planner.problem.Earmark;
import org.reclaim.planner.problem.GeoPoint;
import org.reclaim.planner.problem.MethodRegion;
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
      PlanTask planTask = areaTask(task, field, PlanTask.generic(id, weight, release));
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
      Map<String, Integer> durations = durationsByTeam.getOrDefault(id, Map.of());
      teams.add(
          new PlanTeam(
              id,
              team.has("base") ? point(team.get("base"), field + ".base") : null,
              rate,
              availability,
              accreditations(tasks, durations),
              ProductivityTable.builder().build(),
              durations));
    }
    return new PlanningProblem(start, horizonDays, teams, tasks, earmarks(root));
  }

  private static List<Earmark> earmarks(JsonNode root) {
    List<Earmark> earmarks = new ArrayList<>();
    if (root.has("earmarks")) {
      int i = 0;
      for (JsonNode e : array(root, "earmarks")) {
        String field = "earmarks[" + i++ + "]";
        earmarks.add(
            new Earmark(
                text(e.get("id"), field + ".id"),
                text(e.get("donor"), field + ".donor"),
                e.hasNonNull("regionId") ? (long) integer(e.get("regionId"), field, 1) : null,
                e.hasNonNull("activity")
                    ? Activity.valueOf(text(e.get("activity"), field + ".activity"))
                    : null,
                number(e.get("amountUsd"), field + ".amountUsd")));
      }
    }
    return earmarks;
  }

  /**
   * The task with the optional fields of a task on a hazardous area ({@code areaId}, {@code
   * regionId}, {@code method}, {@code areaM2}, {@code location} as [lon, lat]); unchanged when
   * there are none.
   */
  private static PlanTask areaTask(JsonNode task, String field, PlanTask generic) {
    if (!task.has("areaId") && !task.has("method") && !task.has("areaM2")) {
      return generic;
    }
    ReleaseMethod method = null;
    if (task.hasNonNull("method")) {
      try {
        method = ReleaseMethod.valueOf(text(task.get("method"), field + ".method"));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(field + ".method: not a release method");
      }
    }
    return new PlanTask(
        generic.id(),
        task.hasNonNull("areaId") ? task.get("areaId").asLong() : null,
        task.hasNonNull("regionId") ? task.get("regionId").asLong() : null,
        method,
        null,
        null,
        task.has("areaM2") ? number(task.get("areaM2"), field + ".areaM2") : 0,
        generic.value(),
        task.has("location") ? point(task.get("location"), field + ".location") : null,
        generic.releaseDay(),
        generic.inProgressTeamId());
  }

  /**
   * A team's accreditations as the file implies them: a duration for a task with a method means the
   * team may apply that method in the task's region (the writer lists only such durations).
   */
  private static Set<MethodRegion> accreditations(
      List<PlanTask> tasks, Map<String, Integer> durations) {
    Set<MethodRegion> out = new HashSet<>();
    for (PlanTask task : tasks) {
      if (task.method() != null && durations.containsKey(task.id())) {
        out.add(new MethodRegion(task.method(), task.regionId()));
      }
    }
    return out;
  }

  private static GeoPoint point(JsonNode node, String field) {
    if (node == null || !node.isArray() || node.size() != 2) {
      throw new IllegalArgumentException(field + ": expected [lon, lat]");
    }
    return new GeoPoint(node.get(0).asDouble(), node.get(1).asDouble());
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
   * Writes a problem as JSON: durations per task and team (only for teams accredited for the task,
   * so that eligibility survives), availability as day ranges, and, where the problem has them,
   * each task's area, region, method, m² and location, each team's base, and the earmarks.
   * Productivity tables are not written: the durations computed from them are.
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
      if (team.base() != null) {
        t.putArray("base").add(team.base().lon()).add(team.base().lat());
      }
      if (!team.availability().isEmpty()) {
        writeAvailability(problem, team, t.putArray("availability"));
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
      writeArea(task, t);
      ObjectNode durations = t.putObject("durations");
      for (PlanTeam team : problem.teams()) {
        if (team.accredits(task)) {
          team.durationDays(task).ifPresent(d -> durations.put(team.id(), d));
        }
      }
    }
    if (!problem.earmarks().isEmpty()) {
      ArrayNode earmarks = root.putArray("earmarks");
      for (Earmark e : problem.earmarks()) {
        ObjectNode o = earmarks.addObject().put("id", e.id()).put("donor", e.donor());
        if (e.regionId() != null) {
          o.put("regionId", e.regionId());
        }
        if (e.activity() != null) {
          o.put("activity", e.activity().name());
        }
        o.put("amountUsd", e.amountUsd());
      }
    }
    return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
  }

  /**
   * A team's availability in days from the horizon start: ranges cut at day 0, those wholly before
   * it left out. A team with no day left from day 0 on (a calendar from the register that has
   * ended) is written as available only on the day after the horizon, so it gets no work.
   */
  private static void writeAvailability(PlanningProblem problem, PlanTeam team, ArrayNode ranges) {
    for (DateRange r : team.availability()) {
      long to = ChronoUnit.DAYS.between(problem.horizonStart(), r.to());
      if (to >= 0) {
        long from = ChronoUnit.DAYS.between(problem.horizonStart(), r.from());
        ranges.addArray().add(Math.max(0, from)).add(to);
      }
    }
    if (ranges.isEmpty()) {
      ranges.addArray().add(problem.horizonDays()).add(problem.horizonDays());
    }
  }

  private static void writeArea(PlanTask task, ObjectNode t) {
    if (task.areaId() != null) {
      t.put("areaId", task.areaId());
    }
    if (task.regionId() != null) {
      t.put("regionId", task.regionId());
    }
    if (task.method() != null) {
      t.put("method", task.method().name());
    }
    if (task.areaM2() > 0) {
      t.put("areaM2", task.areaM2());
    }
    if (task.location() != null) {
      t.putArray("location").add(task.location().lon()).add(task.location().lat());
    }
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
