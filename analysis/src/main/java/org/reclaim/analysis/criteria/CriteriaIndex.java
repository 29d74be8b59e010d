package org.reclaim.analysis.criteria;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import java.util.stream.IntStream;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
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
 * indexed by packed R-trees (JTS {@link STRtree}), so that every area's criteria are a handful of
 * envelope queries plus exact metric tests on the candidates.
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

  /** A projected evidence point. */
  record EvidencePoint(Evidence evidence, double x, double y) {}

  private final LocalProjection frame;
  private final List<Feature<Settlement>> settlements;
  private final STRtree settlementTree;
  private final STRtree roads;
  private final STRtree infrastructure;
  private final STRtree parcels;
  private final STRtree projects;
  private final STRtree evidenceTree;
  private final STRtree accidentTree;
  private final EvidencePoint[] packedById;
  private final List<EvidencePoint> addedEvidence = new ArrayList<>();
  private final Set<Long> supersededEvidence = new HashSet<>();

  CriteriaIndex(LocalProjection frame, ContextSnapshot s) {
    this.frame = frame;
    // the packed trees are built one per task: building is single-threaded and dominated by
    // sorting, so building the layers side by side uses both cores
    var roadTree = async(() -> tree(project(s.roads(), RoadSegment::id, RoadSegment::geometry)));
    var infraTree =
        async(
            () ->
                tree(
                    project(
                        s.infrastructure(),
                        CriticalInfrastructure::id,
                        CriticalInfrastructure::geometry)));
    var parcelTree =
        async(
            () -> tree(project(s.parcels(), AgriculturalParcel::id, AgriculturalParcel::geometry)));
    var projectTree =
        async(
            () ->
                tree(
                    project(s.recoveryProjects(), RecoveryProject::id, RecoveryProject::geometry)));
    EvidencePoint[] points = points(s.evidence());
    var evidence = async(() -> evidenceTree(points, false));
    var accidents = async(() -> evidenceTree(points, true));
    this.settlements = project(s.settlements(), Settlement::id, Settlement::location);
    this.settlementTree = new STRtree();
    for (Feature<Settlement> f : settlements) {
      settlementTree.insert(f.metric().getEnvelopeInternal(), f.metric());
      f.metric().setUserData(f);
    }
    settlementTree.build();
    this.roads = roadTree.join();
    this.infrastructure = infraTree.join();
    this.parcels = parcelTree.join();
    this.projects = projectTree.join();
    this.evidenceTree = evidence.join();
    this.accidentTree = accidents.join();
    this.packedById = points.clone();
    Arrays.sort(packedById, Comparator.comparingLong(p -> p.evidence().id()));
  }

  private static <T> CompletableFuture<T> async(Supplier<T> work) {
    return CompletableFuture.supplyAsync(work);
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

  STRtree settlementTree() {
    return settlementTree;
  }

  @SuppressWarnings("unchecked")
  <T> List<Feature<T>> query(STRtree tree, Envelope box) {
    return tree.query(box);
  }

  List<Feature<Settlement>> settlementsNear(Envelope box) {
    List<Feature<Settlement>> out = new ArrayList<>();
    for (Object o : settlementTree.query(box)) {
      @SuppressWarnings("unchecked")
      Feature<Settlement> f = (Feature<Settlement>) ((Geometry) o).getUserData();
      out.add(f);
    }
    return out;
  }

  List<Feature<RoadSegment>> roadsNear(Envelope box) {
    return query(roads, box);
  }

  List<Feature<CriticalInfrastructure>> infrastructureNear(Envelope box) {
    return query(infrastructure, box);
  }

  List<Feature<AgriculturalParcel>> parcelsNear(Envelope box) {
    return query(parcels, box);
  }

  List<Feature<RecoveryProject>> projectsNear(Envelope box) {
    return query(projects, box);
  }

  /** Current evidence points inside {@code box}: packed ones not superseded, plus added ones. */
  List<EvidencePoint> evidenceNear(Envelope box) {
    return current(evidenceTree, box, false);
  }

  /** Current accident reports inside {@code box} (a subset of {@link #evidenceNear}). */
  List<EvidencePoint> accidentsNear(Envelope box) {
    return current(accidentTree, box, true);
  }

  private List<EvidencePoint> current(STRtree tree, Envelope box, boolean accidentsOnly) {
    List<EvidencePoint> packed = tree.query(box);
    List<EvidencePoint> out = new ArrayList<>(packed.size());
    for (EvidencePoint p : packed) {
      if (supersededEvidence.isEmpty() || !supersededEvidence.contains(p.evidence().id())) {
        out.add(p);
      }
    }
    for (EvidencePoint p : addedEvidence) {
      if (box.contains(p.x(), p.y()) && (!accidentsOnly || isAccident(p))) {
        out.add(p);
      }
    }
    return out;
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

  private static STRtree evidenceTree(EvidencePoint[] points, boolean accidentsOnly) {
    STRtree tree = new STRtree();
    for (EvidencePoint p : points) {
      if (accidentsOnly && !isAccident(p)) {
        continue;
      }
      tree.insert(new Envelope(p.x(), p.x(), p.y(), p.y()), p);
    }
    tree.build();
    return tree;
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
