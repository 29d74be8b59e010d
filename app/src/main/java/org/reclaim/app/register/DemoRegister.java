package org.reclaim.app.register;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.reclaim.analysis.criteria.CriteriaOp;
import org.reclaim.app.likelihood.LikelihoodService;
import org.reclaim.app.plan.PlanJobService;
import org.reclaim.app.plan.PlanRequest;
import org.reclaim.app.plan.RegisterPlanning;
import org.reclaim.app.prioritise.PrioritisationService;
import org.reclaim.app.prioritise.ProfileCatalog;
import org.reclaim.demo.DemoDataSet;
import org.reclaim.demo.DemoLoader;
import org.reclaim.likelihood.LikelihoodTrainer;
import org.reclaim.store.ReclaimStore;
import org.reclaim.store.jobs.PlanJob;
import org.reclaim.store.likelihood.StoredModel;
import org.reclaim.store.ranking.RankingRepository;
import org.springframework.stereotype.Service;

/**
 * The demo register: a generated demo world loaded into a register of its own, and the work a
 * newcomer would otherwise find missing on first open — a ranking run under every built-in policy
 * profile and a plan of the best-ranked areas — done before the web app is served, so that every
 * page shows something.
 *
 * <p>Thread safe as its services are; meant to be called once per demo start.
 */
@Service
public final class DemoRegister {
  /** Who the demo's records are written by, in the audit log. */
  public static final String ACTOR = "demo-generator";

  /** Monte-Carlo samples of the demo's ranking runs (rank stability), as the API's default. */
  static final int SAMPLES = 200;

  /** The profile ranked last, so that it is the latest run the pages and the plan open on. */
  static final String PLANNED_PROFILE = "civilian-safety";

  private final ReclaimStore store;
  private final LikelihoodService likelihood;
  private final PrioritisationService prioritisation;
  private final RegisterPlanning planning;
  private final PlanJobService jobs;

  public DemoRegister(
      ReclaimStore store,
      LikelihoodService likelihood,
      PrioritisationService prioritisation,
      RegisterPlanning planning,
      PlanJobService jobs) {
    this.store = store;
    this.likelihood = likelihood;
    this.prioritisation = prioritisation;
    this.planning = planning;
    this.jobs = jobs;
  }

  /** Whether the register holds no hazardous area and no region. */
  public boolean isEmpty() {
    return store.hazardousAreas().count() == 0 && store.regions().count() == 0;
  }

  /** Deletes every record of the register (the audit log keeps its history). */
  public void clear() {
    store.clear(ACTOR);
  }

  /**
   * Writes the data set in one transaction; {@code progress} is told (layer, records) per layer.
   *
   * @return records written
   */
  public long load(DemoDataSet data, BiConsumer<String, Integer> progress) {
    return DemoLoader.load(store, data, progress);
  }

  /**
   * What {@link #prepare} made.
   *
   * @param model the likelihood model trained on the demo's completed work, active
   * @param runs the ranking runs, one per built-in profile, the planned profile's last
   * @param plan the plan job, finished (or still solving if it outlived its wait)
   */
  public record Prepared(StoredModel model, List<RankingRepository.Run> runs, PlanJob plan) {}

  /**
   * Trains the likelihood model on the register's completed work and makes it active, ranks the
   * register under every built-in profile with it (as of {@code today}, with rank stability), then
   * plans the best-ranked areas of the {@value #PLANNED_PROFILE} run from {@code today} and waits
   * for the plan.
   *
   * @param planSeconds the solver's time limit
   * @param progress told a line per step
   */
  public Prepared prepare(LocalDate today, int planSeconds, Consumer<String> progress) {
    StoredModel model = likelihood.trainNow(ACTOR, today, LikelihoodTrainer.Progress.NONE);
    likelihood.activate(model.id(), ACTOR);
    progress.accept(
        String.format(
            Locale.ROOT,
            "trained the likelihood model on %,d areas of completed work (model %d, grouped"
                + " cross-validation ROC-AUC %.3f), active",
            model.labelled(),
            model.id(),
            model.rocAuc()));
    List<String> order = new ArrayList<>(ProfileCatalog.BUILT_IN);
    order.remove(PLANNED_PROFILE);
    order.add(PLANNED_PROFILE);
    List<RankingRepository.Run> runs = new ArrayList<>();
    for (String profile : order) {
      RankingRepository.Run run =
          prioritisation.run(
              new PrioritisationService.RunRequest(profile, null, null, today, SAMPLES, 0.2, 1),
              ACTOR,
              CriteriaOp.Progress.NONE);
      runs.add(run);
      progress.accept(
          String.format("ranked %,d areas under %s (run %d)", run.areaCount(), profile, run.id()));
    }
    RankingRepository.Run planned = runs.get(runs.size() - 1);
    PlanJob job =
        planning
            .submit(
                new PlanRequest(
                    planned.id(), null, today, null, planSeconds, null, null, null, null),
                ACTOR)
            .job();
    progress.accept(
        String.format(
            "planning the best-ranked areas of run %d (job %d, %d s) ...",
            planned.id(), job.id(), planSeconds));
    return new Prepared(
        model, runs, awaitFinished(job.id(), Duration.ofSeconds(planSeconds + 120L)));
  }

  private PlanJob awaitFinished(long jobId, Duration patience) {
    Instant until = Instant.now().plus(patience);
    PlanJob job = jobs.getJob(jobId).value();
    while (!job.status().isFinal() && Instant.now().isBefore(until)) {
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      job = jobs.getJob(jobId).value();
    }
    return job;
  }
}
