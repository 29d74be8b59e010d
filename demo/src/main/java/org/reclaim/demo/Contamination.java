package org.reclaim.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.index.strtree.STRtree;
import org.reclaim.domain.context.RoadSegment;
import org.reclaim.domain.geometry.Wgs84;

/**
 * The demo world's hidden contamination: for every hazardous area, drawn where it lies and before
 * any evidence of it, whether explosive ordnance is really there ({@link AreaTruth}).
 *
 * <p>The chance is a logistic function of what published accounts say concentrates contamination
 * (docs/likelihood.md, "The demo world's truth"): nearness to the line of contact (most within a
 * few tens of kilometres of it), land that was occupied (positions, mined approaches), nearness to
 * roads (mined verges, strikes on transport), a hot-spot factor per raion, and noise of its own per
 * area: {@code logit p = −2.3 + 2.4·e^(−d/20 km) + 0.9·[occupied] + 0.5·e^(−r/400 m) + h + ε}, ε ~
 * N(0, 0.7²). About a third of the demo's hazardous areas come out contaminated — most suspected
 * land is clean (UNMAS, 2025: for every km² contaminated, a hundred suspected are not; the demo's
 * areas are what survey already narrowed). A contaminated area holds ordnance on 10–70 % of its
 * surface at a lognormal 4 items per hectare of that part.
 *
 * <p>Deterministic for a seed; not thread safe.
 */
final class Contamination {
  private final FrontLine front;
  private final STRtree roads = new STRtree();
  private final LocalDate today;
  private final Draw d;
  private final List<AreaTruth> truths = new ArrayList<>();

  Contamination(FrontLine front, List<RoadSegment> roadSegments, LocalDate today, Draw d) {
    this.front = front;
    this.today = today;
    this.d = d;
    for (RoadSegment r : roadSegments) {
      roads.insert(r.geometry().getEnvelopeInternal(), r.geometry());
    }
    roads.build();
  }

  /** Draws the truth of area {@code id} at {@code centre} in a raion of hot-spot log-factor h. */
  AreaTruth draw(long id, Coordinate centre, double hotSpotLog) {
    double km = front.distanceKm(centre);
    boolean occupied = front.occupiedDays(centre, today) > 0;
    double roadM = nearestRoadM(centre);
    double logit =
        -2.3
            + 2.4 * Math.exp(-km / 20)
            + (occupied ? 0.9 : 0)
            + 0.5 * Math.exp(-roadM / 400)
            + 0.5 * hotSpotLog
            + 0.7 * d.gaussian();
    double p = 1 / (1 + Math.exp(-logit));
    boolean contaminated = d.chance(p);
    AreaTruth t =
        new AreaTruth(
            id,
            p,
            contaminated,
            contaminated ? d.uniform(0.1, 0.7) : 0,
            contaminated ? d.lognormalWithMean(4.0, 0.8) : 0);
    truths.add(t);
    return t;
  }

  /** Every truth drawn, in area order. */
  List<AreaTruth> truths() {
    return truths;
  }

  /** Metres to the nearest road segment, looked for within about 5 km (beyond: 5 km). */
  private double nearestRoadM(Coordinate c) {
    double deg = 0.05;
    Envelope box = new Envelope(c.x - deg * 1.5, c.x + deg * 1.5, c.y - deg, c.y + deg);
    double best = 5_000;
    Geometry p = Wgs84.FACTORY.createPoint(c);
    double cos = Math.cos(Math.toRadians(c.y));
    for (Object o : roads.query(box)) {
      // degrees to metres, longitude scaled at the point's latitude
      double dDeg = ((Geometry) o).distance(p);
      double m = dDeg * 111_195 * (0.5 + 0.5 * cos);
      best = Math.min(best, m);
    }
    return best;
  }
}
