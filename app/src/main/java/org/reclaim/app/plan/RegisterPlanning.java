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
import org.reclaim.store.ranking.RankingRepository;
import org.springframework.stereotype.Service;

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
@Service
public final class RegisterPlanning {
  private final ReclaimStore store;
  private final PrioritisationService prioritisation;
  private final PlanJobService jobs;
  private final Clock clock;
  private final TeamReadiness readiness;

  /** A planner of register problems submitting to {@code jobs}. */
  public RegisterPlanning(
      ReclaimStore store,
      PrioritisationService prioritisation,
      PlanJobService jobs,
      Clock clock,
      TeamReadiness readiness) {
    this.readiness = readiness;
    this.store = store;
    this.prioritisation = prioritisation;
    this.jobs = jobs;
    this.clock = clock;
  }

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
  public Submitted submit(PlanRequest request, String user) {
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
  public Built build(PlanRequest request, String user) {
    PlanSource previous = previousSource(request.previousJobId());
    RankingRepository.Run run = ranking(request, previous, user);
    LocalDate start =
        first(
            request.horizonStart(),
            previous == null ? null : previous.horizonStart(),
            LocalDate.now(clock));
    int horizonDays =
        first(
            request.horizonDays(),
            previous == null ? null : previous.horizonDays(),
            PlanRequest.DEFAULT_HORIZON_DAYS);
    if (horizonDays < 1 || horizonDays > PlanningProblem.MAX_HORIZON_DAYS) {
      throw new IllegalArgumentException(
          "horizonDays: must be in [1, " + PlanningProblem.MAX_HORIZON_DAYS + "]");
    }
    int maxAreas =
        first(
            request.maxAreas(),
            previous == null ? null : previous.maxAreas(),
            PlanRequest.DEFAULT_MAX_AREAS);
    if (maxAreas < 1 || maxAreas > PlanRequest.MAX_AREAS) {
      throw new IllegalArgumentException("maxAreas: must be in [1, " + PlanRequest.MAX_AREAS + "]");
    }
    Double maxTaskAreaM2 =
        first(request.maxTaskAreaM2(), previous == null ? null : previous.maxTaskAreaM2(), null);
    if (maxTaskAreaM2 != null && !(maxTaskAreaM2 > 0)) {
      throw new IllegalArgumentException("maxTaskAreaM2: must be > 0");
    }
    int timeLimit =
        first(
            request.timeLimitSeconds(),
            previous == null ? null : previous.timeLimitSeconds(),
            PlanRequest.DEFAULT_TIME_LIMIT_S);

    // IMAS 06.10: a team whose people's required qualifications have lapsed is not tasked; its work
    // under way goes back to the pool for a qualified team
    TeamReadiness.Tasking tasking = readiness.forPlanning(start);
    Set<Long> stoodDown = new HashSet<>();
    tasking.refused().keySet().forEach(id -> stoodDown.add(Long.valueOf(id)));
    Selection selection = select(run.id(), maxAreas, stoodDown);
    List<AreaTask> tasks = selection.tasks();
    List<Earmark> earmarks = earmarks(start, start.plusDays(horizonDays - 1L));
    // DomainProblemMapper.map would refuse two register tasks on one area with one method
    List<org.reclaim.domain.operator.Accreditation> accreditations =
        store.accreditations().listAll();
    List<PlanTeam> teams =
        tasking.teams().stream()
            .map(t -> DomainProblemMapper.team(t, accreditations, start))
            .toList();
    double maxM2 = maxTaskAreaM2 == null ? Double.MAX_VALUE : maxTaskAreaM2;
    List<PlanTask> planTasks = new ArrayList<>();
    tasks.forEach(
        t -> planTasks.addAll(DomainProblemMapper.split(DomainProblemMapper.task(t), maxM2)));
    PlanningProblem problem =
        new PlanningProblem(start, horizonDays, teams, uniqueIds(planTasks), earmarks);

    Map<String, String> teamNames = new LinkedHashMap<>();
    store.teams().listAll().forEach(t -> teamNames.put(String.valueOf(t.id()), t.name()));
    PlanSource source =
        new PlanSource(
            run.id(),
            run.profileName(),
            start,
            horizonDays,
            maxAreas,
            maxTaskAreaM2,
            timeLimit,
            selection.names(),
            teamNames,
            tasking.refused(),
            tasking.limited());
    String json = source.attachTo(ProblemJson.write(problem));
    return new Built(
        problem,
        json,
        timeLimit,
        run.id(),
        run.profileName(),
        tasks.size() - selection.inProgress() - selection.reassigned(),
        selection.skipped(),
        selection.inProgress(),
        earmarks.size());
  }

  /** The run named (or the previous job's), a fresh one under the profile, or the latest. */
  private RankingRepository.Run ranking(
      PlanRequest request, @Nullable PlanSource previous, String user) {
    Long runId =
        request.rankingRunId() != null
            ? request.rankingRunId()
            : previous == null ? null : previous.run();
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
      List<AreaTask> tasks, Map<Long, String> names, int inProgress, int reassigned, int skipped) {}

  private Selection select(long runId, int maxAreas, Set<Long> stoodDown) {
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
        // under way: free to continue from day 0 on its own team, unless that team stood down
        double score = scores.getOrDefault(area.id(), 0.0);
        tasks.add(
            stoodDown.contains(t.teamId())
                ? AreaTask.of(area, t.method(), score)
                : new AreaTask(area, t.method(), score, 0, t.teamId()));
        names.put(area.id(), area.name());
        planned.add(area.id());
      }
    }
    int inProgress = (int) tasks.stream().filter(a -> a.inProgressTeamId() != null).count();
    int reassigned = tasks.size() - inProgress;
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
    return new Selection(tasks, names, inProgress, reassigned, skipped);
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

  /** The source of the previous job's problem, or {@code null} (fresh plan, or none stored). */
  private @Nullable PlanSource previousSource(@Nullable Long previousJobId) {
    if (previousJobId == null) {
      return null;
    }
    jobs.getJob(previousJobId);
    return jobs.findDocument(previousJobId, PlanDocument.Kind.PROBLEM)
        .flatMap(PlanSource::readFrom)
        .orElse(null);
  }

  /** The value given, else the previous job's, else the default. */
  private static <T> T first(@Nullable T given, @Nullable T previous, T fallback) {
    return given != null ? given : previous != null ? previous : fallback;
  }
}
