package org.reclaim.likelihood.features;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.distance.IndexedFacetDistance;
import org.reclaim.domain.context.CriticalInfrastructure;
import org.reclaim.domain.context.OccupationSnapshot;
import org.reclaim.domain.context.RoadSegment;
import org.reclaim.domain.context.Settlement;
import org.reclaim.domain.evidence.Evidence;
import org.reclaim.domain.evidence.EvidenceClass;
import org.reclaim.domain.evidence.EvidenceLink;
import org.reclaim.domain.evidence.EvidenceType;
import org.reclaim.domain.geometry.LocalProjection;
import org.reclaim.domain.hazard.ContaminationType;
import org.reclaim.domain.hazard.HazardStatus;
import org.reclaim.domain.hazard.HazardousArea;
import org.reclaim.domain.release.LandRelease;
import org.reclaim.likelihood.table.Table;

/**
 * The likelihood features of every hazardous area, computed from the register (docs/likelihood.md,
 * "Features from the register"), and its label where completed work gave one: a {@link Table} to
 * train on and predict for, one row per area, with {@code area_id} (the id), {@code region_id} (the
 * group: the area's raion or hromada), {@code found} (the label) and the features of {@link
 * #SOURCES}.
 *
 * <p>Label: 1 when a completed task on the area found explosive ordnance; 0 when the area is
 * released and no task found any; empty otherwise. The features never read the area's own outcome:
 * items found nearby count other areas' work only.
 *
 * <p>Geometry is measured in one Lambert azimuthal equal-area projection centred on the areas
 * ({@link LocalProjection}; distances within about 1 % across a country of Ukraine's size), through
 * STR-trees. Stateless; thread safe.
 */
public final class RegisterFeatures {
  /** Evidence within this many metres of an area counts as the area's. */
  public static final double EVIDENCE_RADIUS_M = 500;

  /** Other areas' work within this many metres counts as nearby. */
  public static final double NEARBY_WORK_RADIUS_M = 2_000;

  /** People within this many metres count as living near the area. */
  public static final double POPULATION_RADIUS_M = 2_000;

  /** Searches for the nearest road, settlement or site stop here (the feature is capped to it). */
  public static final double MAX_SEARCH_M = 20_000;

  /** The features that are categories (read one-hot). */
  static final java.util.Set<String> CATEGORICAL =
      java.util.Set.of("land_use", "terrain", "vegetation", "hazard_class");

  /** Every feature and where it comes from, for the model card. */
  public static final Map<String, String> SOURCES = sources();

  private RegisterFeatures() {}

  /** The register records the features are computed from. */
  public record Inputs(
      List<HazardousArea> areas,
      List<Evidence> evidence,
      List<EvidenceLink> links,
      List<RoadSegment> roads,
      List<Settlement> settlements,
      List<CriticalInfrastructure> infrastructure,
      List<OccupationSnapshot> snapshots,
      List<LandRelease> releases,
      LocalDate asOf) {}

  /** The features of every area of {@code in}, in area order. */
  public static Table compute(Inputs in) {
    LocalProjection frame = frameOf(in.areas());
    List<Unit> units = new ArrayList<>(in.areas().size());
    for (HazardousArea a : in.areas()) {
      Geometry g = frame.project(a.geometry());
      units.add(new Unit(a, g, g.getCentroid().getCoordinate()));
    }
    Columns c = features(in, frame, units);
    return c.table(Table.builder(units.size()).numeric("area_id", c.areaIds));
  }

  /**
   * The features of a regular grid over the suspected land: square cells of {@code cellM} metres
   * (in the equal-area frame) whose centre lies in a hazardous area not yet released, each measured
   * at its own place — front line, evidence and context around the cell, not the whole area — and
   * carrying its area's attributes and label. One row per cell, with {@code cell_id}, {@code
   * area_id}, the centre's {@code lon} and {@code lat} (not features: exclude them when training),
   * {@code region_id}, {@code found} and the features of {@link #SOURCES}.
   *
   * @throws IllegalArgumentException when {@code cellM} is not positive, or the grid would have
   *     more than {@value #MAX_GRID_CELLS} cells
   */
  public static Table grid(Inputs in, double cellM) {
    if (!(cellM > 0)) {
      throw new IllegalArgumentException("cellM: must be > 0, was " + cellM);
    }
    List<HazardousArea> open =
        in.areas().stream().filter(a -> a.status() != HazardStatus.RELEASED).toList();
    LocalProjection frame = frameOf(in.areas());
    List<Unit> units = new ArrayList<>();
    for (HazardousArea a : open) {
      Geometry g = frame.project(a.geometry());
      IndexedPointInAreaLocator inside = new IndexedPointInAreaLocator(g);
      Envelope e = g.getEnvelopeInternal();
      for (double x = Math.floor(e.getMinX() / cellM) * cellM; x < e.getMaxX(); x += cellM) {
        for (double y = Math.floor(e.getMinY() / cellM) * cellM; y < e.getMaxY(); y += cellM) {
          Coordinate centre = new Coordinate(x + cellM / 2, y + cellM / 2);
          if (inside.locate(centre) == Location.EXTERIOR) {
            continue;
          }
          if (units.size() == MAX_GRID_CELLS) {
            throw new IllegalArgumentException(
                "cellM: a grid of " + cellM + " m has more than " + MAX_GRID_CELLS + " cells");
          }
          units.add(
              new Unit(
                  a, g.getFactory().toGeometry(new Envelope(x, x + cellM, y, y + cellM)), centre));
        }
      }
    }
    Columns c = features(in, frame, units);
    int n = units.size();
    double[] cellIds = new double[n];
    double[] lon = new double[n];
    double[] lat = new double[n];
    for (int i = 0; i < n; i++) {
      cellIds[i] = i + 1;
      Coordinate ll = frame.unproject(units.get(i).centre());
      lon[i] = ll.x;
      lat[i] = ll.y;
    }
    return c.table(
        Table.builder(n)
            .numeric("cell_id", cellIds)
            .numeric("area_id", c.areaIds)
            .numeric("lon", lon)
            .numeric("lat", lat));
  }

  /** Cells a grid may have: beyond it, a coarser grid or a region at a time. */
  public static final int MAX_GRID_CELLS = 5_000_000;

  /** What is measured: an area, or a cell of one. */
  private record Unit(HazardousArea area, Geometry g, Coordinate centre) {}

  private static LocalProjection frameOf(List<HazardousArea> areas) {
    Envelope all = new Envelope();
    areas.forEach(a -> all.expandToInclude(a.geometry().getEnvelopeInternal()));
    return all.isNull()
        ? LocalProjection.near(0, 0)
        : LocalProjection.near(all.centre().x, all.centre().y);
  }

  /** The feature columns of some units. */
  private static final class Columns {
    final Map<String, double[]> num = new LinkedHashMap<>();
    final String[] region;
    final String[] landUse;
    final String[] terrain;
    final String[] vegetation;
    final String[] hazardClass;
    final double[] areaIds;
    final double[] label;

    Columns(int n) {
      SOURCES.keySet().stream()
          .filter(k -> !CATEGORICAL.contains(k))
          .forEach(k -> num.put(k, new double[n]));
      region = new String[n];
      landUse = new String[n];
      terrain = new String[n];
      vegetation = new String[n];
      hazardClass = new String[n];
      areaIds = new double[n];
      label = new double[n];
    }

    /** {@code ids} (the identifying columns) followed by the group, label and features. */
    Table table(Table.Builder ids) {
      ids.text("region_id", region).numeric("found", label);
      num.forEach(ids::numeric);
      return ids.text("land_use", landUse)
          .text("terrain", terrain)
          .text("vegetation", vegetation)
          .text("hazard_class", hazardClass)
          .build();
    }
  }

  private static Columns features(Inputs in, LocalProjection frame, List<Unit> units) {
    int n = units.size();
    Columns c = new Columns(n);
    if (n == 0) {
      return c;
    }
    Frame f = new Frame(frame, in);
    Map<Long, int[]> outcome = outcomes(in.releases());
    for (int i = 0; i < n; i++) {
      Unit u = units.get(i);
      HazardousArea a = u.area();
      c.areaIds[i] = a.id();
      c.region[i] = a.regionId() == null ? "none" : String.valueOf(a.regionId());
      c.landUse[i] = a.landUse().name();
      c.terrain[i] = a.terrain().name();
      c.vegetation[i] = a.vegetation().name();
      c.hazardClass[i] = a.hazardClass().name();
      int[] o = outcome.get(a.id());
      c.label[i] =
          o != null && o[0] > 0
              ? 1
              : o != null && a.status() == HazardStatus.RELEASED ? 0 : Double.NaN;
      f.front(u.centre(), in.asOf(), c.num, i);
      f.evidence(a.id(), u.g(), in.asOf(), c.num, i);
      f.nearbyWork(a.id(), u.centre(), c.num, i);
      f.context(u.g(), u.centre(), c.num, i);
      c.num.get("log_area_m2")[i] = Math.log10(Math.max(1, a.areaM2()));
      EnumSet<ContaminationType> types = EnumSet.noneOf(ContaminationType.class);
      types.addAll(a.contamination());
      for (ContaminationType t : ContaminationType.values()) {
        c.num.get("suspected_" + t.name().toLowerCase(java.util.Locale.ROOT))[i] =
            types.contains(t) ? 1 : 0;
      }
    }
    return c;
  }

  /** Per area: total items found by completed work, and how many bookings. */
  private static Map<Long, int[]> outcomes(List<LandRelease> releases) {
    Map<Long, int[]> out = new HashMap<>();
    for (LandRelease r : releases) {
      int[] o = out.computeIfAbsent(r.hazardousAreaId(), k -> new int[2]);
      o[0] += r.itemsFound();
      o[1]++;
    }
    return out;
  }

  /** The layers projected and indexed once. */
  private static final class Frame {
    private final List<Snapshot> snapshots = new ArrayList<>();
    private final STRtree evidence = new STRtree();
    private final Map<Long, Map<Long, EvidenceLink.Relation>> linksByArea = new HashMap<>();
    private final STRtree roads = new STRtree();
    private final STRtree settlements = new STRtree();
    private final STRtree infrastructure = new STRtree();
    private final STRtree work = new STRtree();

    private record Snapshot(
        LocalDate on, IndexedPointInAreaLocator inside, IndexedFacetDistance boundary) {}

    private record Located(Coordinate at, Object record) {}

    private record Work(long areaId, Coordinate at, int items, boolean released) {}

    Frame(LocalProjection frame, Inputs in) {
      in.snapshots().stream()
          .filter(s -> !s.validOn().isAfter(in.asOf()))
          .sorted(Comparator.comparing(OccupationSnapshot::validOn))
          .forEach(
              s -> {
                Geometry g = frame.project(s.geometry());
                snapshots.add(
                    new Snapshot(
                        s.validOn(),
                        new IndexedPointInAreaLocator(g),
                        new IndexedFacetDistance(g.getBoundary())));
              });
      for (Evidence e : in.evidence()) {
        Coordinate c = frame.project(e.location().getCentroid().getCoordinate());
        evidence.insert(new Envelope(c), new Located(c, e));
      }
      for (EvidenceLink l : in.links()) {
        linksByArea
            .computeIfAbsent(l.hazardousAreaId(), k -> new HashMap<>())
            .put(l.evidenceId(), l.relation());
      }
      for (RoadSegment r : in.roads()) {
        Geometry g = frame.project(r.geometry());
        roads.insert(g.getEnvelopeInternal(), g);
      }
      for (Settlement s : in.settlements()) {
        Coordinate c = frame.project(s.location().getCoordinate());
        settlements.insert(new Envelope(c), new Located(c, s));
      }
      for (CriticalInfrastructure x : in.infrastructure()) {
        Geometry g = frame.project(x.geometry());
        infrastructure.insert(g.getEnvelopeInternal(), g);
      }
      Map<Long, HazardousArea> byId = new HashMap<>();
      in.areas().forEach(a -> byId.put(a.id(), a));
      for (Map.Entry<Long, int[]> o : outcomes(in.releases()).entrySet()) {
        HazardousArea a = byId.get(o.getKey());
        if (a != null) {
          Coordinate c = frame.project(a.geometry()).getCentroid().getCoordinate();
          work.insert(
              new Envelope(c),
              new Work(a.id(), c, o.getValue()[0], a.status() == HazardStatus.RELEASED));
        }
      }
    }

    /** Occupation and the line of contact. */
    void front(Coordinate c, LocalDate asOf, Map<String, double[]> num, int i) {
      double days = 0;
      double latest = Double.NaN;
      double min = Double.NaN;
      for (int k = 0; k < snapshots.size(); k++) {
        Snapshot s = snapshots.get(k);
        LocalDate to = k + 1 < snapshots.size() ? snapshots.get(k + 1).on() : asOf;
        boolean inside = s.inside().locate(c) != Location.EXTERIOR;
        if (inside) {
          days += ChronoUnit.DAYS.between(s.on(), to);
        }
        double km =
            s.boundary().distance(org.reclaim.domain.geometry.Wgs84.FACTORY.createPoint(c)) / 1000;
        latest = km;
        min = Double.isNaN(min) ? km : Math.min(min, km);
      }
      num.get("occupied_days")[i] = snapshots.isEmpty() ? Double.NaN : days;
      num.get("front_distance_km")[i] = latest;
      num.get("front_distance_min_km")[i] = min;
    }

    /** Evidence near the area and linked to it. */
    void evidence(long areaId, Geometry g, LocalDate asOf, Map<String, double[]> num, int i) {
      Envelope box = g.getEnvelopeInternal().copy();
      box.expandBy(EVIDENCE_RADIUS_M);
      Map<Long, EvidenceLink.Relation> links = linksByArea.getOrDefault(areaId, Map.of());
      double direct = 0;
      double weighted = 0;
      double casualties = 0;
      double maxConfidence = 0;
      double lastDirect = Double.NaN;
      double supports = 0;
      double contradicts = 0;
      Map<EvidenceType, Integer> byType = new HashMap<>();
      for (Object o : evidence.query(box)) {
        Located l = (Located) o;
        Evidence e = (Evidence) l.record();
        if (e.observedOn().isAfter(asOf)
            || g.distance(org.reclaim.domain.geometry.Wgs84.FACTORY.createPoint(l.at()))
                > EVIDENCE_RADIUS_M) {
          continue;
        }
        byType.merge(e.type(), 1, Integer::sum);
        weighted += e.reliability();
        casualties += e.casualties();
        if (e.confidence() != null) {
          maxConfidence = Math.max(maxConfidence, e.confidence());
        }
        if (e.evidenceClass() == EvidenceClass.DIRECT) {
          direct++;
          double age = ChronoUnit.DAYS.between(e.observedOn(), asOf);
          lastDirect = Double.isNaN(lastDirect) ? age : Math.min(lastDirect, age);
        }
        EvidenceLink.Relation r = links.get(e.id());
        supports += r == EvidenceLink.Relation.SUPPORTS ? 1 : 0;
        contradicts += r == EvidenceLink.Relation.CONTRADICTS ? 1 : 0;
      }
      num.get("evidence_direct")[i] = direct;
      num.get("evidence_reliability_sum")[i] = weighted;
      num.get("evidence_supporting")[i] = supports;
      num.get("evidence_contradicting")[i] = contradicts;
      num.get("casualties")[i] = casualties;
      num.get("detection_confidence_max")[i] = maxConfidence;
      num.get("days_since_direct_evidence")[i] = lastDirect;
      for (EvidenceType t : EvidenceType.values()) {
        num.get("evidence_" + t.name().toLowerCase(java.util.Locale.ROOT))[i] =
            byType.getOrDefault(t, 0);
      }
    }

    /** Other areas' completed work nearby: items found, areas released clean. */
    void nearbyWork(long areaId, Coordinate c, Map<String, double[]> num, int i) {
      Envelope box = new Envelope(c);
      box.expandBy(NEARBY_WORK_RADIUS_M);
      double items = 0;
      double withItems = 0;
      double clean = 0;
      for (Object o : work.query(box)) {
        Work w = (Work) o;
        if (w.areaId() == areaId || w.at().distance(c) > NEARBY_WORK_RADIUS_M) {
          continue;
        }
        items += w.items();
        withItems += w.items() > 0 ? 1 : 0;
        clean += w.items() == 0 && w.released() ? 1 : 0;
      }
      num.get("items_found_nearby")[i] = items;
      num.get("areas_with_items_nearby")[i] = withItems;
      num.get("areas_released_clean_nearby")[i] = clean;
    }

    /** Roads, people and infrastructure. */
    void context(Geometry g, Coordinate c, Map<String, double[]> num, int i) {
      num.get("road_distance_m")[i] = nearest(roads, g);
      num.get("infrastructure_distance_m")[i] = nearest(infrastructure, g);
      Envelope box = new Envelope(c);
      box.expandBy(MAX_SEARCH_M);
      double nearestSettlement = MAX_SEARCH_M;
      double population = 0;
      for (Object o : settlements.query(box)) {
        Located l = (Located) o;
        double d = l.at().distance(c);
        nearestSettlement = Math.min(nearestSettlement, d);
        if (d <= POPULATION_RADIUS_M) {
          population += ((Settlement) l.record()).population();
        }
      }
      num.get("settlement_distance_m")[i] = nearestSettlement;
      num.get("population_within_2km")[i] = population;
    }

    private static double nearest(STRtree tree, Geometry g) {
      for (double reach = 1_000; ; reach *= 4) {
        Envelope box = g.getEnvelopeInternal().copy();
        box.expandBy(Math.min(reach, MAX_SEARCH_M));
        double best = Double.MAX_VALUE;
        for (Object o : tree.query(box)) {
          best = Math.min(best, ((Geometry) o).distance(g));
        }
        if (best <= reach || reach >= MAX_SEARCH_M) {
          return Math.min(best, MAX_SEARCH_M);
        }
      }
    }
  }

  private static Map<String, String> sources() {
    Map<String, String> s = new LinkedHashMap<>();
    s.put("occupied_days", "occupation snapshots: days the area's centre was occupied");
    s.put("front_distance_km", "occupation snapshots: km to the latest line of contact");
    s.put("front_distance_min_km", "occupation snapshots: km to the nearest line of any date");
    s.put("evidence_direct", "evidence within 500 m of the area: direct evidence (IMAS 08.10)");
    s.put("evidence_reliability_sum", "evidence within 500 m: sum of reliabilities");
    s.put("evidence_supporting", "evidence links: reports supporting the area");
    s.put("evidence_contradicting", "evidence links: reports contradicting it (land in use)");
    s.put("casualties", "evidence within 500 m: casualties of accidents");
    s.put("detection_confidence_max", "evidence within 500 m: most confident detection");
    s.put("days_since_direct_evidence", "evidence within 500 m: days since the latest direct");
    for (EvidenceType t : EvidenceType.values()) {
      s.put(
          "evidence_" + t.name().toLowerCase(java.util.Locale.ROOT),
          "evidence within 500 m: " + t.name() + " reports");
    }
    s.put("items_found_nearby", "completed tasks on other areas within 2 km: items found");
    s.put("areas_with_items_nearby", "other areas within 2 km where tasks found items");
    s.put("areas_released_clean_nearby", "other areas within 2 km released with nothing found");
    s.put("road_distance_m", "roads: metres to the nearest road or railway (capped at 20 km)");
    s.put("infrastructure_distance_m", "critical infrastructure: metres to the nearest site");
    s.put("settlement_distance_m", "settlements: metres to the nearest (capped at 20 km)");
    s.put("population_within_2km", "settlements within 2 km: people");
    s.put("log_area_m2", "hazardous area: log10 of its size, m²");
    for (ContaminationType t : ContaminationType.values()) {
      s.put(
          "suspected_" + t.name().toLowerCase(java.util.Locale.ROOT),
          "hazardous area: " + t.name() + " suspected (0/1)");
    }
    s.put("land_use", "hazardous area: land use");
    s.put("terrain", "hazardous area: terrain");
    s.put("vegetation", "hazardous area: vegetation");
    s.put("hazard_class", "hazardous area: SHA or CHA (IMAS 04.10)");
    return java.util.Collections.unmodifiableMap(s);
  }
}
