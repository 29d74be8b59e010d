package org.reclaim.app.plan;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jspecify.annotations.Nullable;
import org.reclaim.planner.PlanResult;
import org.reclaim.planner.PlannerService;
import org.reclaim.planner.json.PlanJson;
import org.reclaim.planner.json.ProblemJson;
import org.reclaim.planner.plan.SolveHandle;
import org.reclaim.planner.plan.SolveOptions;
import org.reclaim.planner.plan.SolveProgress;
import org.reclaim.planner.problem.PlanningProblem;
import org.reclaim.store.ReclaimStore;
import org.reclaim.store.StaleVersionException;
import org.reclaim.store.Versioned;
import org.reclaim.store.jobs.PlanDocument;
import org.reclaim.store.jobs.PlanJob;
import org.reclaim.store.jobs.PlanJob.Status;
import org.springframework.stereotype.Service;

/**
 * Runs tasking-plan solve jobs and keeps them in the store ({@code plan_job}, {@code
 * plan_document}).
 *
 * <p>Jobs run one at a time on one background thread (the solver uses one core; the machine has
 * few). Every change of a job is a versioned update, so a cancel and the solver thread cannot
 * overwrite each other: the loser re-reads and acts on what the winner wrote. The best plan's
 * figures are written at most every {@link #PROGRESS_EVERY} while solving. Jobs still queued or
 * solving when the process stopped are queued again by {@link #resume()}; this assumes one server
 * per store.
 *
 * <p>Thread safe.
 */
@Service
public final class PlanJobService implements AutoCloseable {
  /** Longest time limit accepted, s. */
  public static final int MAX_TIME_LIMIT_S = 3600;

  /** How often the best figures of a running job are written. */
  static final Duration PROGRESS_EVERY = Duration.ofSeconds(2);

  private static final String ACTOR = "planner";

  private final ReclaimStore store;
  private final Clock clock;
  private final PlannerService planner = new PlannerService();
  private final ExecutorService executor =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "plan-jobs");
            t.setDaemon(true);
            return t;
          });
  private final Map<Long, SolveHandle> running = new ConcurrentHashMap<>();

  /** A service over {@code store}; call {@link #resume()} once to pick up unfinished jobs. */
  public PlanJobService(ReclaimStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  /**
   * Queues {@code problemJson} for solving.
   *
   * @throws IllegalArgumentException naming the field when the problem or the time limit is bad
   */
  public PlanJob submit(String problemJson, int timeLimitSeconds, String user) {
    return submit(problemJson, timeLimitSeconds, user, null);
  }

  /**
   * Queues {@code problemJson} for solving; with {@code previousJobId}, as a re-plan that starts
   * from that job's plan and reports how many assignments moved (tasks marked {@code
   * inProgressTeam} stay pinned).
   *
   * @throws IllegalArgumentException naming the field when the problem, the time limit or the
   *     previous job is bad
   * @throws org.reclaim.store.NotFoundException when there is no job {@code previousJobId}
   */
  public PlanJob submit(String problemJson, int timeLimitSeconds, String user, Long previousJobId) {
    return submit(problemJson, timeLimitSeconds, user, previousJobId, null);
  }

  /**
   * Queues {@code problemJson} for solving, as a re-plan from {@code previousJobId}'s plan when
   * given, at {@code replanPriceDays} (days of a task's value paid for moving a task of that plan
   * to another team; {@code null}: the planner's default, {@link
   * SolveOptions#DEFAULT_REPLAN_PRICE_DAYS}).
   *
   * @throws IllegalArgumentException naming the field when the problem, the time limit, the
   *     previous job or the price is bad, or a price is given for a fresh plan
   * @throws org.reclaim.store.NotFoundException when there is no job {@code previousJobId}
   */
  public PlanJob submit(
      String problemJson,
      int timeLimitSeconds,
      String user,
      @Nullable Long previousJobId,
      @Nullable Double replanPriceDays) {
    checkReplanPrice(previousJobId, replanPriceDays);
    if (timeLimitSeconds < 1 || timeLimitSeconds > MAX_TIME_LIMIT_S) {
      throw new IllegalArgumentException(
          "timeLimitSeconds: must be in [1, " + MAX_TIME_LIMIT_S + "], was " + timeLimitSeconds);
    }
    PlanningProblem problem = ProblemJson.read(problemJson);
    String previous = null;
    if (previousJobId != null) {
      getJob(previousJobId);
      previous =
          findDocument(previousJobId, PlanDocument.Kind.RESULT)
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "previousJobId: job " + previousJobId + " has no plan yet"));
    }
    String previousPlan = previous;
    long id = store.ids().allocate("plan_job", 1);
    PlanJob job =
        PlanJob.queued(
            id,
            user,
            clock.instant(),
            timeLimitSeconds,
            problem.tasks().size(),
            problem.teams().size(),
            previousJobId == null
                ? null
                : Objects.requireNonNullElse(
                    replanPriceDays, SolveOptions.DEFAULT_REPLAN_PRICE_DAYS));
    store.inTransaction(
        () -> {
          store.planJobs().insert(job, user);
          writeDocument(id, PlanDocument.Kind.PROBLEM, problemJson, user);
          if (previousPlan != null) {
            writeDocument(id, PlanDocument.Kind.PREVIOUS, previousPlan, user);
          }
        });
    executor.execute(() -> run(id));
    return job;
  }

  /**
   * Refuses a re-planning price that is not a number {@code >= 0}, or that is given for a fresh
   * plan (no {@code previousJobId}), where it would be silently ignored.
   *
   * @throws IllegalArgumentException naming {@code replanPriceDays}
   */
  public static void checkReplanPrice(
      @Nullable Long previousJobId, @Nullable Double replanPriceDays) {
    if (replanPriceDays == null) {
      return;
    }
    if (previousJobId == null) {
      throw new IllegalArgumentException(
          "replanPriceDays: applies to a re-plan only; give previousJobId too");
    }
    if (!SolveOptions.isReplanPrice(replanPriceDays)) {
      throw new IllegalArgumentException(
          "replanPriceDays: must be a number >= 0, was " + replanPriceDays);
    }
  }

  /** Queues again the jobs left queued or solving by a previous process; returns how many. */
  public int resume() {
    List<PlanJob> unfinished = store.planJobs().listUnfinished();
    for (PlanJob job : unfinished) {
      executor.execute(() -> run(job.id()));
    }
    return unfinished.size();
  }

  /** The job with {@code id}; throws {@link org.reclaim.store.NotFoundException} if absent. */
  public Versioned<PlanJob> getJob(long id) {
    return store.planJobs().getById(id);
  }

  /** The most recent jobs, newest first. */
  public List<PlanJob> listRecent(int limit) {
    return listRecent(0, limit);
  }

  /** The most recent jobs, newest first, skipping the newest {@code offset}. */
  public List<PlanJob> listRecent(long offset, int limit) {
    long end = store.planJobs().count() - offset; // exclusive, in oldest-first order
    long start = Math.max(0, end - limit);
    if (end <= 0) {
      return List.of();
    }
    List<PlanJob> jobs =
        new java.util.ArrayList<>(
            store.planJobs().list(start, (int) (end - start)).stream()
                .map(Versioned::value)
                .toList());
    java.util.Collections.reverse(jobs);
    return jobs;
  }

  /** How many jobs there are. */
  public long countJobs() {
    return store.planJobs().count();
  }

  /** A document of job {@code id}, if it has been written. */
  public Optional<String> findDocument(long id, PlanDocument.Kind kind) {
    return store.planDocuments().find(id, kind).map(PlanDocument::content);
  }

  /**
   * Cancels job {@code id}: a queued job will not run; a running one stops at its next step and
   * keeps the best plan found. A finished job is left as it is.
   *
   * @return the job as it now stands
   */
  public PlanJob cancel(long id, String user) {
    SolveHandle handle = running.get(id);
    if (handle != null) {
      handle.cancel();
      return getJob(id).value();
    }
    for (int attempt = 0; ; attempt++) {
      Versioned<PlanJob> job = getJob(id);
      if (job.value().status().isFinal()) {
        return job.value();
      }
      try {
        PlanJob cancelled =
            job.value().withStatus(Status.CANCELLED, clock.instant(), "cancelled by " + user);
        store.planJobs().update(cancelled, job.version(), user);
        return cancelled;
      } catch (StaleVersionException e) {
        if (attempt > 2) {
          throw e;
        }
      }
    }
  }

  private void run(long id) {
    Versioned<PlanJob> job = getJob(id);
    if (job.value().status().isFinal()) {
      return;
    }
    SolveHandle handle = new SolveHandle();
    running.put(id, handle);
    try {
      Tracker tracker =
          new Tracker(update(job, job.value().withStatus(Status.SOLVING, now(), null)));
      if (tracker.current.value().status() != Status.SOLVING) {
        return;
      }
      String problemJson = findDocument(id, PlanDocument.Kind.PROBLEM).orElseThrow();
      PlanningProblem problem = ProblemJson.read(problemJson);
      SolveOptions options =
          SolveOptions.ofTimeLimit(Duration.ofSeconds(job.value().timeLimitSeconds()));
      if (job.value().replanPriceDays() != null) {
        options = options.withReplanPriceDays(job.value().replanPriceDays());
      }
      Optional<String> previous = findDocument(id, PlanDocument.Kind.PREVIOUS);
      PlanResult result =
          previous.isPresent()
              ? planner.replan(
                  problem,
                  PlanJson.readSchedule(previous.get()),
                  options,
                  p -> tracker.progress(p, handle),
                  handle)
              : planner.solve(problem, options, p -> tracker.progress(p, handle), handle);
      finish(tracker, result, handle.isCancelled());
    } catch (RuntimeException e) {
      fail(id, e);
    } finally {
      running.remove(id);
    }
  }

  private void finish(Tracker tracker, PlanResult result, boolean cancelled) {
    store.inTransaction(
        () -> {
          long id = tracker.current.value().id();
          writeDocument(id, PlanDocument.Kind.RESULT, PlanJson.write(result), ACTOR);
          writeDocument(
              id, PlanDocument.Kind.ANALYSIS, PlanJson.writeAnalysis(result.analysis()), ACTOR);
          Versioned<PlanJob> latest = getJob(id);
          boolean stopped = cancelled || latest.value().status() == Status.CANCELLED;
          PlanJob done =
              latest
                  .value()
                  .withStatus(stopped ? Status.CANCELLED : Status.COMPLETED, now(), null)
                  .withBest(
                      now(),
                      result.plan().feasible() ? 0 : -result.plan().violations().size(),
                      result.plan().kpis().objective(),
                      result.greedy().kpis().objective(),
                      String.valueOf(result.plan().score()));
          store.planJobs().update(done, latest.version(), ACTOR);
        });
  }

  private void fail(long id, RuntimeException e) {
    Versioned<PlanJob> latest = getJob(id);
    String why = e.getClass().getSimpleName() + ": " + e.getMessage();
    store
        .planJobs()
        .update(
            latest
                .value()
                .withStatus(Status.FAILED, now(), why.substring(0, Math.min(3900, why.length()))),
            latest.version(),
            ACTOR);
  }

  private Versioned<PlanJob> update(Versioned<PlanJob> from, PlanJob to) {
    try {
      return store.planJobs().update(to, from.version(), ACTOR);
    } catch (StaleVersionException e) {
      return getJob(to.id());
    }
  }

  private void writeDocument(long jobId, PlanDocument.Kind kind, String content, String user) {
    long id = store.ids().allocate("plan_document", 1);
    store.planDocuments().insert(new PlanDocument(id, jobId, kind, content), user);
  }

  private Instant now() {
    return clock.instant();
  }

  /** The job as last written by the solver thread, and when its figures were last written. */
  private final class Tracker {
    Versioned<PlanJob> current;
    Instant lastWrite = Instant.MIN;

    Tracker(Versioned<PlanJob> current) {
      this.current = current;
    }

    void progress(SolveProgress p, SolveHandle handle) {
      Instant now = now();
      if (Duration.between(lastWrite, now).compareTo(PROGRESS_EVERY) < 0
          && lastWrite != Instant.MIN) {
        return;
      }
      lastWrite = now;
      PlanJob next = current.value().withBest(now, p.hardScore(), p.objective(), null, p.score());
      current = update(current, next);
      if (current.value().status() == Status.CANCELLED) {
        handle.cancel();
      }
    }
  }

  @Override
  @PreDestroy
  public void close() {
    running.values().forEach(SolveHandle::cancel);
    executor.shutdown();
  }
}
