package org.reclaim.app.prioritise;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.reclaim.analysis.criteria.AreaCriteria;
import org.reclaim.analysis.criteria.ContextSnapshot;
import org.reclaim.analysis.criteria.CriteriaOp;
import org.reclaim.analysis.criteria.CriteriaParameters;
import org.reclaim.analysis.criteria.CriterionId;
import org.reclaim.analysis.profile.PolicyProfile;
import org.reclaim.analysis.ranking.AreaRanking;
import org.reclaim.analysis.ranking.LiveRanking;
import org.reclaim.analysis.ranking.Prioritisation;
import org.reclaim.analysis.ranking.RankStability;
import org.reclaim.analysis.ranking.RankedArea;
import org.reclaim.analysis.ranking.SensitivityOp;
import org.reclaim.analysis.scoring.Contribution;
import org.reclaim.app.likelihood.LikelihoodService;
import org.reclaim.domain.evidence.Evidence;
import org.reclaim.domain.hazard.HazardStatus;
import org.reclaim.domain.hazard.HazardousArea;
import org.reclaim.domain.region.Region;
import org.reclaim.store.ReclaimStore;
import org.reclaim.store.ranking.RankingRepository;
import org.springframework.stereotype.Service;

/**
 * Runs, stores, reproduces and compares rankings of the register's hazardous areas, and keeps the
 * latest run's ranking live as evidence changes. One instance per store; thread safe (runs and
 * evidence updates of the live ranking are serialised).
 */
@Service
public final class PrioritisationService {
  /**
   * From this many areas a run is followed by fresh planner statistics ({@link
   * ReclaimStore#refreshStatistics}): without them PostgreSQL sorted a 200,000-area run for each
   * page of its table until autovacuum came by.
   */
  static final int LARGE_RUN = 10_000;

  /**
   * What to rank.
   *
   * @param profile profile name
   * @param profileVersion a past version, or {@code null} for the latest
   * @param regionId only areas in this region or below it, or {@code null} for all
   * @param asOf the date ages are counted to, or {@code null} for today
   * @param samples Monte-Carlo samples for rank stability, 0 for none
   * @param spread relative weight perturbation of those samples (e.g. 0.2)
   * @param seed their random seed
   */
  public record RunRequest(
      String profile,
      Integer profileVersion,
      Long regionId,
      LocalDate asOf,
      int samples,
      double spread,
      long seed) {}

  /** The live ranking's answer to one evidence change. */
  public record LiveUpdate(long runId, LiveRanking.Update update) {}

  private final ReclaimStore store;
  private final ProfileCatalog catalog;
  private final LikelihoodService likelihood;
  private final RankingRepository runs;
  private final Clock clock;
  private LiveRanking live;
  private long liveRunId;

  /**
   * A service over {@code store}, with the profiles of {@code catalog} and the active model of
   * {@code likelihood} (when one is active, its probabilities are the contamination-likelihood
   * criterion and drive the method recommendation).
   */
  public PrioritisationService(
      ReclaimStore store, ProfileCatalog catalog, LikelihoodService likelihood, Clock clock) {
    this.store = store;
    this.catalog = catalog;
    this.likelihood = likelihood;
    this.runs = store.rankings();
    this.clock = clock;
  }

  /** The profiles. */
  public ProfileCatalog profiles() {
    return catalog;
  }

  /** Stored runs, newest first. */
  public List<RankingRepository.Run> listRuns() {
    return runs.listRuns();
  }

  /** One stored run. */
  public RankingRepository.Run getRun(long id) {
    return runs.getRun(id);
  }

  /**
   * Every area's rank in run {@code runId} (a run never changes once stored).
   *
   * @throws org.reclaim.store.NotFoundException for an unknown run
   */
  public RankingRepository.AreaRanks ranks(long runId) {
    runs.getRun(runId);
    return runs.ranks(runId);
  }

  /** A page of a run's entries, best first. */
  public List<RankingRepository.Entry> listEntries(long runId, long offset, int limit) {
    runs.getRun(runId);
    return widened(runs.listEntries(runId, offset, limit));
  }

  /**
   * A page of a run's areas as table rows (see {@link RankingRepository.Row}), filtered and ordered
   * as {@code query} asks.
   */
  public org.reclaim.store.ranking.RowPage pageRows(
      long runId, org.reclaim.store.ranking.RowQuery query) {
    runs.getRun(runId);
    return runs.pageRows(runId, query);
  }

  /** One area's entry in a run. */
  public RankingRepository.Entry getEntry(long runId, long areaId) {
    return widened(runs.getEntry(runId, areaId));
  }

  /** What moved between two runs and why; at most {@code limit} moves. */
  public RankingComparison compare(long fromRunId, long toRunId, int limit) {
    runs.getRun(fromRunId);
    runs.getRun(toRunId);
    return RankingComparison.of(
        fromRunId, allEntries(fromRunId), toRunId, allEntries(toRunId), limit);
  }

  /** Writes a run as CSV or GeoJSON ({@code format}: csv, geojson). */
  public void export(long runId, String format, java.io.OutputStream out) {
    RankingExport.Format f = RankingExport.Format.of(format);
    runs.getRun(runId);
    RankingExport.write(f, allEntries(runId), store.hazardousAreas().listAll(), out);
  }

  /** Computes, ranks, stores and makes live a ranking; returns the stored run. */
  public synchronized RankingRepository.Run run(
      RunRequest request, String actor, CriteriaOp.Progress progress) {
    PolicyProfile profile =
        request.profileVersion() == null
            ? catalog.getLatest(request.profile())
            : catalog.get(request.profile(), request.profileVersion());
    LocalDate asOf = request.asOf() != null ? request.asOf() : LocalDate.now(clock);
    CriteriaParameters parameters = profile.criteriaParameters(asOf);
    Optional<LikelihoodService.AreaScores> scores = likelihood.scores(asOf);
    ContextSnapshot snapshot = snapshot(request.regionId(), scores);
    long start = System.nanoTime();
    CriteriaOp op = CriteriaOp.of(snapshot, parameters);
    List<AreaCriteria> rows = op.computeAll(progress);
    long millis = (System.nanoTime() - start) / 1_000_000;
    AreaRanking ranking = Prioritisation.rank(rows, profile);
    Map<Long, RankStability> stability = new HashMap<>();
    if (request.samples() > 0) {
      new SensitivityOp(request.spread(), request.samples(), request.seed())
          .apply(rows, profile, ranking)
          .forEach(s -> stability.put(s.areaId(), s));
    }
    RankingRepository.Run run =
        new RankingRepository.Run(
            0,
            profile.name(),
            profile.version(),
            ProfileCatalog.toJson(profile),
            ProfileCatalog.JSON.writeValueAsString(parameters.toMap()),
            ranking.method(),
            request.regionId(),
            snapshot.takenAt(),
            Instant.now(clock),
            actor,
            rows.size(),
            millis,
            scores.map(LikelihoodService.AreaScores::modelId).orElse(null));
    long id =
        store.inTransaction(
            () -> {
              long runId = runs.insertRun(run);
              runs.insertEntries(runId, entries(ranking, stability));
              return runId;
            });
    if (rows.size() >= LARGE_RUN) {
      // so that the first pages of a national run are read by index, not by sorting it
      store.refreshStatistics();
    }
    live = new LiveRanking(op, rows, profile, ranking);
    liveRunId = id;
    return runs.getRun(id);
  }

  /**
   * Tells the live ranking (the latest run of this process) that a report was created or changed.
   *
   * @return how the areas within its reach moved, or empty when no ranking is live
   */
  public synchronized Optional<LiveUpdate> evidenceChanged(Evidence evidence) {
    if (live == null) {
      return Optional.empty();
    }
    return Optional.of(new LiveUpdate(liveRunId, live.upsertEvidence(evidence)));
  }

  /** The live ranking and the run it started from, if any run was made by this process. */
  public synchronized Optional<LiveView> live() {
    return live == null ? Optional.empty() : Optional.of(new LiveView(liveRunId, live.ranking()));
  }

  /** The live ranking with the id of the run it started from. */
  public record LiveView(long runId, AreaRanking ranking) {}

  /**
   * Re-scores a stored run from what was stored (profile JSON and raw criterion values) and
   * compares with the stored scores and ranks.
   *
   * @return the number of areas whose rank differs and the largest score difference
   */
  public Reproduction reproduce(long runId) {
    RankingRepository.Run run = runs.getRun(runId);
    PolicyProfile profile = ProfileCatalog.parse(run.profileJson());
    List<RankingRepository.Entry> stored = allEntries(runId);
    List<AreaCriteria> rows = new ArrayList<>(stored.size());
    for (RankingRepository.Entry e : stored) {
      long[][] none = new long[e.raw().length][0];
      rows.add(new AreaCriteria(e.areaId(), e.raw(), null, e.costFallback(), none));
    }
    AreaRanking again = Prioritisation.rank(rows, profile);
    Map<Long, Integer> rank = again.ranks();
    Map<Long, Double> score = new HashMap<>();
    again.areas().forEach(a -> score.put(a.areaId(), a.score()));
    int differing = 0;
    double maxDiff = 0;
    for (RankingRepository.Entry e : stored) {
      differing += rank.get(e.areaId()) == e.rank() ? 0 : 1;
      maxDiff = Math.max(maxDiff, Math.abs(score.get(e.areaId()) - e.score()));
    }
    return new Reproduction(
        runId, stored.size(), differing, maxDiff, differing == 0 && maxDiff == 0);
  }

  private List<RankingRepository.Entry> allEntries(long runId) {
    return widened(runs.listAllEntries(runId));
  }

  private static List<RankingRepository.Entry> widened(List<RankingRepository.Entry> entries) {
    return entries.stream().map(PrioritisationService::widened).toList();
  }

  /**
   * {@code e} with a value for every criterion Reclaim has: an entry of a run stored before a
   * criterion existed (e.g. {@code contamination_likelihood}, V6) has 0 for it — the weight its
   * profile gave it, so its score and rank stay exactly as stored.
   */
  private static RankingRepository.Entry widened(RankingRepository.Entry e) {
    int k = CriterionId.all().size();
    if (e.raw().length >= k) {
      return e;
    }
    return new RankingRepository.Entry(
        e.areaId(),
        e.rank(),
        e.score(),
        e.method(),
        e.methodReason(),
        e.costFallback(),
        java.util.Arrays.copyOf(e.raw(), k),
        java.util.Arrays.copyOf(e.normalised(), k),
        java.util.Arrays.copyOf(e.contributions(), k),
        e.sources(),
        e.stability());
  }

  /**
   * The outcome of re-scoring a stored run.
   *
   * @param runId the run
   * @param areas areas re-scored
   * @param ranksDiffering areas whose rank came out different (0 when reproduced)
   * @param maxScoreDifference largest absolute score difference (0 when reproduced exactly)
   * @param identical every rank and score came out the same
   */
  public record Reproduction(
      long runId, int areas, int ranksDiffering, double maxScoreDifference, boolean identical) {}

  /** A ranking's areas as stored entries: place, raw values, explanation, stability. */
  private static List<RankingRepository.Entry> entries(
      AreaRanking ranking, Map<Long, RankStability> stability) {
    List<RankingRepository.Entry> out = new ArrayList<>(ranking.areas().size());
    for (RankedArea a : ranking.areas()) {
      AreaCriteria c = a.criteria();
      RankStability s = stability.get(a.areaId());
      Map<String, long[]> sources = new LinkedHashMap<>();
      for (CriterionId id : CriterionId.all()) {
        long[] ids = c.sources(id);
        if (ids.length > 0) {
          sources.put(id.key(), ids);
        }
      }
      out.add(
          new RankingRepository.Entry(
              a.areaId(),
              a.rank(),
              a.score(),
              c.method() == null ? null : c.method().name(),
              c.methodReason(),
              c.costFallback(),
              c.values(),
              a.contributions().stream().mapToDouble(Contribution::normalised).toArray(),
              a.contributions().stream().mapToDouble(Contribution::contribution).toArray(),
              sources,
              s == null
                  ? null
                  : new RankingRepository.Stability(
                      s.medianRank(), s.p5Rank(), s.p95Rank(), s.probabilityTopN())));
    }
    return out;
  }

  /**
   * Writes what the Spark + Sedona edition of the criteria reads ({@link SparkCriteriaInputs}): the
   * snapshot a ranking of {@code regionId} under {@code profile}'s latest version as of {@code
   * asOf} would use, its parameters and its frame.
   */
  public void writeSparkInputs(
      Long regionId, String profile, LocalDate asOf, java.nio.file.Path dir) {
    LocalDate day = asOf != null ? asOf : LocalDate.now(clock);
    ContextSnapshot s = snapshot(regionId, likelihood.scores(day));
    SparkCriteriaInputs.write(
        s, catalog.getLatest(profile).criteriaParameters(day), CriteriaOp.frameFor(s), null, dir);
  }

  /**
   * The register's unreleased hazardous areas (optionally in one region) and their context, with
   * the active likelihood model's probabilities.
   */
  public ContextSnapshot snapshot(Long regionId) {
    return snapshot(regionId, likelihood.scores());
  }

  private ContextSnapshot snapshot(Long regionId, Optional<LikelihoodService.AreaScores> scores) {
    Instant takenAt = Instant.now(clock);
    Set<Long> regions = regionId == null ? null : regionAndBelow(regionId);
    List<HazardousArea> areas =
        store.hazardousAreas().listAll().stream()
            .filter(a -> a.status() != HazardStatus.RELEASED)
            .filter(
                a -> regions == null || (a.regionId() != null && regions.contains(a.regionId())))
            .toList();
    return new ContextSnapshot(
        takenAt,
        areas,
        store.evidence().listAll(),
        store.settlements().listAll(),
        store.roads().listAll(),
        store.infrastructure().listAll(),
        store.parcels().listAll(),
        store.recoveryProjects().listAll(),
        store.teams().listAll(),
        scores.map(LikelihoodService.AreaScores::unreleased).orElse(Map.of()));
  }

  private Set<Long> regionAndBelow(long regionId) {
    List<Region> all = store.regions().listAll();
    if (all.stream().noneMatch(r -> r.id() == regionId)) {
      throw new org.reclaim.store.NotFoundException("Region", regionId);
    }
    Set<Long> out = new HashSet<>();
    out.add(regionId);
    boolean grew = true;
    while (grew) {
      grew = false;
      for (Region r : all) {
        if (r.parentId() != null && out.contains(r.parentId()) && out.add(r.id())) {
          grew = true;
        }
      }
    }
    return out;
  }
}
