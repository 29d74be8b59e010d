package org.reclaim.planner.json;

import org.reclaim.planner.PlanResult;
import org.reclaim.planner.plan.Assignment;
import org.reclaim.planner.plan.Plan;
import org.reclaim.planner.plan.PlanKpis;
import org.reclaim.planner.plan.Unassigned;
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
    return ProblemJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
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
