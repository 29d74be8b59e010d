package org.reclaim.analysis.criteria;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.reclaim.domain.geometry.LocalProjection;
import org.reclaim.domain.hazard.HazardClass;
import org.reclaim.domain.hazard.HazardousArea;
import org.reclaim.domain.task.ReleaseMethod;

/**
 * Land release estimates for agricultural and cadastral parcels: which hazardous areas a parcel
 * overlaps and what share of it they cover, how likely the parcel holds explosive ordnance, by
 * which method the hazardous part would be released, what that is expected to cost and how many
 * team-days it takes, and the yearly crop value it keeps out of use.
 *
 * <p>Every hazardous area is priced once, when the estimator is built: its probability (the
 * likelihood model's, else the prior of its class, {@link MethodRecommendation#probability}), the
 * method {@link MethodRecommendation} recommends for it (direct evidence taken as its being a
 * confirmed area, IMAS 07.11) and that method's expected cost and team-days per m², by the
 * productivity and day rates of the nearest teams accredited for each method there ({@link
 * AccreditedTeams}). A parcel then costs what its overlapped part of each area costs: {@code Σ
 * overlap m² × rate}. Its likelihood is the highest probability among the areas it overlaps; its
 * method that of the area covering most of it.
 *
 * <p>Areas and parcels are measured in one equal-area frame ({@link LocalProjection}); convex
 * parcels (most fields) are clipped with {@link ConvexClip}, others by JTS overlay. Immutable once
 * built; {@link #estimate} is thread safe.
 */
public final class ParcelEstimator {
  private static final double M2_PER_HA = 10_000;
  private static final double CELL_M = 5_000;
  private static final int MAX_CODES = 10;

  /**
   * Overlaps smaller than this (1 dm²) are not overlaps: a parcel that only touches an area's
   * boundary, where floating-point clipping leaves a sliver of noise.
   */
  public static final double MIN_OVERLAP_M2 = 0.01;

  /**
   * A parcel to estimate.
   *
   * @param ref the parcel's reference (cadastral number or register id)
   * @param valueUsdPerHa yearly crop value per hectare, US$ (0 for land without a crop)
   * @param geometry the parcel, lon/lat WGS84
   */
  public record Parcel(String ref, double valueUsdPerHa, Geometry geometry) {}

  /**
   * The estimate for one parcel.
   *
   * @param ref the parcel's reference
   * @param parcelM2 the parcel's size
   * @param hazardM2 the part of it inside hazardous areas (overlapping areas counted once each)
   * @param areaCount how many hazardous areas it overlaps
   * @param areaCodes their codes, the largest overlap first, at most ten
   * @param likelihood the highest contamination probability among them, 0 without any
   * @param method the release method for the area covering most of the parcel, null without any
   * @param costUsd expected cost of releasing the hazardous part, US$
   * @param teamDays team-days of that work
   * @param valueLockedUsd yearly crop value of the hazardous part, US$
   * @param unpricedM2 hazardous m² no team can release by any suitable method (not in the cost)
   * @param unaccredited whether some part was priced by teams not accredited for its method there
   */
  public record Estimate(
      String ref,
      double parcelM2,
      double hazardM2,
      int areaCount,
      String areaCodes,
      double likelihood,
      ReleaseMethod method,
      double costUsd,
      double teamDays,
      double valueLockedUsd,
      double unpricedM2,
      boolean unaccredited) {
    /** The hazardous share of the parcel, 0–1. */
    public double hazardShare() {
      return parcelM2 <= 0 ? 0 : Math.min(1, hazardM2 / parcelM2);
    }
  }

  /**
   * A hazardous area priced per m²: its probability, recommended method (null when no team can
   * release it by any suitable method), expected US$ and team-days per m² of it, and whether the
   * method's teams are accredited there.
   */
  public record PricedArea(
      HazardousArea area,
      Geometry metric,
      double probability,
      ReleaseMethod method,
      double usdPerM2,
      double daysPerM2,
      boolean unaccredited) {}

  private final LocalProjection frame;
  private final GridIndex<PricedArea> areas;

  private final List<PricedArea> priced;

  private ParcelEstimator(LocalProjection frame, PricedArea[] priced, double[] boxes) {
    this.frame = frame;
    this.priced = List.of(priced);
    this.areas = new GridIndex<>(boxes, priced, CELL_M);
  }

  /**
   * Prices {@code hazards} (released ones are skipped) and indexes them.
   *
   * @param modelled the likelihood model's probability by area id; empty without a model
   */
  public static ParcelEstimator build(
      LocalProjection frame,
      List<HazardousArea> hazards,
      Map<Long, Double> modelled,
      CriteriaParameters parameters,
      AccreditedTeams teams) {
    List<HazardousArea> open =
        hazards.stream()
            .filter(a -> a.status() != org.reclaim.domain.hazard.HazardStatus.RELEASED)
            .toList();
    PricedArea[] priced = new PricedArea[open.size()];
    double[] boxes = new double[4 * priced.length];
    IntStream.range(0, priced.length)
        .parallel()
        .forEach(
            i -> {
              priced[i] = price(frame, open.get(i), modelled, parameters, teams);
              Envelope e = priced[i].metric().getEnvelopeInternal();
              boxes[4 * i] = e.getMinX();
              boxes[4 * i + 1] = e.getMinY();
              boxes[4 * i + 2] = e.getMaxX();
              boxes[4 * i + 3] = e.getMaxY();
            });
    return new ParcelEstimator(frame, priced, boxes);
  }

  private static PricedArea price(
      LocalProjection frame,
      HazardousArea area,
      Map<Long, Double> modelled,
      CriteriaParameters parameters,
      AccreditedTeams teams) {
    Geometry metric = frame.project(area.geometry());
    double m2 = metric.getArea();
    Point centre = metric.getInteriorPoint();
    AccreditedTeams.Choice choice = teams.near(centre.getX(), centre.getY(), area.regionId());
    Double model = modelled.get(area.id());
    double p = MethodRecommendation.probability(area, model);
    return MethodRecommendation.recommend(
            area, m2, model, area.hazardClass() == HazardClass.CHA, parameters, choice.costs())
        .filter(r -> m2 > 0)
        .map(
            r ->
                new PricedArea(
                    area,
                    metric,
                    p,
                    r.method(),
                    r.expectedCostUsd() / m2,
                    r.durationDays() / m2,
                    choice.unaccredited().contains(r.method())))
        .orElseGet(() -> new PricedArea(area, metric, p, null, 0, 0, false));
  }

  /** The equal-area frame areas and parcels are measured in. */
  public LocalProjection frame() {
    return frame;
  }

  /** The priced hazardous areas, in the order given. */
  public List<PricedArea> priced() {
    return priced;
  }

  /** Number of hazardous areas the estimator holds. */
  public int areaCount() {
    return areas.size();
  }

  /** The estimate for {@code parcel}. */
  public Estimate estimate(Parcel parcel) {
    Geometry g = parcel.geometry();
    double[] ring = null;
    Geometry metric = null;
    Envelope box;
    if (g instanceof Polygon polygon && polygon.getNumInteriorRing() == 0) {
      double[] xy = ConvexClip.openRing(polygon);
      frame.projectInPlace(xy);
      if (xy.length >= 6 && ConvexClip.isConvex(xy)) {
        ring = ConvexClip.counterClockwise(xy);
      }
    }
    double parcelM2;
    if (ring != null) {
      box = ringEnvelope(ring);
      parcelM2 = ConvexClip.area(ring);
    } else {
      metric = frame.project(g);
      box = metric.getEnvelopeInternal();
      parcelM2 = metric.getArea();
    }
    List<Overlap> overlaps = new ArrayList<>(2);
    double[] convex = ring;
    Geometry other = metric;
    areas.query(
        box,
        a -> {
          double m2 =
              convex != null
                  ? ConvexClip.intersectionArea(a.metric(), convex)
                  : overlapM2(a.metric(), other);
          if (m2 > MIN_OVERLAP_M2) {
            overlaps.add(new Overlap(a, m2));
          }
        });
    return sum(parcel, parcelM2, overlaps);
  }

  private record Overlap(PricedArea area, double m2) {}

  private static Estimate sum(Parcel parcel, double parcelM2, List<Overlap> overlaps) {
    overlaps.sort(
        (a, b) ->
            a.m2() != b.m2()
                ? Double.compare(b.m2(), a.m2())
                : Long.compare(a.area().area().id(), b.area().area().id()));
    double hazardM2 = 0;
    double p = 0;
    double cost = 0;
    double days = 0;
    double unpriced = 0;
    boolean unaccredited = false;
    StringBuilder codes = new StringBuilder();
    for (int i = 0; i < overlaps.size(); i++) {
      Overlap o = overlaps.get(i);
      PricedArea a = o.area();
      hazardM2 += o.m2();
      p = Math.max(p, a.probability());
      if (a.method() == null) {
        unpriced += o.m2();
      } else {
        cost += o.m2() * a.usdPerM2();
        days += o.m2() * a.daysPerM2();
      }
      unaccredited |= a.unaccredited();
      if (i < MAX_CODES) {
        codes.append(i == 0 ? "" : ";").append(a.area().code());
      }
    }
    ReleaseMethod method = overlaps.isEmpty() ? null : overlaps.get(0).area().method();
    return new Estimate(
        parcel.ref(),
        parcelM2,
        hazardM2,
        overlaps.size(),
        codes.toString(),
        p,
        method,
        cost,
        days,
        hazardM2 / M2_PER_HA * parcel.valueUsdPerHa(),
        unpriced,
        unaccredited);
  }

  private static double overlapM2(Geometry area, Geometry parcel) {
    PreparedGeometry prepared = PreparedGeometryFactory.prepare(area);
    if (!prepared.intersects(parcel)) {
      return 0;
    }
    if (prepared.covers(parcel)) {
      return parcel.getArea();
    }
    return OverlayNGRobust.overlay(area, parcel, OverlayNG.INTERSECTION).getArea();
  }

  private static Envelope ringEnvelope(double[] xy) {
    Envelope e = new Envelope();
    for (int k = 0; k < xy.length; k += 2) {
      e.expandToInclude(xy[k], xy[k + 1]);
    }
    return e;
  }
}
