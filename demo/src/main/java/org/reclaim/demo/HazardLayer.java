package org.reclaim.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.reclaim.domain.evidence.Evidence;
import org.reclaim.domain.evidence.EvidenceLink;
import org.reclaim.domain.geometry.Wgs84;
import org.reclaim.domain.hazard.ContaminationType;
import org.reclaim.domain.hazard.HazardClass;
import org.reclaim.domain.hazard.HazardClassifier;
import org.reclaim.domain.hazard.HazardStatus;
import org.reclaim.domain.hazard.HazardousArea;
import org.reclaim.domain.hazard.LandUse;
import org.reclaim.domain.hazard.Terrain;
import org.reclaim.domain.hazard.Vegetation;

/**
 * Hazardous areas with the evidence around them.
 *
 * <p>Where: a raion is drawn with weight {@code oblast weight × raion share of the oblast's area ×
 * a lognormal hot-spot factor (log-sd 0.9)}, so contamination follows {@link
 * DemoFigures#OBLAST_WEIGHT} and clusters within an oblast. The area lies 0.4–6 km from a
 * settlement of that raion (hence names like "Field north of Novopetrivka"), or anywhere in the
 * raion when it has none.
 *
 * <p>Shape and size: an irregular 6–14-vertex polygon ({@link Shapes#irregularPolygon}) of a
 * lognormal size with mean 6.2 ha ({@link DemoFigures#MEAN_AREA_M2}), 400 m² to 300 ha; 3 % are
 * multipolygons of two parts.
 *
 * <p>Truth first: before any evidence, the area's hidden contamination is drawn ({@link
 * Contamination}), and the evidence follows it. Each area gets 1 + Poisson pieces of evidence (mean
 * chosen to reach the requested total with {@link DemoFigures#NOISE_EVIDENCE_SHARE} left for noise;
 * a contaminated area a third more, a clean one a fifth fewer), typed by a mix around {@link
 * DemoFigures#LINKED_EVIDENCE_MIX} tilted by the truth — direct evidence (EO sightings, items
 * found, accidents, confident detections) near ordnance, indirect (combat records, public reports,
 * unconfirmed detections) around clean land — inside or within one radius of the area, linked
 * SUPPORTS; 8 % of areas also get one contradicting interview or report (land in use without
 * incident), linked CONTRADICTS. The class (SHA/CHA) follows from the supporting evidence ({@link
 * HazardClassifier}); the status is SUSPECTED or CONFIRMED until the history moves it on.
 */
final class HazardLayer {
  final List<HazardousArea> areas = new ArrayList<>();
  final List<Evidence> evidence = new ArrayList<>();
  final List<EvidenceLink> links = new ArrayList<>();

  /** Raion index of each area, by list position. */
  final List<Integer> raionOf = new ArrayList<>();

  /** The hidden truth of each area, by list position. */
  final List<AreaTruth> truth = new ArrayList<>();

  private final Boundaries b;
  private final LocalDate today;
  private final Draw d;
  private final double[] raionCumulative;
  private final AreaPlacer placer;
  private final Contamination contamination;
  private final double[] hotSpot;

  private HazardLayer(
      Boundaries b, SettlementLayer s, Contamination contamination, LocalDate today, Draw d) {
    this.b = b;
    this.today = today;
    this.d = d;
    this.contamination = contamination;
    this.hotSpot = new double[b.raions().size()];
    double[] oblastArea = new double[b.oblasts().size()];
    b.raions().forEach(r -> oblastArea[r.oblast()] += r.areaKm2());
    double[] w = new double[b.raions().size()];
    for (Boundaries.Raion r : b.raions()) {
      double oblastWeight = DemoFigures.oblastWeight(b.oblasts().get(r.oblast()).iso());
      hotSpot[r.index()] = 0.9 * d.gaussian();
      w[r.index()] =
          oblastWeight * r.areaKm2() / oblastArea[r.oblast()] * Math.exp(hotSpot[r.index()]);
    }
    this.raionCumulative = Draw.cumulative(w);
    this.placer = new AreaPlacer(b, s, d);
  }

  static HazardLayer generate(
      Boundaries b,
      SettlementLayer s,
      Contamination contamination,
      DemoParameters p,
      LocalDate today,
      Draw d,
      DemoProgressListener listener) {
    HazardLayer layer = new HazardLayer(b, s, contamination, today, d);
    Progress progress = new Progress(listener, "hazardous areas", p.hazardousAreas());
    double linkedMean = (1 - DemoFigures.NOISE_EVIDENCE_SHARE) * p.evidence() / p.hazardousAreas();
    for (int i = 0; i < p.hazardousAreas(); i++) {
      layer.addArea(i + 1L, linkedMean);
      progress.step(i + 1);
    }
    progress.done();
    Progress noise =
        new Progress(listener, "evidence (scattered)", p.evidence() - layer.evidence.size());
    while (layer.evidence.size() < p.evidence()) {
      layer.addNoise();
      noise.step(layer.evidence.size());
    }
    noise.done();
    return layer;
  }

  private void addArea(long id, double linkedMean) {
    int raion = d.weightedCumulative(raionCumulative);
    AreaPlacer.Placement at = placer.place(raion);
    LandUse landUse = Mixes.landUse(d);
    Terrain terrain = Mixes.terrain(landUse, d);
    Vegetation vegetation = Mixes.vegetation(landUse, d);
    double sizeM2 =
        Math.min(
            3e6,
            Math.max(400, d.lognormalWithMean(DemoFigures.MEAN_AREA_M2, DemoFigures.AREA_SIGMA)));
    Geometry geometry = shape(at.centre(), sizeM2);
    LocalDate reported = DemoFigures.INVASION.plusDays(40 + d.index(daysSinceInvasion() - 60));
    AreaTruth t = contamination.draw(id, at.centre(), hotSpot[raion]);
    truth.add(t);
    List<Evidence> supporting =
        addAreaEvidence(id, at.centre(), sizeM2, linkedMean * (t.contaminated() ? 1.15 : 0.9), t);
    HazardClass hc = HazardClassifier.classify(supporting);
    String iso = b.oblasts().get(b.raions().get(raion).oblast()).iso();
    areas.add(
        HazardousArea.builder()
            .id(id)
            .code(iso + "-HA-" + String.format("%06d", id))
            .name(Mixes.featureName(landUse, terrain) + " " + at.where())
            .regionId(b.raionRegionId(raion))
            .hazardClass(hc)
            .status(hc == HazardClass.CHA ? HazardStatus.CONFIRMED : HazardStatus.SUSPECTED)
            .contamination(contamination())
            .landUse(landUse)
            .terrain(terrain)
            .vegetation(vegetation)
            .geometry(geometry)
            .reportedOn(reported)
            .build());
    raionOf.add(raion);
  }

  private Geometry shape(Coordinate c, double sizeM2) {
    if (d.chance(0.03)) {
      double share = d.uniform(0.3, 0.7);
      double gap = Shapes.maxRadiusM(sizeM2 * share) + Shapes.maxRadiusM(sizeM2 * (1 - share));
      double angle = d.uniform(0, 2 * Math.PI);
      Coordinate c2 =
          Shapes.offset(c.x, c.y, 1.2 * gap * Math.cos(angle), 1.2 * gap * Math.sin(angle));
      Polygon p1 = Shapes.irregularPolygon(d, c.x, c.y, sizeM2 * share, d.between(6, 14));
      Polygon p2 = Shapes.irregularPolygon(d, c2.x, c2.y, sizeM2 * (1 - share), d.between(6, 14));
      return Wgs84.FACTORY.createMultiPolygon(new Polygon[] {p1, p2});
    }
    return Shapes.irregularPolygon(d, c.x, c.y, sizeM2, d.between(6, 14));
  }

  private Set<ContaminationType> contamination() {
    // Assumption: UXO/ERW nearly everywhere after shelling, mines in a third to a half of areas.
    EnumSet<ContaminationType> set = EnumSet.noneOf(ContaminationType.class);
    if (d.chance(0.70)) {
      set.add(ContaminationType.UXO_ERW);
    }
    if (d.chance(0.40)) {
      set.add(ContaminationType.AT_MINE);
    }
    if (d.chance(0.30)) {
      set.add(ContaminationType.AP_MINE);
    }
    if (d.chance(0.20)) {
      set.add(ContaminationType.CLUSTER_MUNITION);
    }
    if (d.chance(0.03)) {
      set.add(ContaminationType.IED);
    }
    if (set.isEmpty()) {
      set.add(ContaminationType.UXO_ERW);
    }
    return set;
  }

  private List<Evidence> addAreaEvidence(
      long areaId, Coordinate c, double sizeM2, double mean, AreaTruth t) {
    int n = mean >= 1 ? 1 + d.poisson(mean - 1) : (d.chance(mean) ? 1 : 0);
    double radius = Math.sqrt(sizeM2 / Math.PI);
    List<Evidence> supporting = new ArrayList<>(n);
    for (int k = 0; k < n; k++) {
      Evidence e = evidenceNear(c, radius, Mixes.linkedEvidenceType(d, t.contaminated()), t);
      supporting.add(e);
      links.add(new EvidenceLink(e.id(), areaId, EvidenceLink.Relation.SUPPORTS));
    }
    if (d.chance(0.08)) {
      var type =
          d.chance(0.6)
              ? org.reclaim.domain.evidence.EvidenceType.NTS_INTERVIEW
              : org.reclaim.domain.evidence.EvidenceType.PUBLIC_REPORT;
      Evidence e = evidenceNear(c, radius, type, t);
      links.add(new EvidenceLink(e.id(), areaId, EvidenceLink.Relation.CONTRADICTS));
    }
    return supporting;
  }

  private Evidence evidenceNear(
      Coordinate c, double radius, org.reclaim.domain.evidence.EvidenceType type, AreaTruth t) {
    // 70 % inside about the area's radius, 30 % in the ring out to two radii.
    double rho = d.chance(0.7) ? radius * Math.sqrt(d.unit()) : radius * d.uniform(1, 2);
    double angle = d.uniform(0, 2 * Math.PI);
    Evidence e =
        EvidenceFactory.make(
            evidence.size() + 1L,
            type,
            DemoFigures.INVASION.plusDays(d.index(daysSinceInvasion())),
            Shapes.pointAt(c.x, c.y, rho * Math.cos(angle), rho * Math.sin(angle)),
            t.contaminated() ? EvidenceFactory.Site.NEAR_ORDNANCE : EvidenceFactory.Site.NEAR_CLEAN,
            d);
    evidence.add(e);
    return e;
  }

  private void addNoise() {
    int raion = d.weightedCumulative(raionCumulative);
    Coordinate c = b.randomPointIn(d, raion);
    evidence.add(
        EvidenceFactory.make(
            evidence.size() + 1L,
            Mixes.noiseEvidenceType(d),
            DemoFigures.INVASION.plusDays(d.index(daysSinceInvasion())),
            Wgs84.point(c.x, c.y),
            EvidenceFactory.Site.SCATTERED,
            d));
  }

  private int daysSinceInvasion() {
    return (int)
        Math.max(61, java.time.temporal.ChronoUnit.DAYS.between(DemoFigures.INVASION, today));
  }
}
