package org.reclaim.bench.plan;

import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.reclaim.planner.plan.PlanKpis;
import org.reclaim.planner.plan.PlanObjective;
import org.reclaim.planner.problem.ProblemIndex;

/**
 * The exact optimum of a small generic problem by constraint programming (OR-Tools CP-SAT), the
 * reference the planner's gap is measured against. Benchmarks only: the planner never uses it.
 *
 * <p>Model: for each task j and each team t eligible for it, an optional interval of the team's
 * duration, starting no earlier than the release day and ending within the horizon; at most one of
 * a task's intervals is present, and if none is the task is left out; intervals of a team do not
 * overlap. Objective: Σ weight × end + Σ weight × 2 × horizon over tasks left out — exactly {@link
 * PlanKpis#objective()}. Schedules with idle time are allowed, but never better, so the optimum is
 * the same as over the planner's task orders. Teams must be available every day (generic problems
 * from {@link PlanningInstances#generic}); weights must be whole numbers.
 *
 * <p>Not thread safe; one instance per run.
 */
public final class ExactReference {
  /**
   * The solver's answer.
   *
   * @param objective best objective found, value × days
   * @param bound proven lower bound on the optimum
   * @param optimal whether CP-SAT proved {@code objective} optimal
   * @param seconds wall time
   */
  public record Result(double objective, double bound, boolean optimal, double seconds) {}

  private ExactReference() {}

  /** Solves {@code index} within {@code limit} on {@code workers} threads. */
  public static Result solve(ProblemIndex index, Duration limit, int workers) {
    Loader.loadNativeLibraries();
    int horizon = index.problem().horizonDays();
    CpModel model = new CpModel();
    // busy.get(t)[day]: the start variables of team t's tasks that would be working on that day
    List<List<List<BoolVar>>> busy = new ArrayList<>();
    for (int t = 0; t < index.teamCount(); t++) {
      if (index.calendar(t).availableDays() != horizon) {
        throw new IllegalArgumentException("team " + index.team(t).id() + " has a calendar");
      }
      List<List<BoolVar>> days = new ArrayList<>();
      for (int day = 0; day < horizon; day++) {
        days.add(new ArrayList<>());
      }
      busy.add(days);
    }
    LinearExprBuilder objective = LinearExpr.newBuilder();
    for (int j = 0; j < index.taskCount(); j++) {
      long weight = Math.round(index.task(j).value());
      if (Math.abs(weight - index.task(j).value()) > 1e-9) {
        throw new IllegalArgumentException("task " + index.task(j).id() + ": weight not whole");
      }
      List<BoolVar> choices = new ArrayList<>();
      for (int t = 0; t < index.teamCount(); t++) {
        int d = index.durationDays(j, t);
        if (!index.eligible(j, t)) {
          continue;
        }
        for (int start = index.releaseDay(j); start + d <= horizon; start++) {
          BoolVar x = model.newBoolVar("x" + j + "_" + t + "_" + start);
          choices.add(x);
          objective.addTerm(x, PlanObjective.term(weight, start + d));
          for (int day = start; day < start + d; day++) {
            busy.get(t).get(day).add(x);
          }
        }
      }
      BoolVar out = model.newBoolVar("u" + j);
      choices.add(out);
      model.addExactlyOne(choices.toArray(BoolVar[]::new));
      objective.addTerm(out, PlanObjective.leftOut(weight, horizon));
    }
    for (List<List<BoolVar>> days : busy) {
      for (List<BoolVar> working : days) {
        if (working.size() > 1) {
          model.addAtMostOne(working.toArray(BoolVar[]::new));
        }
      }
    }
    model.minimize(objective);
    CpSolver solver = new CpSolver();
    solver.getParameters().setMaxTimeInSeconds(limit.toMillis() / 1000.0);
    solver.getParameters().setNumWorkers(workers);
    solver.getParameters().setRandomSeed(0);
    CpSolverStatus status = solver.solve(model);
    if (status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.FEASIBLE) {
      throw new IllegalStateException("CP-SAT found no schedule: " + status);
    }
    return new Result(
        solver.objectiveValue(),
        solver.bestObjectiveBound(),
        status == CpSolverStatus.OPTIMAL,
        solver.wallTime());
  }
}
