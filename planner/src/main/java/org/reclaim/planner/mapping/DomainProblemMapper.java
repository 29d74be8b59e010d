package org.reclaim.planner.mapping;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.Point;
import org.reclaim.domain.hazard.HazardousArea;
import org.reclaim.domain.operator.Accreditation;
import org.reclaim.domain.task.ReleaseMethod;
import org.reclaim.domain.team.ProductivityTable;
import org.reclaim.domain.team.Team;
import org.reclaim.planner.problem.Earmark;
import org.reclaim.planner.problem.GeoPoint;
import org.reclaim.planner.problem.MethodRegion;
import org.reclaim.planner.problem.PlanTask;
import org.reclaim.planner.problem.PlanTeam;
import org.reclaim.planner.problem.PlanningProblem;

/**
 * Builds a {@link PlanningProblem} from domain objects, so the planner runs without the store.
 *
 * <ul>
 *   <li>A team's accreditations are those of its operator valid on the horizon's first day (IMAS
 *       07.30), one {@link MethodRegion} per release method of the accredited activity and region.
 *       Accreditations that start or lapse within the horizon are not modelled.
 *   <li>A team's productivity keeps only the methods its {@link org.reclaim.domain.team.TeamType}
 *       can apply, so a team type that cannot apply a method has no duration for it ("team type
 *       suits").
 *   <li>A task's value is priority score × area (m²) (with no ranking yet, the caller passes a
 *       priority of its own as the score); its location is the area's interior point; its id is
 *       {@code areaId/METHOD}. Large areas can be split into tasks of a workable size.
 * </ul>
 *
 * <p>Stateless; thread safe.
 */
public final class DomainProblemMapper {
  private DomainProblemMapper() {}

  /** The planning problem for {@code tasks} and {@code teams} over the horizon, areas unsplit. */
  public static PlanningProblem map(
      LocalDate horizonStart,
      int horizonDays,
      List<Team> teams,
      List<Accreditation> accreditations,
      List<AreaTask> tasks,
      List<Earmark> earmarks) {
    return map(horizonStart, horizonDays, teams, accreditations, tasks, earmarks, Double.MAX_VALUE);
  }

  /**
   * The planning problem, with every area larger than {@code maxTaskAreaM2} split into ⌈area ÷ max⌉
   * tasks of equal area and value (ids {@code areaId/METHOD#1}, {@code #2}, …), so that no task is
   * too large for a team to take on within a workable time. The parts share the area's interior
   * point as their location; where their boundaries run is left to the field.
   */
  public static PlanningProblem map(
      LocalDate horizonStart,
      int horizonDays,
      List<Team> teams,
      List<Accreditation> accreditations,
      List<AreaTask> tasks,
      List<Earmark> earmarks,
      double maxTaskAreaM2) {
    if (!(maxTaskAreaM2 > 0)) {
      throw new IllegalArgumentException("maxTaskAreaM2 must be > 0, was " + maxTaskAreaM2);
    }
    List<PlanTeam> planTeams = new ArrayList<>();
    for (Team team : teams) {
      planTeams.add(team(team, accreditations, horizonStart));
    }
    List<PlanTask> planTasks = new ArrayList<>();
    for (AreaTask t : tasks) {
      planTasks.addAll(split(task(t), maxTaskAreaM2));
    }
    return new PlanningProblem(horizonStart, horizonDays, planTeams, planTasks, earmarks);
  }

  /** {@code task} as one task, or as ⌈area ÷ max⌉ equal parts when it is larger than max. */
  public static List<PlanTask> split(PlanTask task, double maxTaskAreaM2) {
    int parts = (int) Math.min(10_000, Math.ceil(task.areaM2() / maxTaskAreaM2 - 1e-9));
    if (parts <= 1) {
      return List.of(task);
    }
    List<PlanTask> out = new ArrayList<>();
    for (int i = 1; i <= parts; i++) {
      out.add(
          new PlanTask(
              task.id() + "#" + i,
              task.areaId(),
              task.regionId(),
              task.method(),
              task.terrain(),
              task.vegetation(),
              task.areaM2() / parts,
              task.value() / parts,
              task.location(),
              task.releaseDay(),
              i == 1 ? task.inProgressTeamId() : null));
    }
    return out;
  }

  /**
   * The planner's view of {@code team}, with its operator's accreditations valid on {@code day}.
   */
  public static PlanTeam team(Team team, List<Accreditation> accreditations, LocalDate day) {
    Set<MethodRegion> accredited = new HashSet<>();
    for (Accreditation a : accreditations) {
      if (a.operatorId() != team.operatorId()
          || day.isBefore(a.validFrom())
          || day.isAfter(a.validTo())) {
        continue;
      }
      for (ReleaseMethod method : ReleaseMethod.values()) {
        if (method.activity() == a.activity()) {
          a.regionIds().forEach(region -> accredited.add(new MethodRegion(method, region)));
        }
      }
    }
    ProductivityTable.Builder productivity = ProductivityTable.builder();
    Set<ReleaseMethod> methods = team.type().methods();
    team.productivity()
        .cells()
        .forEach(
            (k, rate) -> {
              if (methods.contains(k.method())) {
                productivity.put(k.method(), k.terrain(), k.vegetation(), rate);
              }
            });
    return new PlanTeam(
        String.valueOf(team.id()),
        point(team.base()),
        team.dayRateUsd(),
        team.availability(),
        accredited,
        productivity.build(),
        Map.of());
  }

  /** The planner's view of one area task. */
  public static PlanTask task(AreaTask t) {
    HazardousArea area = t.area();
    return new PlanTask(
        taskId(area.id(), t.method()),
        area.id(),
        area.regionId(),
        t.method(),
        area.terrain(),
        area.vegetation(),
        area.areaM2(),
        t.priorityScore() * area.areaM2(),
        point(area.geometry().getInteriorPoint()),
        t.releaseDay(),
        t.inProgressTeamId() == null ? null : String.valueOf(t.inProgressTeamId()));
  }

  /** The planner's id of the task applying {@code method} to area {@code areaId}. */
  public static String taskId(long areaId, ReleaseMethod method) {
    return areaId + "/" + method;
  }

  private static GeoPoint point(Point p) {
    return new GeoPoint(p.getX(), p.getY());
  }
}
