package org.reclaim.analysis.criteria;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.GeometryItemDistance;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.reclaim.analysis.criteria.CriteriaIndex.Feature;
import org.reclaim.domain.context.CriticalInfrastructure;
import org.reclaim.domain.context.RecoveryProject;
import org.reclaim.domain.context.RoadSegment;
import org.reclaim.domain.context.Settlement;
import org.reclaim.domain.evidence.Evidence;
import org.reclaim.domain.evidence.EvidenceClass;
import org.reclaim.domain.geometry.LocalProjection;
import org.reclaim.domain.hazard.HazardClass;
import org.reclaim.domain.hazard.HazardousArea;

/**
 * Computes every {@link CriterionId} for every hazardous area of a {@link ContextSnapshot} by
 * spatial analysis: the layers are projected once into an equal-area frame and indexed ({@link
 * CriteriaIndex}); each area is then a few index queries and exact JTS tests in metres. Formulas,
 * units and directions are documented in {@code docs/prioritisation.md}.
 *
 * <p>An instance keeps the index, so that a new or changed evidence report re-scores only the areas
 * it can reach ({@link #upsertEvidence}). {@link #computeAll} runs on the common fork-join pool;
 * {@link #upsertEvidence} must not run concurrently with other calls.
 */
public final class CriteriaOp {
  /** Receives progress: areas done out of the total; called from the worker threads. */
  @FunctionalInterface
  public interface Progress {
    Progress NONE = (done, total) -> {};

    void areasDone(int done, int total);
  }

  private static final int K = CriterionId.all().size();
  private static final double M2_PER_HA = 10_000;
  private static final double M2_PER_KM2 = 1_000_000;
  private static final double MIN_DENSITY_AREA_KM2 = 0.01;
  private static final GeometryFactory METRIC = new GeometryFactory();

  private final CriteriaParameters parameters;
  private final CriteriaIndex index;
  private final ReleaseCostModel costs;
  private final List<HazardousArea> areas;
  private final Map<Long, Double> likelihood;
  private final Geometry[] metricAreas;
  private STRtree areaTree;

  private CriteriaOp(ContextSnapshot snapshot, CriteriaParameters parameters) {
    this.parameters = Objects.requireNonNull(parameters, "parameters");
    this.areas = List.copyOf(snapshot.areas());
    this.likelihood = Map.copyOf(snapshot.likelihood());
    this.index = new CriteriaIndex(frameFor(snapshot), snapshot);
    this.costs = ReleaseCostModel.of(snapshot.teams());
    this.metricAreas = new Geometry[areas.size()];
    IntStream.range(0, areas.size())
        .parallel()
        .forEach(i -> metricAreas[i] = index.project(areas.get(i).geometry()));
  }

  /** Projects and indexes the snapshot; criteria are computed by {@link #computeAll}. */
  public static CriteriaOp of(ContextSnapshot snapshot, CriteriaParameters parameters) {
    return new CriteriaOp(Objects.requireNonNull(snapshot, "snapshot"), parameters);
  }

  /** Shortcut: the criteria of every area of {@code snapshot}, in the snapshot's area order. */
  public static List<AreaCriteria> compute(
      ContextSnapshot snapshot, CriteriaParameters parameters) {
    return of(snapshot, parameters).computeAll(Progress.NONE);
  }

  /** The equal-area frame the measures are taken in (for an equivalent PostGIS query). */
  public LocalProjection frame() {
    return index.frame();
  }

  /** The parameters in use. */
  public CriteriaParameters parameters() {
    return parameters;
  }

  /** The areas, in row order. */
  public List<HazardousArea> areas() {
    return areas;
  }

  /** The criteria of every area, in row order, computed in parallel. */
  public List<AreaCriteria> computeAll(Progress progress) {
    AreaCriteria[] out = new AreaCriteria[areas.size()];
    AtomicInteger done = new AtomicInteger();
    int total = out.length;
    int step = Math.max(1, total / 100);
    IntStream.range(0, total)
        .parallel()
        .forEach(
            i -> {
              out[i] = computeRow(i);
              int d = done.incrementAndGet();
              if (d % step == 0 || d == total) {
                progress.areasDone(d, total);
              }
            });
    return List.of(out);
  }

  /** The criteria of the area in row {@code row}. */
  public AreaCriteria computeRow(int row) {
    HazardousArea area = areas.get(row);
    Geometry g = metricAreas[row];
    double[] v = new double[K];
    long[][] src = new long[K][];
    AreaDistance distance = new AreaDistance(g);
    Envelope env = distance.envelope();
    settlements(g, env, distance, v, src);
    infrastructure(g, env, v, src);
    roads(g, env, v, src);
    parcels(g, env, v, src);
    projects(g, env, v, src);
    double areaM2 = g.getArea();
    evidence(area, g, env, areaM2, distance, v, src);
    Double modelled = likelihood.get(area.id());
    v[CriterionId.CONTAMINATION_LIKELIHOOD.ordinal()] =
        MethodRecommendation.probability(area, modelled);
    var estimate =
        MethodRecommendation.recommend(
            area,
            areaM2,
            modelled,
            v[CriterionId.DIRECT_EVIDENCE.ordinal()] > 0,
            parameters,
            costs);
    double cost = estimate.map(MethodRecommendation.Recommendation::expectedCostUsd).orElse(0.0);
    v[CriterionId.RELEASE_COST_USD.ordinal()] = cost;
    v[CriterionId.RELEASE_DURATION_DAYS.ordinal()] =
        estimate.map(MethodRecommendation.Recommendation::durationDays).orElse(0.0);
    double unlocked =
        v[CriterionId.AGRICULTURAL_VALUE_USD.ordinal()]
            + v[CriterionId.RECOVERY_BUDGET_USD.ordinal()];
    v[CriterionId.BENEFIT_PER_COST.ordinal()] = unlocked / Math.max(cost, 1.0);
    for (int j = 0; j < K; j++) {
      if (src[j] == null) {
        src[j] = new long[0];
      }
    }
    return new AreaCriteria(
        area.id(),
        v,
        estimate.map(MethodRecommendation.Recommendation::method).orElse(null),
        estimate.map(MethodRecommendation.Recommendation::fallback).orElse(false),
        src,
        estimate.map(MethodRecommendation.Recommendation::reason).orElse(null));
  }

  /**
   * Adds a new evidence report, or a new version of one, and returns the rows of the areas whose
   * criteria it can change (those within {@link CriteriaParameters#evidenceReachM()} of its new or
   * its earlier location), in ascending order. Recompute them with {@link #computeRow}.
   */
  public List<Integer> upsertEvidence(Evidence evidence) {
    var before = index.upsertEvidence(evidence);
    TreeSet<Integer> rows = new TreeSet<>();
    Coordinate now = index.frame().project(evidence.location().getCentroid().getCoordinate());
    rows.addAll(areasWithinReach(now.x, now.y));
    before.ifPresent(p -> rows.addAll(areasWithinReach(p.x(), p.y())));
    return new ArrayList<>(rows);
  }

  /** The areas' R-tree, built on the first incremental update (a full run does not need it). */
  private STRtree areaTree() {
    if (areaTree == null) {
      STRtree tree = new STRtree();
      for (int i = 0; i < metricAreas.length; i++) {
        tree.insert(metricAreas[i].getEnvelopeInternal(), i);
      }
      tree.build();
      areaTree = tree;
    }
    return areaTree;
  }

  private List<Integer> areasWithinReach(double x, double y) {
    double reach = parameters.evidenceReachM();
    Envelope box = new Envelope(x - reach, x + reach, y - reach, y + reach);
    Geometry p = METRIC.createPoint(new Coordinate(x, y));
    List<Integer> out = new ArrayList<>();
    for (Object o : areaTree().query(box)) {
      int row = (Integer) o;
      if (metricAreas[row].isWithinDistance(p, reach)) {
        out.add(row);
      }
    }
    return out;
  }

  private void settlements(
      Geometry g, Envelope env, AreaDistance distance, double[] v, long[][] src) {
    double radius = parameters.settlementRadiusM();
    Envelope box = grown(env, radius);
    double exposed = 0;
    IdList ids = new IdList();
    double nearest = Double.POSITIVE_INFINITY;
    long nearestId = 0;
    for (Feature<Settlement> f : index.settlementsNear(box)) {
      Coordinate c = f.metric().getCoordinate();
      if (distance.beyond(c.x, c.y, radius)) {
        continue;
      }
      double d = distance.distance(c.x, c.y);
      if (d <= radius) {
        exposed += f.record().population() * Math.exp(-d / parameters.populationDecayM());
        ids.add(f.id());
      }
      if (d < nearest) {
        nearest = d;
        nearestId = f.id();
      }
    }
    v[CriterionId.POPULATION_EXPOSED.ordinal()] = exposed;
    src[CriterionId.POPULATION_EXPOSED.ordinal()] = ids.toSortedArray();
    double limit = parameters.nearestSettlementLimitM();
    if (nearest > radius && index.settlementCount() > 0) {
      // nothing in the radius box: ask the tree for the nearest one anywhere
      Geometry s =
          (Geometry) index.settlementTree().nearestNeighbour(env, g, new GeometryItemDistance());
      Coordinate c = s.getCoordinate();
      nearest = distance.distance(c.x, c.y);
      @SuppressWarnings("unchecked")
      Feature<Settlement> f = (Feature<Settlement>) s.getUserData();
      nearestId = f.id();
    }
    if (nearest < limit) {
      src[CriterionId.DISTANCE_TO_SETTLEMENT_M.ordinal()] = new long[] {nearestId};
    } else {
      nearest = limit;
    }
    v[CriterionId.DISTANCE_TO_SETTLEMENT_M.ordinal()] = nearest;
  }

  private void infrastructure(Geometry g, Envelope env, double[] v, long[][] src) {
    double buffer = parameters.infrastructureBufferM();
    IdList ids = new IdList();
    for (Feature<CriticalInfrastructure> f : index.infrastructureNear(grown(env, buffer))) {
      if (g.isWithinDistance(f.metric(), buffer)) {
        ids.add(f.id());
      }
    }
    v[CriterionId.INFRASTRUCTURE_BLOCKED.ordinal()] = ids.size();
    src[CriterionId.INFRASTRUCTURE_BLOCKED.ordinal()] = ids.toSortedArray();
  }

  private void roads(Geometry g, Envelope env, double[] v, long[][] src) {
    double buffer = parameters.roadBufferM();
    List<Feature<RoadSegment>> near = new ArrayList<>();
    for (Feature<RoadSegment> f : index.roadsNear(grown(env, buffer))) {
      if (g.isWithinDistance(f.metric(), buffer)) {
        near.add(f);
      }
    }
    double lengthM = 0;
    IdList ids = new IdList();
    if (!near.isEmpty()) {
      Geometry zone = buffer > 0 ? g.buffer(buffer) : g;
      AreaDistance measure = new AreaDistance(zone);
      for (Feature<RoadSegment> f : near) {
        double inside = measure.lengthInside(f.metric());
        if (inside > 0) {
          lengthM += inside;
          ids.add(f.id());
        }
      }
    }
    v[CriterionId.ROADS_BLOCKED_M.ordinal()] = lengthM;
    src[CriterionId.ROADS_BLOCKED_M.ordinal()] = ids.toSortedArray();
  }

  private void parcels(Geometry g, Envelope env, double[] v, long[][] src) {
    List<CriteriaIndex.Parcel> near = index.parcelsNear(env);
    double areaM2 = 0;
    double valueUsd = 0;
    IdList ids = new IdList();
    PreparedGeometry prepared = null;
    for (CriteriaIndex.Parcel p : near) {
      double inside;
      if (p.ccwConvexRing() != null) {
        inside = ConvexClip.intersectionArea(g, p.ccwConvexRing());
      } else {
        prepared = prepared != null ? prepared : PreparedGeometryFactory.prepare(g);
        inside = overlapM2(g, prepared, p.metric());
      }
      if (inside > 0) {
        areaM2 += inside;
        valueUsd += inside / M2_PER_HA * p.valueUsdPerHa();
        ids.add(p.id());
      }
    }
    v[CriterionId.AGRICULTURAL_AREA_M2.ordinal()] = areaM2;
    v[CriterionId.AGRICULTURAL_VALUE_USD.ordinal()] = valueUsd;
    long[] parcelIds = ids.toSortedArray();
    src[CriterionId.AGRICULTURAL_AREA_M2.ordinal()] = parcelIds;
    src[CriterionId.AGRICULTURAL_VALUE_USD.ordinal()] = parcelIds;
  }

  /** Area of {@code area ∩ parcel} for a parcel that is not convex, by JTS overlay. */
  private static double overlapM2(Geometry area, PreparedGeometry prepared, Geometry parcel) {
    if (!prepared.intersects(parcel)) {
      return 0;
    }
    if (prepared.covers(parcel)) {
      return parcel.getArea();
    }
    return OverlayNGRobust.overlay(area, parcel, OverlayNG.INTERSECTION).getArea();
  }

  private void projects(Geometry g, Envelope env, double[] v, long[][] src) {
    double buffer = parameters.recoveryBufferM();
    double budget = 0;
    IdList ids = new IdList();
    for (Feature<RecoveryProject> f : index.projectsNear(grown(env, buffer))) {
      if (f.record().status() != RecoveryProject.Status.DONE
          && g.isWithinDistance(f.metric(), buffer)) {
        budget += f.record().budgetUsd();
        ids.add(f.id());
      }
    }
    v[CriterionId.RECOVERY_BUDGET_USD.ordinal()] = budget;
    src[CriterionId.RECOVERY_BUDGET_USD.ordinal()] = ids.toSortedArray();
  }

  private void evidence(
      HazardousArea area,
      Geometry g,
      Envelope env,
      double areaM2,
      AreaDistance distance,
      double[] v,
      long[][] src) {
    double accidentRadius = parameters.accidentRadiusM();
    double buffer = parameters.evidenceBufferM();
    EvidenceSums sums = new EvidenceSums(area.hazardClass() == HazardClass.CHA);
    index.forEachAccidentNear(
        grown(env, accidentRadius),
        p -> {
          Evidence e = p.evidence();
          if (!e.observedOn().isAfter(parameters.asOf())
              && !distance.beyond(p.x(), p.y(), accidentRadius)
              && distance.distance(p.x(), p.y()) <= accidentRadius) {
            long ageDays = ChronoUnit.DAYS.between(e.observedOn(), parameters.asOf());
            sums.severity +=
                (1 + e.casualties()) * Math.pow(0.5, ageDays / parameters.accidentHalfLifeDays());
            sums.accidents.add(e.id());
          }
        });
    index.forEachEvidenceNear(
        grown(env, buffer),
        p -> {
          Evidence e = p.evidence();
          if (!e.observedOn().isAfter(parameters.asOf())
              && !distance.beyond(p.x(), p.y(), buffer)
              && distance.distance(p.x(), p.y()) <= buffer) {
            sums.reliability += e.reliability();
            sums.inside.add(e.id());
            if (e.evidenceClass() == EvidenceClass.DIRECT) {
              sums.direct = true;
              sums.directIds.add(e.id());
            }
          }
        });
    double severity = sums.severity;
    double reliability = sums.reliability;
    boolean direct = sums.direct;
    IdList accidents = sums.accidents;
    IdList inside = sums.inside;
    IdList directIds = sums.directIds;
    double areaKm2 = Math.max(areaM2 / M2_PER_KM2, MIN_DENSITY_AREA_KM2);
    v[CriterionId.ACCIDENT_SEVERITY.ordinal()] = severity;
    v[CriterionId.EVIDENCE_DENSITY.ordinal()] = reliability / areaKm2;
    v[CriterionId.DIRECT_EVIDENCE.ordinal()] = direct ? 1 : 0;
    src[CriterionId.ACCIDENT_SEVERITY.ordinal()] = accidents.toSortedArray();
    src[CriterionId.EVIDENCE_DENSITY.ordinal()] = inside.toSortedArray();
    src[CriterionId.DIRECT_EVIDENCE.ordinal()] = directIds.toSortedArray();
  }

  /** What the evidence near one area adds up to; filled by the index's visitors. */
  private static final class EvidenceSums {
    private double severity;
    private double reliability;
    private boolean direct;
    private final IdList accidents = new IdList();
    private final IdList inside = new IdList();
    private final IdList directIds = new IdList();

    EvidenceSums(boolean direct) {
      this.direct = direct;
    }
  }

  private static Envelope grown(Envelope env, double byM) {
    Envelope e = new Envelope(env);
    e.expandBy(byM);
    return e;
  }

  /** The equal-area frame a ranking of {@code snapshot} measures in: centred on its areas. */
  public static LocalProjection frameFor(ContextSnapshot snapshot) {
    Envelope extent = new Envelope();
    snapshot.areas().forEach(a -> extent.expandToInclude(a.geometry().getEnvelopeInternal()));
    if (extent.isNull()) {
      return LocalProjection.near(0, 0);
    }
    return LocalProjection.near(extent.centre().x, extent.centre().y);
  }
}
