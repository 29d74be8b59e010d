package org.reclaim.app.likelihood;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jspecify.annotations.Nullable;
import org.reclaim.domain.hazard.HazardStatus;
import org.reclaim.domain.hazard.HazardousArea;
import org.reclaim.likelihood.LikelihoodModel;
import org.reclaim.likelihood.LikelihoodTrainer;
import org.reclaim.likelihood.features.RegisterFeatures;
import org.reclaim.likelihood.model.TrainingOptions;
import org.reclaim.likelihood.table.FeatureMatrix;
import org.reclaim.likelihood.table.Table;
import org.reclaim.store.NotFoundException;
import org.reclaim.store.ReclaimStore;
import org.reclaim.store.StaleVersionException;
import org.reclaim.store.Versioned;
import org.reclaim.store.likelihood.StoredModel;
import org.springframework.stereotype.Service;

/**
 * The register's contamination-likelihood models (docs/likelihood.md): trains them from the
 * register's completed work as background jobs, keeps every version with its card in the store,
 * makes one of them active, and answers the active model's probability and explanation for every
 * hazardous area.
 *
 * <p>Training reads the register's features ({@link RegisterFeatures}: front line, evidence, nearby
 * work, context) for every hazardous area; areas labelled by completed tasks (ordnance found, or
 * released with nothing found) are trained on, validated by cross-validation grouped by the area's
 * region. Jobs run one at a time on one background thread; a job left training by a stopped server
 * is trained again by the next one ({@link #resume}).
 *
 * <p>The active model's probabilities are computed for the whole register at once (an area's
 * features read its neighbours) and kept until the register or the active model changes (the audit
 * log's newest entry names the register's state). Thread safe.
 */
@Service
public final class LikelihoodService implements AutoCloseable {
  /** The label column of the register's features: 1 = ordnance found, 0 = released clean. */
  public static final String LABEL = "found";

  /** The group column: the area's region (raion or hromada). */
  public static final String GROUP = "region_id";

  /** The id column. */
  public static final String ID = "area_id";

  private static final String ACTOR = "likelihood";

  private final ReclaimStore store;
  private final Clock clock;
  private final ExecutorService executor =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "likelihood-training");
            t.setDaemon(true);
            return t;
          });
  private @Nullable Loaded loaded;
  private @Nullable AreaScores scores;

  /** A service over {@code store}. */
  public LikelihoodService(ReclaimStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  /** The active model, loaded, with its id. */
  private record Loaded(long id, LikelihoodModel model) {}

  /**
   * The active model's answers for the register's hazardous areas.
   *
   * @param modelId the model
   * @param registerSeq the register's state they were computed on ({@code audit_log.seq})
   * @param asOf the date the features were computed for
   * @param rows area id → row of {@code features}
   * @param areas every area, by row
   * @param probability calibrated probability of contamination, by row
   * @param features the rows as the model read them (for explanations)
   */
  public record AreaScores(
      long modelId,
      long registerSeq,
      LocalDate asOf,
      Map<Long, Integer> rows,
      List<HazardousArea> areas,
      double[] probability,
      FeatureMatrix features) {
    /** Area id → probability, for the areas not yet released. */
    public Map<Long, Double> unreleased() {
      Map<Long, Double> out = new HashMap<>();
      for (int i = 0; i < areas.size(); i++) {
        if (areas.get(i).status() != HazardStatus.RELEASED) {
          out.put(areas.get(i).id(), probability[i]);
        }
      }
      return out;
    }
  }

  /** The register's features for every hazardous area, as of {@code asOf}. */
  public Table features(LocalDate asOf) {
    return RegisterFeatures.compute(inputs(store.hazardousAreas().listAll(), asOf));
  }

  /**
   * The register's features on a grid of {@code cellM}-metre cells over its land not yet released
   * ({@link RegisterFeatures#grid}), as of {@code asOf}.
   */
  public Table grid(LocalDate asOf, double cellM) {
    return RegisterFeatures.grid(inputs(store.hazardousAreas().listAll(), asOf), cellM);
  }

  private RegisterFeatures.Inputs inputs(List<HazardousArea> areas, LocalDate asOf) {
    return new RegisterFeatures.Inputs(
        areas,
        store.evidence().listAll(),
        store.evidenceLinks().listAll(),
        store.roads().listAll(),
        store.settlements().listAll(),
        store.infrastructure().listAll(),
        store.occupationSnapshots().listAll(),
        store.landReleases().listAll(),
        asOf);
  }

  /**
   * Queues the training of a model from the register's completed work; the job's progress and
   * outcome are written to the store.
   */
  public StoredModel submit(String user) {
    StoredModel job = insertJob(user);
    executor.execute(() -> runJob(job.id(), null, LikelihoodTrainer.Progress.NONE));
    return job;
  }

  /**
   * Trains a model from the register's completed work in the calling thread (the demo and the
   * command line), and stores it like a job.
   *
   * @param asOf the date the features are computed for, or {@code null} for today
   * @return the stored model, READY
   * @throws IllegalArgumentException when the register cannot train a model (the reason is also
   *     stored on the failed job)
   */
  public StoredModel trainNow(
      String user, @Nullable LocalDate asOf, LikelihoodTrainer.Progress progress) {
    StoredModel job = insertJob(user);
    runJob(job.id(), asOf, progress);
    StoredModel done = get(job.id());
    if (done.status() != StoredModel.Status.READY) {
      throw new IllegalArgumentException(done.error());
    }
    return done;
  }

  private StoredModel insertJob(String user) {
    long id = store.ids().allocate("likelihood_model", 1);
    StoredModel job = StoredModel.training(id, user, clock.instant());
    store.likelihoodModels().insert(job, user);
    return job;
  }

  /** Queues again the jobs a stopped server left training; returns how many. */
  public int resume() {
    List<StoredModel> left = store.likelihoodModels().listTraining();
    left.forEach(
        m -> executor.execute(() -> runJob(m.id(), null, LikelihoodTrainer.Progress.NONE)));
    return left.size();
  }

  private void runJob(long id, @Nullable LocalDate date, LikelihoodTrainer.Progress caller) {
    try {
      LocalDate asOf = date != null ? date : LocalDate.now(clock);
      Table table = features(asOf);
      requireBothLabels(table);
      var current =
          new java.util.concurrent.atomic.AtomicReference<>(store.likelihoodModels().getById(id));
      LikelihoodTrainer.Progress progress =
          (step, done, total) -> {
            caller.progress(step, done, total);
            current.set(
                update(
                    current.get(),
                    current
                        .get()
                        .value()
                        .withProgress(step + " " + done + "/" + total, clock.instant())));
          };
      LikelihoodTrainer.Result result =
          new LikelihoodTrainer(clock)
              .train(
                  table,
                  TrainingOptions.of(LABEL, GROUP).withId(ID),
                  RegisterFeatures.SOURCES,
                  "contamination likelihood of the register's hazardous areas, as of " + asOf,
                  progress);
      try (LikelihoodModel model = result.model()) {
        LikelihoodModel.Files files = model.toFiles();
        var validation = result.validation();
        update(
            current.get(),
            current
                .get()
                .value()
                .ready(
                    clock.instant(),
                    model.card().data().rows(),
                    validation.boostedCalibrated().rocAuc(),
                    validation.boostedCalibrated().brier(),
                    files.card(),
                    files.model(),
                    files.booster()));
      }
    } catch (RuntimeException e) {
      Versioned<StoredModel> latest = store.likelihoodModels().getById(id);
      String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      update(
          latest,
          latest.value().failed(clock.instant(), why.substring(0, Math.min(3900, why.length()))));
    }
  }

  /** Refuses a register without both kinds of outcome, which no model can learn from. */
  private static void requireBothLabels(Table table) {
    double[] y = ((Table.Numeric) table.get(LABEL)).values();
    int found = 0;
    int clean = 0;
    for (double v : y) {
      found += v == 1 ? 1 : 0;
      clean += v == 0 ? 1 : 0;
    }
    if (found == 0 || clean == 0) {
      throw new IllegalArgumentException(
          "found: the register has "
              + found
              + " area(s) where completed work found ordnance and "
              + clean
              + " released with nothing found; training needs some of both");
    }
  }

  private Versioned<StoredModel> update(Versioned<StoredModel> from, StoredModel to) {
    try {
      return store.likelihoodModels().update(to, from.version(), ACTOR);
    } catch (StaleVersionException e) {
      Versioned<StoredModel> latest = store.likelihoodModels().getById(to.id());
      return store.likelihoodModels().update(to, latest.version(), ACTOR);
    }
  }

  /** Every model, newest first. */
  public List<StoredModel> list() {
    List<StoredModel> all = new ArrayList<>(store.likelihoodModels().listAll());
    all.sort(Comparator.comparingLong(StoredModel::id).reversed());
    return all;
  }

  /** Model {@code id}; throws {@link NotFoundException} if absent. */
  public StoredModel get(long id) {
    return store.likelihoodModels().getById(id).value();
  }

  /**
   * Makes model {@code id} the active one (rankings, method recommendations, the map), or with
   * {@code null} none.
   *
   * @throws IllegalArgumentException naming {@code modelId} when the model is not READY
   * @throws NotFoundException when there is no model {@code id}
   */
  public synchronized @Nullable StoredModel activate(@Nullable Long id, String user) {
    StoredModel target = null;
    if (id != null) {
      target = get(id);
      if (target.status() != StoredModel.Status.READY) {
        throw new IllegalArgumentException(
            "modelId: model "
                + id
                + " is "
                + target.status()
                + ", only a READY model can be active");
      }
    }
    StoredModel chosen = target;
    store.inTransaction(
        () -> {
          for (StoredModel m : store.likelihoodModels().listAll()) {
            boolean on = chosen != null && m.id() == chosen.id();
            if (m.active() != on) {
              Versioned<StoredModel> v = store.likelihoodModels().getById(m.id());
              store
                  .likelihoodModels()
                  .update(v.value().withActive(on, clock.instant()), v.version(), user);
            }
          }
        });
    scores = null;
    return id == null ? null : get(id);
  }

  /** The active model's id, if one is active. */
  public Optional<Long> activeId() {
    return store.likelihoodModels().findActive().map(StoredModel::id);
  }

  /** The active model, loaded (kept until another is made active). */
  public synchronized Optional<LikelihoodModel> activeModel() {
    Optional<StoredModel> active = store.likelihoodModels().findActive();
    if (active.isEmpty()) {
      return Optional.empty();
    }
    StoredModel m = active.get();
    if (loaded == null || loaded.id() != m.id()) {
      if (loaded != null) {
        loaded.model().close();
      }
      loaded =
          new Loaded(
              m.id(),
              LikelihoodModel.fromFiles(
                  new LikelihoodModel.Files(m.booster(), m.model(), m.card())));
    }
    return Optional.of(loaded.model());
  }

  /** {@link #scores(LocalDate)} as of today. */
  public Optional<AreaScores> scores() {
    return scores(LocalDate.now(clock));
  }

  /**
   * The active model's probabilities for every hazardous area of the register, with the features as
   * of {@code today}; empty when no model is active. Computed once per state of the register and
   * kept.
   */
  public synchronized Optional<AreaScores> scores(LocalDate today) {
    Optional<Long> activeId = activeId();
    if (activeId.isEmpty()) {
      return Optional.empty();
    }
    long seq = store.audit().latestSeq();
    AreaScores s = scores;
    if (s != null
        && s.modelId() == activeId.get()
        && s.registerSeq() == seq
        && s.asOf().equals(today)) {
      return Optional.of(s);
    }
    LikelihoodModel model = activeModel().orElseThrow();
    List<HazardousArea> areas = store.hazardousAreas().listAll();
    Table table = RegisterFeatures.compute(inputs(areas, today));
    LikelihoodModel.Predictions p = model.predict(table);
    Map<Long, Integer> rows = new HashMap<>(areas.size() * 2);
    for (int i = 0; i < areas.size(); i++) {
      rows.put(areas.get(i).id(), i);
    }
    scores =
        new AreaScores(
            activeId.get(), seq, today, rows, List.copyOf(areas), p.probability(), p.features());
    return Optional.of(scores);
  }

  /**
   * The active model's probability for area {@code areaId}, explained feature by feature.
   *
   * @throws NoActiveModelException when no model is active
   * @throws NotFoundException when there is no such area
   */
  public AreaExplanation explain(long areaId) {
    AreaScores s = scores().orElseThrow(NoActiveModelException::new);
    Integer row = s.rows().get(areaId);
    if (row == null) {
      throw new NotFoundException("HazardousArea", areaId);
    }
    FeatureMatrix one = s.features().rows(new int[] {row});
    LikelihoodModel.Explanation e = activeModel().orElseThrow().explain(one).get(0);
    return AreaExplanation.of(s.modelId(), areaId, e);
  }

  @Override
  @PreDestroy
  public void close() {
    executor.shutdownNow();
    synchronized (this) {
      if (loaded != null) {
        loaded.model().close();
        loaded = null;
      }
    }
  }
}
