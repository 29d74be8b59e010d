package org.reclaim.analysis.criteria;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.IntStream;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.index.strtree.STRtree;
import org.reclaim.domain.context.AgriculturalParcel;
import org.reclaim.domain.context.CriticalInfrastructure;
import org.reclaim.domain.context.RecoveryProject;
import org.reclaim.domain.context.RoadSegment;
import org.reclaim.domain.context.Settlement;
import org.reclaim.domain.evidence.Evidence;
import org.reclaim.domain.geometry.LocalProjection;

/**
 * The context layers of a {@link ContextSnapshot} projected once into one equal-area frame and
 * indexed — packed uniform grids ({@link GridIndex}) for the layers of small features, JTS packed
 * R-trees ({@link STRtree}) for roads and the nearest-settlement search — so that every area's
 * criteria are a handful of envelope queries plus exact metric tests on the candidates.
 *
 * <p>The frame is a Lambert azimuthal equal-area projection centred on the areas' extent ({@link
 * LocalProjection}): areas are exact, distances within 0.2 % across a country the size of Ukraine
 * (scale error {@code 1 - cos(c/2)} at angular distance {@code c} ≤ 7° from the centre).
 *
 * <p>Evidence may grow after the index is built ({@link #addEvidence}); new and superseded reports
 * are kept beside the packed tree. Reads are thread safe; {@link #addEvidence} must not run
 * concurrently with reads.
 */
final class CriteriaIndex {
  /** A projected feature with its register id and source record. */
  record Feature<T>(long id, Geometry metric, T record) {}

  /**
   * A projected agricultural parcel: convex fields (most) as a counter-clockwise ring of x, y pairs
   * — a tenth of the memory of a JTS polygon, and what {@link ConvexClip} works on — others as a
   * projected polygon.
   */
  record Parcel(long id, double valueUsdPerHa, double[] ccwConvexRing, Geometry metric) {}

  /** A projected evidence point. */
  record EvidencePoint(Evidence evidence, double x, double y) {}

  private static final double EVIDENCE_CELL_M = 1_000;
  private static final double SITE_CELL_M = 2_000;
  private static final double SETTLEMENT_CELL_M = 5_000;

  private final LocalProjection frame;
  private final List<Feature<Settlement>> settlements;
  private volatile STRtree settlementTree;
  private final STRtree roads;
  private final GridIndex<Feature<Settlement>> settlementGrid;
  private final GridIndex<Feature<CriticalInfrastructure>> infrastructure;
  private final GridIndex<Parcel> parcels;
  private final GridIndex<Feature<RecoveryProject>> projects;
  private final GridIndex<EvidencePoint> evidenceTree;
  private final GridIndex<EvidencePoint> accidentTree;
  private final EvidencePoint[] packedById;
  private final List<EvidencePoint> addedEvidence = new ArrayList<>();
  private final Set<Long> supersededEvidence = new HashSet<>();

  @SuppressWarnings("unchecked")
  CriteriaIndex(LocalProjection frame, ContextSnapshot s) {
    this.frame = frame;
    EvidencePoint[] points = points(s.evidence());
    // one task per layer, run on the calling thread and the common pool together (a parallel
    // stream, so the caller works too: on two cores the pool has a single worker of its own)
    Object[] built = new Object[7];
    List<Runnable> tasks =
        List.of(
            () -> built[0] = tree(project(s.roads(), RoadSegment::id, RoadSegment::geometry)),
            () ->
                built[1] =
                    grid(
                        project(
                            s.infrastructure(),
                            CriticalInfrastructure::id,
                            CriticalInfrastructure::geometry),
                        SITE_CELL_M),
            () -> built[2] = parcelGrid(s.parcels()),
            () ->
                built[3] =
                    grid(
                        project(
                            s.recoveryProjects(), RecoveryProject::id, RecoveryProject::geometry),
                        SITE_CELL_M),
            () -> built[4] = evidenceGrid(points, false),
            () -> built[5] = evidenceGrid(points, true),
            () -> built[6] = project(s.settlements(), Settlement::id, Settlement::location));
    tasks.parallelStream().forEach(Runnable::run);
    this.roads = (STRtree) built[0];
    this.infrastructure = (GridIndex<Feature<CriticalInfrastructure>>) built[1];
    this.parcels = (GridIndex<Parcel>) built[2];
    this.projects = (GridIndex<Feature<RecoveryProject>>) built[3];
    this.evidenceTree = (GridIndex<EvidencePoint>) built[4];
    this.accidentTree = (GridIndex<EvidencePoint>) built[5];
    this.settlements = (List<Feature<Settlement>>) built[6];
    this.settlementGrid = grid(settlements, SETTLEMENT_CELL_M);
    this.packedById = points.clone();
    Arrays.sort(packedById, Comparator.comparingLong(p -> p.evidence().id()));
  }

  LocalProjection frame() {
    return frame;
  }

  /** Projects a lon/lat geometry into the frame (metres). */
  Geometry project(Geometry lonLat) {
    return frame.project(lonLat);
  }

  int settlementCount() {
    return settlements.size();
  }

  /**
   * Settlements in an R-tree for the nearest-settlement search beyond the population radius; built
   * on first use (most areas find their nearest settlement in the grid), once, by whichever thread
   * asks first.
   */
  STRtree settlementTree() {
    STRtree tree = settlementTree;
    if (tree == null) {
      synchronized (this) {
        tree = settlementTree;
        if (tree == null) {
          tree = new STRtree();
          for (Feature<Settlement> f : settlements) {
            Geometry point = f.metric().copy();
            point.setUserData(f);
            tree.insert(point.getEnvelopeInternal(), point);
          }
          tree.build();
          settlementTree = tree;
        }
      }
    }
    return tree;
  }

  @SuppressWarnings("unchecked")
  private static <T> List<Feature<T>> query(STRtree tree, Envelope box) {
    return tree.query(box);
  }

  List<Feature<Settlement>> settlementsNear(Envelope box) {
    return near(settlementGrid, box);
  }

  private static <T> List<T> near(GridIndex<T> grid, Envelope box) {
    List<T> out = new ArrayList<>();
    grid.query(box, out::add);
    return out;
  }

  List<Feature<RoadSegment>> roadsNear(Envelope box) {
    return query(roads, box);
  }

  List<Feature<CriticalInfrastructure>> infrastructureNear(Envelope box) {
    return near(infrastructure, box);
  }

  List<Parcel> parcelsNear(Envelope box) {
    return near(parcels, box);
  }

  List<Feature<RecoveryProject>> projectsNear(Envelope box) {
    return near(projects, box);
  }

  /**
   * Calls {@code visit} with every current evidence point inside {@code box}: packed ones not
   * superseded, plus added ones. A visitor rather than a list: the national ranking asks this
   * 200,000 times, and growing the lists was a tenth of its time.
   */
  void forEachEvidenceNear(Envelope box, Consumer<EvidencePoint> visit) {
    current(evidenceTree, box, false, visit);
  }

  /** As {@link #forEachEvidenceNear}, accident reports only. */
  void forEachAccidentNear(Envelope box, Consumer<EvidencePoint> visit) {
    current(accidentTree, box, true, visit);
  }

  private void current(
      GridIndex<EvidencePoint> grid,
      Envelope box,
      boolean accidentsOnly,
      Consumer<EvidencePoint> visit) {
    if (supersededEvidence.isEmpty()) {
      grid.query(box, visit);
    } else {
      grid.query(
          box,
          p -> {
            if (!supersededEvidence.contains(p.evidence().id())) {
              visit.accept(p);
            }
          });
    }
    for (EvidencePoint p : addedEvidence) {
      if (box.contains(p.x(), p.y()) && (!accidentsOnly || isAccident(p))) {
        visit.accept(p);
      }
    }
  }

  private static boolean isAccident(EvidencePoint p) {
    return p.evidence().type() == org.reclaim.domain.evidence.EvidenceType.ACCIDENT;
  }

  /**
   * Adds a report after the index was built, or a new version of one already indexed: the earlier
   * version stops counting.
   *
   * @return the earlier version's point, if there was one (its neighbourhood changes too)
   */
  java.util.Optional<EvidencePoint> upsertEvidence(Evidence evidence) {
    EvidencePoint before = findEvidence(evidence.id());
    supersededEvidence.add(evidence.id());
    addedEvidence.removeIf(p -> p.evidence().id() == evidence.id());
    addedEvidence.add(point(evidence));
    return java.util.Optional.ofNullable(before);
  }

  private EvidencePoint findEvidence(long id) {
    for (EvidencePoint p : addedEvidence) {
      if (p.evidence().id() == id) {
        return p;
      }
    }
    if (supersededEvidence.contains(id)) {
      return null;
    }
    int lo = 0;
    int hi = packedById.length - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      long midId = packedById[mid].evidence().id();
      if (midId < id) {
        lo = mid + 1;
      } else if (midId > id) {
        hi = mid - 1;
      } else {
        return packedById[mid];
      }
    }
    return null;
  }

  private EvidencePoint point(Evidence e) {
    Coordinate c = frame.project(e.location().getCentroid().getCoordinate());
    return new EvidencePoint(e, c.x, c.y);
  }

  private EvidencePoint[] points(List<Evidence> evidence) {
    EvidencePoint[] points = new EvidencePoint[evidence.size()];
    IntStream.range(0, points.length).parallel().forEach(i -> points[i] = point(evidence.get(i)));
    return points;
  }

  private static GridIndex<EvidencePoint> evidenceGrid(
      EvidencePoint[] points, boolean accidentsOnly) {
    EvidencePoint[] chosen =
        accidentsOnly
            ? Arrays.stream(points).filter(CriteriaIndex::isAccident).toArray(EvidencePoint[]::new)
            : points;
    double[] boxes = new double[4 * chosen.length];
    for (int i = 0; i < chosen.length; i++) {
      boxes[4 * i] = chosen[i].x();
      boxes[4 * i + 1] = chosen[i].y();
      boxes[4 * i + 2] = chosen[i].x();
      boxes[4 * i + 3] = chosen[i].y();
    }
    return new GridIndex<>(boxes, chosen, accidentsOnly ? SITE_CELL_M : EVIDENCE_CELL_M);
  }

  private GridIndex<Parcel> parcelGrid(List<AgriculturalParcel> all) {
    Parcel[] parcels = new Parcel[all.size()];
    double[] boxes = new double[4 * parcels.length];
    IntStream.range(0, parcels.length)
        .parallel()
        .forEach(
            i -> {
              AgriculturalParcel p = all.get(i);
              Parcel parcel = null;
              if (p.geometry() instanceof Polygon polygon && polygon.getNumInteriorRing() == 0) {
                double[] xy = ConvexClip.openRing(polygon);
                frame.projectInPlace(xy);
                if (ConvexClip.isConvex(xy)) {
                  parcel =
                      new Parcel(p.id(), p.valueUsdPerHa(), ConvexClip.counterClockwise(xy), null);
                  envelope(xy, boxes, i);
                }
              }
              if (parcel == null) {
                Geometry metric = frame.project(p.geometry());
                parcel = new Parcel(p.id(), p.valueUsdPerHa(), null, metric);
                Envelope e = metric.getEnvelopeInternal();
                boxes[4 * i] = e.getMinX();
                boxes[4 * i + 1] = e.getMinY();
                boxes[4 * i + 2] = e.getMaxX();
                boxes[4 * i + 3] = e.getMaxY();
              }
              parcels[i] = parcel;
            });
    return new GridIndex<>(boxes, parcels, SITE_CELL_M);
  }

  private static void envelope(double[] xy, double[] boxes, int i) {
    double x0 = Double.POSITIVE_INFINITY;
    double y0 = Double.POSITIVE_INFINITY;
    double x1 = Double.NEGATIVE_INFINITY;
    double y1 = Double.NEGATIVE_INFINITY;
    for (int k = 0; k < xy.length; k += 2) {
      x0 = Math.min(x0, xy[k]);
      x1 = Math.max(x1, xy[k]);
      y0 = Math.min(y0, xy[k + 1]);
      y1 = Math.max(y1, xy[k + 1]);
    }
    boxes[4 * i] = x0;
    boxes[4 * i + 1] = y0;
    boxes[4 * i + 2] = x1;
    boxes[4 * i + 3] = y1;
  }

  private static <T> GridIndex<Feature<T>> grid(List<Feature<T>> features, double cellM) {
    double[] boxes = new double[4 * features.size()];
    for (int i = 0; i < features.size(); i++) {
      Envelope e = features.get(i).metric().getEnvelopeInternal();
      boxes[4 * i] = e.getMinX();
      boxes[4 * i + 1] = e.getMinY();
      boxes[4 * i + 2] = e.getMaxX();
      boxes[4 * i + 3] = e.getMaxY();
    }
    @SuppressWarnings("unchecked")
    Feature<T>[] items = features.toArray(new Feature[0]);
    return new GridIndex<>(boxes, items, cellM);
  }

  private <T> List<Feature<T>> project(
      List<T> records, ToLongFunction<T> id, Function<T, Geometry> geometry) {
    @SuppressWarnings("unchecked")
    Feature<T>[] out = new Feature[records.size()];
    IntStream.range(0, out.length)
        .parallel()
        .forEach(
            i -> {
              T r = records.get(i);
              out[i] = new Feature<>(id.applyAsLong(r), frame.project(geometry.apply(r)), r);
            });
    return List.of(out);
  }

  private static <T> STRtree tree(List<Feature<T>> features) {
    STRtree tree = new STRtree();
    for (Feature<T> f : features) {
      tree.insert(f.metric().getEnvelopeInternal(), f);
    }
    tree.build();
    return tree;
  }
}
