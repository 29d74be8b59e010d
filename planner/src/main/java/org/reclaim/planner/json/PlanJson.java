package org.reclaim.planner.json;

import java.util.ArrayList;
import java.util.List;
import org.reclaim.planner.PlanResult;
import org.reclaim.planner.plan.Assignment;
import org.reclaim.planner.plan.ConstraintScore;
import org.reclaim.planner.plan.Plan;
import org.reclaim.planner.plan.PlanChanges;
import org.reclaim.planner.plan.PlanKpis;
import org.reclaim.planner.plan.Unassigned;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a {@link PlanResult} as JSON: the solver's schedule, its objective and KPIs, and the
 * greedy baseline in the same shape under {@code "greedy"}. The format is documented in the module
 * README. Stateless; thread safe.
 */
public final class PlanJson {
  private PlanJson() {}

  /** The result as pretty-printed JSON. */
  public static String write(PlanResult result) {
    ObjectNode root = plan(result.plan());
    root.put("improvementOverGreedy", result.improvementOverGreedy());
    root.set("greedy", plan(result.greedy()));
    root.set("analysis", analysisNode(result.analysis()));
    if (result.changes() != null) {
      root.putObject("changes")
          .put("kept", result.changes().kept())
          .put("moved", result.changes().moved())
          .put("reassigned", result.changes().reassigned())
          .put("added", result.changes().added())
          .put("dropped", result.changes().dropped());
    }
    return ProblemJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
  }

  /**
   * The solver's score analysis as a JSON array: {@code constraint}, {@code level} ({@code hard},
   * {@code objective}, {@code travel}, {@code cost}), {@code penalty} in the level's unit and
   * {@code matches}.
   */
  public static String writeAnalysis(List<ConstraintScore> analysis) {
    return ProblemJson.MAPPER
        .writerWithDefaultPrettyPrinter()
        .writeValueAsString(analysisNode(analysis));
  }

  private static ArrayNode analysisNode(List<ConstraintScore> analysis) {
    ArrayNode out = ProblemJson.MAPPER.createArrayNode();
    for (ConstraintScore c : analysis) {
      out.addObject()
          .put("constraint", c.constraint())
          .put("level", c.level())
          .put("penalty", c.penalty())
          .put("matches", c.matches());
    }
    return out;
  }

  /**
   * The schedule of a plan written by {@link #write}: one line per task (team and start day), the
   * previous plan for {@link org.reclaim.planner.PlannerService#replan}.
   *
   * @throws IllegalArgumentException naming the field when the text is not such a plan
   */
  public static List<PlanChanges.Previous> readSchedule(String json) {
    JsonNode root;
    try {
      root = ProblemJson.MAPPER.readTree(json);
    } catch (JacksonException e) {
      throw new IllegalArgumentException("plan: not valid JSON: " + e.getOriginalMessage());
    }
    JsonNode schedule = root == null ? null : root.get("schedule");
    if (schedule == null || !schedule.isArray()) {
      throw new IllegalArgumentException("schedule: expected an array");
    }
    List<PlanChanges.Previous> out = new ArrayList<>();
    int i = 0;
    for (JsonNode line : schedule) {
      String field = "schedule[" + i++ + "]";
      JsonNode task = line.get("task");
      JsonNode team = line.get("team");
      JsonNode start = line.get("startDay");
      if (task == null || !task.isString() || team == null || !team.isString()) {
        throw new IllegalArgumentException(field + ": expected task and team names");
      }
      if (start == null || !start.isIntegralNumber()) {
        throw new IllegalArgumentException(field + ".startDay: expected an integer");
      }
      out.add(new PlanChanges.Previous(task.stringValue(), team.stringValue(), start.intValue()));
    }
    return out;
  }

  /** One plan as a JSON object. */
  static ObjectNode plan(Plan plan) {
    ObjectNode o = ProblemJson.MAPPER.createObjectNode();
    o.put("planner", plan.planner());
    if (plan.score() != null) {
      o.put("score", plan.score());
    }
    o.put("objective", plan.kpis().objective());
    o.put("feasible", plan.feasible());
    ArrayNode schedule = o.putArray("schedule");
    for (Assignment a : plan.assignments()) {
      ObjectNode s = schedule.addObject();
      s.put("task", a.taskId());
      s.put("team", a.teamId());
      s.put("startDay", a.startDay());
      s.put("endDay", a.endDay());
      s.put("startDate", a.startDate().toString());
      s.put("endDate", a.endDate().toString());
      s.put("costUsd", a.costUsd());
      if (a.pinned()) {
        s.put("pinned", true);
      }
    }
    ArrayNode unassigned = o.putArray("unassigned");
    for (Unassigned u : plan.unassigned()) {
      unassigned
          .addObject()
          .put("task", u.taskId())
          .put("reason", u.reason().name())
          .put("detail", u.detail());
    }
    ArrayNode violations = o.putArray("violations");
    plan.violations().forEach(violations::add);
    o.set("kpis", kpis(plan.kpis()));
    return o;
  }

  private static ObjectNode kpis(PlanKpis k) {
    ObjectNode o = ProblemJson.MAPPER.createObjectNode();
    o.put("objective", k.objective());
    o.put("weightedCompletion", k.weightedCompletion());
    o.put("unassignedValue", k.unassignedValue());
    o.put("releasedKm2By30", k.releasedKm2By30());
    o.put("releasedKm2By60", k.releasedKm2By60());
    o.put("releasedKm2By90", k.releasedKm2By90());
    o.put("costUsd", k.costUsd());
    o.put("travelKm", k.travelKm());
    o.put("teamUtilisation", k.teamUtilisation());
    o.put("assigned", k.assignedCount());
    o.put("unassigned", k.unassignedCount());
    return o;
  }
}
