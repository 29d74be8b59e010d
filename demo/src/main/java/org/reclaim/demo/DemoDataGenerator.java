package org.reclaim.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.reclaim.domain.context.AgriculturalParcel;
import org.reclaim.domain.context.CriticalInfrastructure;
import org.reclaim.domain.context.RecoveryProject;
import org.reclaim.domain.context.RoadSegment;
import org.reclaim.domain.region.Region;

/**
 * Generates a synthetic, realistic Reclaim data set over Ukraine's real oblast and raion boundaries
 * (geoBoundaries, Runfola et al. 2020, PLoS ONE 15(4): e0231866, CC BY 4.0).
 *
 * <p>Deterministic: equal {@link DemoParameters} and {@code today} give an equal {@link
 * DemoDataSet}. Every layer draws from its own SplittableRandom stream derived from the seed and
 * the layer's name, and nothing depends on hash order or on the clock.
 *
 * <p>Layers, in order: regions; settlements; roads and railways; the synthetic front line's
 * occupation snapshots ({@link FrontLine}); hazardous areas, each with its hidden truth drawn first
 * ({@link Contamination}) and then its evidence; parcels; infrastructure; recovery projects;
 * operators, accreditations and teams; a history of tasks and land releases ending the day before
 * {@code today}, which also sets each area's status. The realism choices and their sources are
 * documented on the package-private classes that make each layer ({@code DemoFigures}, {@code
 * HazardLayer}, {@code ProductivityModel}, {@code HistoryLayer} …) and in {@code bench/README.md}.
 *
 * <p>Cost: linear in the counts; the national preset (200,000 areas, 2,000,000 evidence, 1,000,000
 * parcels) took 24 s on two cores with 1.6 GiB of heap in use when measured. Thread safe: {@link
 * #generate} keeps no state between calls.
 */
public final class DemoDataGenerator {
  private DemoDataGenerator() {}

  /** Generates the data set for {@code parameters}, with history up to {@code today}. */
  public static DemoDataSet generate(DemoParameters parameters, LocalDate today) {
    return generate(parameters, today, DemoProgressListener.NONE);
  }

  /**
   * Generates the data set for {@code parameters}, with history up to {@code today}, telling {@code
   * listener} how far each layer has got.
   */
  public static DemoDataSet generate(
      DemoParameters parameters, LocalDate today, DemoProgressListener listener) {
    Objects.requireNonNull(parameters, "parameters");
    Objects.requireNonNull(today, "today");
    Objects.requireNonNull(listener, "listener");
    long seed = parameters.seed();
    Progress boundaries = new Progress(listener, "regions", 1);
    Boundaries b = Boundaries.load();
    List<Region> regions = b.regions();
    boundaries.done();

    Progress settlementProgress = new Progress(listener, "settlements", parameters.settlements());
    SettlementLayer settlements =
        SettlementLayer.generate(
            b, parameters.settlements(), Draw.stream(seed, "settlements"), settlementProgress);
    settlementProgress.done();
    Progress roadProgress = new Progress(listener, "roads", parameters.roadSegments());
    List<RoadSegment> roads =
        NetworkLayer.generate(
            b, settlements, parameters.roadSegments(), Draw.stream(seed, "roads"), roadProgress);
    roadProgress.done();
    FrontLine front = new FrontLine(b.country());
    Contamination contamination =
        new Contamination(front, roads, today, Draw.stream(seed, "truth"));
    HazardLayer hazards =
        HazardLayer.generate(
            b,
            settlements,
            contamination,
            parameters,
            today,
            Draw.stream(seed, "hazards"),
            listener);
    Progress parcelProgress = new Progress(listener, "parcels", parameters.parcels());
    List<AgriculturalParcel> parcels =
        LandLayer.parcels(
            settlements,
            hazards,
            parameters.parcels(),
            Draw.stream(seed, "parcels"),
            parcelProgress);
    parcelProgress.done();
    Progress other = new Progress(listener, "infrastructure and recovery projects", 1);
    List<CriticalInfrastructure> infrastructure =
        LandLayer.infrastructure(
            settlements, parameters.infrastructure(), Draw.stream(seed, "infrastructure"));
    List<RecoveryProject> projects =
        LandLayer.recoveryProjects(
            b, settlements, parameters.recoveryProjects(), today, Draw.stream(seed, "recovery"));
    other.done();
    Progress operatorProgress = new Progress(listener, "operators and teams", 1);
    OperatorLayer ops =
        OperatorLayer.generate(b, settlements, parameters, today, Draw.stream(seed, "operators"));
    operatorProgress.done();
    HistoryLayer history =
        HistoryLayer.generate(
            b, hazards, ops, parameters, today, Draw.stream(seed, "history"), listener);
    DemoPeople people = people(ops, settlements, hazards, today, seed, listener);
    return new DemoDataSet(
        parameters,
        today,
        regions,
        history.areas,
        hazards.evidence,
        hazards.links,
        settlements.settlements,
        roads,
        infrastructure,
        parcels,
        projects,
        ops.operators,
        ops.accreditations,
        ops.teams,
        history.tasks,
        history.releases,
        front.snapshots(),
        people,
        new DemoTruth(hazards.truth));
  }

  private static DemoPeople people(
      OperatorLayer ops,
      SettlementLayer settlements,
      HazardLayer hazards,
      LocalDate today,
      long seed,
      DemoProgressListener listener) {
    Progress progress = new Progress(listener, "people", 1);
    DemoPeople people =
        PeopleLayer.generate(
            ops.operators,
            ops.teams,
            settlements.settlements,
            hazards.evidence,
            hazards.links,
            today,
            Draw.stream(seed, "people"));
    progress.done();
    return people;
  }
}
