package org.reclaim.planner.problem;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Everything one planning run needs: the horizon, the teams, the tasks and the money. Plain data,
 * no planner types; both the solver and the greedy baseline read it.
 *
 * <p>Validated on construction: ids unique; a task in progress names a known team that has a
 * duration for it (the team is already doing it, so the plan must be able to place it). Invalid
 * input throws {@link IllegalArgumentException} naming the field.
 *
 * @param horizonStart the first day of the horizon (day 0)
 * @param horizonDays length of the horizon, days, in [1, 3660]
 * @param teams the teams, in a stable order (ties are broken by it)
 * @param tasks the tasks, in a stable order
 * @param earmarks funding earmarks, most specific first (see {@link Earmark})
 */
public record PlanningProblem(
    LocalDate horizonStart,
    int horizonDays,
    List<PlanTeam> teams,
    List<PlanTask> tasks,
    List<Earmark> earmarks) {

  /** Longest horizon accepted, days (ten years). */
  public static final int MAX_HORIZON_DAYS = 3660;

  public PlanningProblem {
    Objects.requireNonNull(horizonStart, "PlanningProblem.horizonStart");
    if (horizonDays < 1 || horizonDays > MAX_HORIZON_DAYS) {
      throw new IllegalArgumentException(
          "PlanningProblem.horizonDays: "
              + horizonDays
              + " is not in [1, "
              + MAX_HORIZON_DAYS
              + "]");
    }
    teams = List.copyOf(teams);
    tasks = List.copyOf(tasks);
    earmarks = List.copyOf(earmarks);
    unique("teams", teams.stream().map(PlanTeam::id).toList());
    unique("tasks", tasks.stream().map(PlanTask::id).toList());
    unique("earmarks", earmarks.stream().map(Earmark::id).toList());
    Map<String, PlanTeam> byId =
        teams.stream().collect(Collectors.toMap(PlanTeam::id, Function.identity()));
    for (PlanTask task : tasks) {
      String teamId = task.inProgressTeamId();
      if (teamId == null) {
        continue;
      }
      PlanTeam team = byId.get(teamId);
      if (team == null) {
        throw new IllegalArgumentException(
            "PlanTask[" + task.id() + "].inProgressTeamId: unknown team '" + teamId + "'");
      }
      if (team.durationDays(task).isEmpty()) {
        throw new IllegalArgumentException(
            "PlanTask[" + task.id() + "].inProgressTeamId: team '" + teamId + "' has no duration");
      }
    }
  }

  private static void unique(String field, List<String> ids) {
    Set<String> seen = new HashSet<>();
    for (String id : ids) {
      if (!seen.add(id)) {
        throw new IllegalArgumentException(
            "PlanningProblem." + field + ": duplicate id '" + id + "'");
      }
    }
  }

  /** The date of day number {@code day} of the horizon. */
  public LocalDate date(int day) {
    return horizonStart.plusDays(day);
  }
}
