package org.reclaim.app.prioritise;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.reclaim.analysis.criteria.ParcelEstimator;
import org.reclaim.analysis.profile.PolicyProfile;
import org.reclaim.app.likelihood.LikelihoodService;
import org.reclaim.store.ReclaimStore;
import org.springframework.stereotype.Service;

/**
 * Parcel-level land release estimates over the register ({@code reclaim estimate parcels}): the
 * register's hazardous areas, teams, accreditations and regions, the active likelihood model's
 * probabilities and a profile's method thresholds, applied by {@link ParcelEstimateJob} to a
 * cadastre file or to the register's own agricultural parcels.
 */
@Service
public class ParcelEstimation {
  /** Nearest accredited teams whose median rate prices a method. */
  public static final int NEAREST_TEAMS = 3;

  private final ReclaimStore store;
  private final ProfileCatalog catalog;
  private final LikelihoodService likelihood;
  private final Clock clock;

  public ParcelEstimation(
      ReclaimStore store, ProfileCatalog catalog, LikelihoodService likelihood, Clock clock) {
    this.store = store;
    this.catalog = catalog;
    this.likelihood = likelihood;
    this.clock = clock;
  }

  /** The inputs of a run with {@code profile}'s latest version, as of today. */
  public ParcelEstimateJob.Inputs inputs(String profile) {
    PolicyProfile p = catalog.getLatest(profile);
    LocalDate today = LocalDate.now(clock);
    Map<Long, Double> modelled =
        likelihood.scores(today).map(LikelihoodService.AreaScores::unreleased).orElse(Map.of());
    return new ParcelEstimateJob.Inputs(
        store.hazardousAreas().listAll(),
        modelled,
        store.teams().listAll(),
        store.accreditations().listAll(),
        store.regions().listAll(),
        p.criteriaParameters(today),
        today,
        NEAREST_TEAMS);
  }

  /**
   * Estimates the parcels of {@code cadastre} (a GeoPackage), or the register's own when it is
   * {@code null}, into {@code output} and {@code summary}; with {@code sparkInputs} (else {@code
   * null}) also writes there what the Spark job reads ({@link SparkInputs}), from the same pricing.
   *
   * @return the run, its time counted from reading the register to the last file written
   */
  public ParcelEstimateJob.Result run(
      Path cadastre,
      Path output,
      Path summary,
      String profile,
      Path sparkInputs,
      ParcelEstimateJob.Progress progress) {
    long start = System.nanoTime();
    ParcelEstimateJob.Inputs in = inputs(profile);
    ParcelEstimator estimator = ParcelEstimateJob.estimator(in);
    if (sparkInputs != null) {
      SparkInputs.write(estimator, in.regions(), sparkInputs);
    }
    ParcelEstimateJob.Result r;
    try (ParcelEstimateJob.Source source =
        cadastre == null
            ? CadastreSource.of(store.parcels().listAll())
            : CadastreSource.of(cadastre)) {
      r = ParcelEstimateJob.run(estimator, in.regions(), source, output, summary, progress);
    }
    return new ParcelEstimateJob.Result(
        r.parcels(),
        r.affected(),
        r.hazardousAreas(),
        r.summary(),
        (System.nanoTime() - start) / 1_000_000);
  }

  /** The parcels of a cadastre GeoPackage, for callers that bring their own inputs. */
  public static ParcelEstimateJob.Source cadastre(Path file) {
    return CadastreSource.of(file);
  }
}
