package org.reclaim.app.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.reclaim.analysis.criteria.CriteriaOp;
import org.reclaim.app.prioritise.PrioritisationService;
import org.reclaim.app.prioritise.RankingRepository;
import org.reclaim.domain.funding.CostBooking;
import org.reclaim.domain.funding.Grant;
import org.reclaim.domain.hazard.HazardStatus;
import org.reclaim.domain.hazard.HazardousArea;
import org.reclaim.domain.task.ReleaseMethod;
import org.reclaim.domain.task.Task;
import org.reclaim.domain.task.TaskStatus;
import org.reclaim.planner.json.ProblemJson;
import org.reclaim.planner.mapping.AreaTask;
import org.reclaim.planner.mapping.DomainProblemMapper;
import org.reclaim.planner.problem.Earmark;
import org.reclaim.planner.problem.PlanTask;
import org.reclaim.planner.problem.PlanTeam;
import org.reclaim.planner.problem.PlanningProblem;
import org.reclaim.store.ReclaimStore;
import org.reclaim.store.jobs.PlanDocument;
import org.reclaim.store.jobs.PlanJob;

/**
 * Plans straight from the register: the best-ranked unreleased hazardous areas of a ranking run,
 * each with the release method the ranking recommends, the teams, their operators' accreditations,
 * the tasks already under way (pinned to their teams) and the grants' earmarks, mapped by {@link
 * DomainProblemMapper} and queued as a solve job.
 *
 * <ul>
 *   <li>An area whose ranking recommends no method is left out (counted in {@code skipped}); so is
 *       one released since the ranking.
 *   <li>A task in progress in the register is planned with its own method on its own team, pinned,
 *       whether or not its area is among the best ranked.
 *   <li>A grant becomes an earmark when its period overlaps the horizon, for its amount less the
 *       costs already booked on it; it funds tasks in its own region (not in regions below it).
 * </ul>
 *
 * <p>The problem is stored as {@code problem.json} with its source ({@code source}: ranking run,
 * parameters, area names) so that a re-plan can rebuild it from the register as it then stands.
 * Thread safe.
 */
public final class RegisterPlanning {
  /** Areas planned when the request does not say. */
  public static final int DEFAULT_MAX_AREAS = 200;

  /** Largest number of areas one request may plan. */
  public static final int MAX_AREAS = 5_000;

  private final ReclaimStore store;
  private final PrioritisationService prioritisation;
  private final PlanJobService jobs;
  private final Clock clock;

  /** A planner of register problems submitting to {@code jobs}. */
  public RegisterPlanning(
      ReclaimStore store, PrioritisationService prioritisation, PlanJobService jobs, Clock clock) {
    this.store = store;
    this.prioritisation = prioritisation;
    this.jobs = jobs;
    this.clock = clock;
  }

  /**
   * What to plan. Every field may be {@code null}: then the previous job's value (when re-planning)
   * or the default applies.
   *
   * @param rankingRunId the ranking run whose best areas are planned; default the latest run
   * @param profile with no run id: rank afresh under this policy profile first
   * @param horizonStart day 0 of the plan; default today
   * @param horizonDays length of the horizon, days; default 90
   * @param timeLimitSeconds solver time limit; default 30
   * @param maxAreas how many of the best-ranked areas to plan; default {@value #DEFAULT_MAX_AREAS}
   * @param maxTaskAreaM2 areas larger than this are split into tasks of about this size, m²
   * @param previousJobId re-plan: start from this job's plan and report how many assignments moved
   * @param replanPriceDays re-plan only: days of a task's value paid for moving a task of the
   *     previous plan to another team; default {@link
   *     org.reclaim.planner.plan.SolveOptions#DEFAULT_REPLAN_PRICE_DAYS}
   */
  public record Request(
      @Nullable Long rankingRunId,
      @Nullable String profile,
      @Nullable LocalDate horizonStart,
      @Nullable Integer horizonDays,
      @Nullable Integer timeLimitSeconds,
      @Nullable Integer maxAreas,
      @Nullable Double maxTaskAreaM2,
      @Nullable Long previousJobId,
      @Nullable Double replanPriceDays) {}

  /**
   * The queued job and what went into its problem.
   *
   * @param areas areas planned
   * @param skipped areas of the ranking's best left out (no recommended method, or released)
   * @param inProgress tasks under way in the register, pinned
   */
  public record Submitted(
      PlanJob job,
      long rankingRunId,
      String profile,
      int areas,
      int skipped,
      int inProgress,
      int tasks,
      int teams,
      int earmarks) {}

  /**
   * Builds the problem from the register and queues it.
   *
   * @throws IllegalArgumentException naming the field when a parameter is out of range or there is
   *     no ranking to plan from
   * @throws org.reclaim.store.NotFoundException for an unknown ranking run, profile or previous job
   */
  public Submitted submit(Request request, String user) {
    PlanJobService.checkReplanPrice(request.previousJobId(), request.replanPriceDays());
    Built built = build(request, user);
    PlanJob job =
        jobs.submit(
            built.json(),
            built.timeLimitSeconds(),
            user,
            request.previousJobId(),
            request.replanPriceDays());
    return built.submitted(job);
  }

  /**
   * A problem built from the register, not yet queued: the planning problem, its {@code
   * problem.json} with the source attached, and what went into it.
   */
  public record Built(
      PlanningProblem problem,
      String json,
      int timeLimitSeconds,
      long rankingRunId,
      String profile,
      int areas,
      int skipped,
      int inProgress,
      int earmarks) {
    Submitted submitted(PlanJob job) {
      return new Submitted(
          job,
          rankingRunId,
          profile,
          areas,
          skipped,
          inProgress,
          problem.tasks().size(),
          problem.teams().size(),
          earmarks);
    }
  }

  /**
   * Builds the problem from the register as {@link #submit} does, without queueing it ({@code
   * reclaim plan --from-register} solves it in the calling process).
   *
   * @throws IllegalArgumentException naming the field when a parameter is out of range or there is
   *     no ranking to plan from
   * @throws org.reclaim.store.NotFoundException for an unknown ranking run, profile or previous job
   */
  public Built build(Request request, String user) {
    Map<String, Object> previous = previousSource(request.previousJobId());
    RankingRepository.Run run = ranking(request, previous, user);
    LocalDate start =
        request.horizonStart() != null
            ? request.horizonStart()
            : previous.containsKey("horizonStart")
                ? LocalDate.parse((String) previous.get("horizonStart"))
                : LocalDate.now(clock);
    int horizonDays = pick(request.horizonDays(), previous, "horizonDays", 90);
    if (horizonDays < 1 || horizonDays > PlanningProblem.MAX_HORIZON_DAYS) {
      throw new IllegalArgumentException(
          "horizonDays: must be in [1, " + PlanningProblem.MAX_HORIZON_DAYS + "]");
    }
    int maxAreas = pick(request.maxAreas(), previous, "maxAreas", DEFAULT_MAX_AREAS);
    if (maxAreas < 1 || maxAreas > MAX_AREAS) {
      throw new IllegalArgumentException("maxAreas: must be in [1, " + MAX_AREAS + "]");
    }
    Double maxTaskAreaM2 =
        request.maxTaskAreaM2() != null
            ? request.maxTaskAreaM2()
            : previous.get("maxTaskAreaM2") instanceof Number n ? n.doubleValue() : null;
    if (maxTaskAreaM2 != null && !(maxTaskAreaM2 > 0)) {
      throw new IllegalArgumentException("maxTaskAreaM2: must be > 0");
    }
    int timeLimit = pick(request.timeLimitSeconds(), previous, "timeLimitSeconds", 30);

    Selection selection = select(run.id(), maxAreas);
    List<AreaTask> tasks = selection.tasks();
    List<Earmark> earmarks = earmarks(start, start.plusDays(horizonDays - 1L));
    // DomainProblemMapper.map would refuse two register tasks on one area with one method
    List<org.reclaim.domain.operator.Accreditation> accreditations =
        store.accreditations().listAll();
    List<PlanTeam> teams =
        store.teams().listAll().stream()
            .map(t -> DomainProblemMapper.team(t, accreditations, start))
            .toList();
    double maxM2 = maxTaskAreaM2 == null ? Double.MAX_VALUE : maxTaskAreaM2;
    List<PlanTask> planTasks = new ArrayList<>();
    tasks.forEach(
        t -> planTasks.addAll(DomainProblemMapper.split(DomainProblemMapper.task(t), maxM2)));
    PlanningProblem problem =
        new PlanningProblem(start, horizonDays, teams, uniqueIds(planTasks), earmarks);

    Map<String, Object> source = new LinkedHashMap<>();
    source.put("run", run.id());
    source.put("profile", run.profileName());
    source.put("horizonStart", start.toString());
    source.put("horizonDays", horizonDays);
    source.put("maxAreas", maxAreas);
    if (maxTaskAreaM2 != null) {
      source.put("maxTaskAreaM2", maxTaskAreaM2);
    }
    source.put("timeLimitSeconds", timeLimit);
    source.put("areaNames", selection.names());
    Map<String, String> teamNames = new LinkedHashMap<>();
    store.teams().listAll().forEach(t -> teamNames.put(String.valueOf(t.id()), t.name()));
    source.put("teamNames", teamNames);
    String json = ProblemSource.attach(ProblemJson.write(problem), source);
    return new Built(
        problem,
        json,
        timeLimit,
        run.id(),
        run.profileName(),
        tasks.size() - selection.inProgress(),
        selection.skipped(),
        selection.inProgress(),
        earmarks.size());
  }

  /** The run named (or the previous job's), a fresh one under the profile, or the latest. */
  private RankingRepository.Run ranking(
      Request request, Map<String, Object> previous, String user) {
    Long runId = request.rankingRunId() != null ? request.rankingRunId() : longOf(previous, "run");
    if (runId != null) {
      return prioritisation.getRun(runId);
    } else if (request.profile() != null) {
      return prioritisation.run(
          new PrioritisationService.RunRequest(request.profile(), null, null, null, 0, 0.2, 1),
          user,
          CriteriaOp.Progress.NONE);
    } else {
      return prioritisation.listRuns().stream()
          .findFirst()
          .orElseThrow(
              () ->
                  new IllegalArgumentException(
                      "rankingRunId: there is no ranking yet; give a profile to rank first"));
    }
  }

  /** The areas to plan, their names, and how many were in progress or left out. */
  private record Selection(
      List<AreaTask> tasks, Map<Long, String> names, int inProgress, int skipped) {}

  private Selection select(long runId, int maxAreas) {
    Map<Long, HazardousArea> areas = new HashMap<>();
    store.hazardousAreas().listAll().forEach(a -> areas.put(a.id(), a));
    List<RankingRepository.Entry> best = prioritisation.listEntries(runId, 0, maxAreas);
    Map<Long, Double> scores = new HashMap<>();
    best.forEach(e -> scores.put(e.areaId(), Math.max(0, e.score())));
    List<AreaTask> tasks = new ArrayList<>();
    Map<Long, String> names = new LinkedHashMap<>();
    Set<Long> planned = new HashSet<>();
    for (Task t : store.tasks().listAll()) {
      HazardousArea area = areas.get(t.hazardousAreaId());
      if (t.status() == TaskStatus.IN_PROGRESS && t.teamId() != null && area != null) {
        // under way: free to continue from day 0 on its own team
        tasks.add(
            new AreaTask(area, t.method(), scores.getOrDefault(area.id(), 0.0), 0, t.teamId()));
        names.put(area.id(), area.name());
        planned.add(area.id());
      }
    }
    int inProgress = tasks.size();
    int skipped = 0;
    for (RankingRepository.Entry e : best) {
      HazardousArea area = areas.get(e.areaId());
      if (area == null
          || area.status() == HazardStatus.RELEASED
          || e.method() == null
          || !planned.add(e.areaId())) {
        skipped++;
        continue;
      }
      tasks.add(AreaTask.of(area, ReleaseMethod.valueOf(e.method()), scores.get(area.id())));
      names.put(area.id(), area.name());
    }
    return new Selection(tasks, names, inProgress, skipped);
  }

  /**
   * The tasks with unique ids: two teams of the register may be at work on one area with one
   * method; the second and later become {@code areaId/METHOD~2}, {@code ~3}, ….
   */
  private static List<PlanTask> uniqueIds(List<PlanTask> tasks) {
    Map<String, Integer> seen = new HashMap<>();
    List<PlanTask> out = new ArrayList<>(tasks.size());
    for (PlanTask t : tasks) {
      int n = seen.merge(t.id(), 1, Integer::sum);
      out.add(n == 1 ? t : t.withId(t.id() + "~" + n));
    }
    return out;
  }

  /** Grants whose period overlaps the horizon, for what is left of them after booked costs. */
  private List<Earmark> earmarks(LocalDate from, LocalDate to) {
    Map<Long, Double> booked = new HashMap<>();
    for (CostBooking c : store.costBookings().listAll()) {
      if (c.grantId() != null) {
        booked.merge(c.grantId(), c.amountUsd(), Double::sum);
      }
    }
    Map<Long, String> donors = new HashMap<>();
    store.donors().listAll().forEach(d -> donors.put(d.id(), d.name()));
    List<Earmark> out = new ArrayList<>();
    // most specific first: the planner charges a task to the first earmark that matches
    List<Grant> grants = new ArrayList<>(store.grants().listAll());
    grants.sort(
        Comparator.comparingInt(
            (Grant g) ->
                (g.earmark().regionId() == null ? 1 : 0)
                    + (g.earmark().activity() == null ? 1 : 0)));
    for (Grant g : grants) {
      if (g.earmark().to().isBefore(from) || g.earmark().from().isAfter(to)) {
        continue;
      }
      double left = Math.max(0, g.amountUsd() - booked.getOrDefault(g.id(), 0.0));
      out.add(
          new Earmark(
              g.reference(),
              donors.getOrDefault(g.donorId(), "donor " + g.donorId()),
              g.earmark().regionId(),
              g.earmark().activity(),
              left));
    }
    return out;
  }

  private Map<String, Object> previousSource(@Nullable Long previousJobId) {
    if (previousJobId == null) {
      return Map.of();
    }
    jobs.getJob(previousJobId);
    return jobs.findDocument(previousJobId, PlanDocument.Kind.PROBLEM)
        .map(ProblemSource::read)
        .orElse(Map.of());
  }

  private static int pick(
      @Nullable Integer given, Map<String, Object> previous, String key, int fallback) {
    if (given != null) {
      return given;
    }
    return previous.get(key) instanceof Number n ? n.intValue() : fallback;
  }

  private static @Nullable Long longOf(Map<String, Object> m, String key) {
    return m.get(key) instanceof Number n ? n.longValue() : null;
  }
}
