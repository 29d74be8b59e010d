package org.reclaim.simulation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.reclaim.analysis.criteria.AreaCriteria;
import org.reclaim.analysis.criteria.CriteriaOp;
import org.reclaim.analysis.criteria.CriteriaParameters;
import org.reclaim.analysis.criteria.CriterionId;
import org.reclaim.analysis.criteria.MethodRecommendation;
import org.reclaim.domain.evidence.Evidence;
import org.reclaim.domain.evidence.EvidenceClass;
import org.reclaim.domain.evidence.EvidenceLink;
import org.reclaim.domain.evidence.EvidenceType;
import org.reclaim.domain.hazard.HazardClass;
import org.reclaim.domain.hazard.HazardStatus;
import org.reclaim.domain.hazard.HazardousArea;
import org.reclaim.domain.release.LandRelease;
import org.reclaim.domain.release.ReleaseCategory;
import org.reclaim.domain.task.ReleaseMethod;
import org.reclaim.likelihood.features.RegisterFeatures;

/**
 * The register as a policy sees it during a campaign: what the authority knows, never the truth —
 * each area's class and what is left of it, the evidence (the first day's and every report and
 * accident since), the land released and what it found, and each area's criteria kept current as
 * evidence arrives. The campaign changes it; policies only read it.
 *
 * <p>Not thread safe: one campaign, one thread.
 */
public final class Register {
  private final World world;
  private final List<HazardousArea> areas;
  private final double[] remainingM2;
  private final boolean[] ntsInconclusive;
  private final boolean[] confirmedByWork;
  private final boolean[] direct;
  private final List<Evidence> evidence;
  private final List<LandRelease> releases;
  private final CriteriaOp criteria;
  private final List<AreaCriteria> rows;
  private long nextEvidenceId;
  private long nextReleaseId;
  private int week;

  Register(World world) {
    this.world = world;
    this.areas = new ArrayList<>(world.areas());
    int n = areas.size();
    this.remainingM2 = new double[n];
    this.ntsInconclusive = new boolean[n];
    this.confirmedByWork = new boolean[n];
    this.direct = new boolean[n];
    for (int i = 0; i < n; i++) {
      remainingM2[i] = areas.get(i).areaM2();
    }
    this.evidence = new ArrayList<>(world.data().evidence());
    this.releases = new ArrayList<>(world.data().landReleases());
    this.criteria = CriteriaOp.of(world.snapshot(), world.criteriaParameters());
    this.rows = new ArrayList<>(criteria.computeAll(CriteriaOp.Progress.NONE));
    for (int i = 0; i < n; i++) {
      direct[i] = rows.get(i).value(CriterionId.DIRECT_EVIDENCE) > 0;
    }
    this.nextEvidenceId = evidence.stream().mapToLong(Evidence::id).max().orElse(0) + 1;
    this.nextReleaseId = releases.stream().mapToLong(LandRelease::id).max().orElse(0) + 1;
  }

  /** The world's seed, teams and prices (not its truth). */
  public World world() {
    return world;
  }

  /** The week of the campaign (0 = the first). */
  public int week() {
    return week;
  }

  /** The day the current week starts. */
  public LocalDate today() {
    return World.day(week);
  }

  void setWeek(int w) {
    this.week = w;
  }

  /** Areas, by index. */
  public int size() {
    return areas.size();
  }

  /** Area {@code i} as the register holds it now (class and status current). */
  public HazardousArea area(int i) {
    return areas.get(i);
  }

  /** Whether area {@code i} still has land to release. */
  public boolean isOpen(int i) {
    return remainingM2[i] > 0;
  }

  /** m² of area {@code i} not yet released. */
  public double remainingM2(int i) {
    return remainingM2[i];
  }

  /** Whether direct evidence (an item seen or found, an accident) bears on area {@code i}. */
  public boolean hasDirectEvidence(int i) {
    return direct[i];
  }

  /** Area {@code i}'s criteria as of the last evidence (first-day context, current evidence). */
  public AreaCriteria criteria(int i) {
    return rows.get(i);
  }

  /**
   * The release method for area {@code i} now: what the work so far requires — clearance of what a
   * technical survey confirmed, technical survey where non-technical survey was inconclusive — and
   * otherwise {@link MethodRecommendation} with the probability {@code p} (or the class rule
   * without one), at the default thresholds.
   */
  public Optional<MethodRecommendation.Recommendation> recommend(int i, @Nullable Double p) {
    return recommend(i, p, world.criteriaParameters());
  }

  /** {@link #recommend(int, Double)} at the thresholds of {@code parameters} (a profile's). */
  public Optional<MethodRecommendation.Recommendation> recommend(
      int i, @Nullable Double p, CriteriaParameters parameters) {
    HazardousArea a = areas.get(i);
    double m2 = remainingM2[i];
    if (confirmedByWork[i]) {
      return world
          .costs()
          .cheapest(HazardClass.CHA, a.terrain(), a.vegetation(), m2)
          .map(
              e ->
                  MethodRecommendation.Recommendation.of(
                      e, "confirmed by technical survey: cleared, IMAS 09.10"));
    }
    Optional<MethodRecommendation.Recommendation> r =
        MethodRecommendation.recommend(a, m2, p, direct[i], parameters, world.costs());
    if (ntsInconclusive[i] && r.isPresent() && r.get().method() == ReleaseMethod.NTS) {
      return world
          .costs()
          .price(ReleaseMethod.TS, a.terrain(), a.vegetation(), m2)
          .map(
              e ->
                  MethodRecommendation.Recommendation.of(
                      e, "non-technical survey inconclusive: technical survey"));
    }
    return r;
  }

  /**
   * Area {@code i}'s criteria with the probability {@code p} (or the class prior) as its
   * likelihood, and the cost, duration and benefit per cost of the method recommended at the
   * thresholds of {@code parameters} on what is left of it: a row for {@code Prioritisation}.
   */
  public AreaCriteria rankingRow(int i, @Nullable Double p, CriteriaParameters parameters) {
    AreaCriteria c = rows.get(i);
    double[] v = c.values().clone();
    v[CriterionId.CONTAMINATION_LIKELIHOOD.ordinal()] =
        MethodRecommendation.probability(areas.get(i), p);
    Optional<MethodRecommendation.Recommendation> r = recommend(i, p, parameters);
    double cost = r.map(MethodRecommendation.Recommendation::expectedCostUsd).orElse(0.0);
    v[CriterionId.RELEASE_COST_USD.ordinal()] = cost;
    v[CriterionId.RELEASE_DURATION_DAYS.ordinal()] =
        r.map(MethodRecommendation.Recommendation::durationDays).orElse(0.0);
    v[CriterionId.BENEFIT_PER_COST.ordinal()] =
        (v[CriterionId.AGRICULTURAL_VALUE_USD.ordinal()]
                + v[CriterionId.RECOVERY_BUDGET_USD.ordinal()])
            / Math.max(cost, 1);
    long[][] sources = new long[CriterionId.all().size()][];
    for (CriterionId id : CriterionId.all()) {
      sources[id.ordinal()] = c.sources(id);
    }
    return new AreaCriteria(
        c.areaId(),
        v,
        r.map(MethodRecommendation.Recommendation::method).orElse(null),
        r.map(MethodRecommendation.Recommendation::fallback).orElse(false),
        sources,
        r.map(MethodRecommendation.Recommendation::reason).orElse(null));
  }

  /**
   * The likelihood features of every area as of today, labelled by the work done so far ({@link
   * RegisterFeatures}): released areas carry status RELEASED, areas where work found ordnance carry
   * their releases with items found.
   */
  public org.reclaim.likelihood.table.Table features() {
    List<HazardousArea> all = new ArrayList<>(world.data().hazardousAreas().size());
    Set<Long> open = new HashSet<>();
    areas.forEach(a -> open.add(a.id()));
    for (HazardousArea a : world.data().hazardousAreas()) {
      if (!open.contains(a.id())) {
        all.add(a); // released before the campaign
      }
    }
    all.addAll(areas);
    List<EvidenceLink> links = world.data().evidenceLinks();
    return RegisterFeatures.compute(
        new RegisterFeatures.Inputs(
            all,
            evidence,
            links,
            world.data().roads(),
            world.data().settlements(),
            world.data().infrastructure(),
            world.data().occupationSnapshots(),
            releases,
            today()));
  }

  // --- what the campaign records ---

  /** Records a report or an accident at area {@code i}; direct evidence makes it a CHA. */
  void addEvidence(int i, EvidenceType type, int casualties) {
    HazardousArea a = areas.get(i);
    Evidence e =
        new Evidence(
            nextEvidenceId++,
            type,
            type.defaultClass(),
            today(),
            a.geometry().getInteriorPoint(),
            "simulated",
            type.defaultClass() == EvidenceClass.DIRECT ? 0.9 : 0.5,
            null,
            null,
            casualties);
    evidence.add(e);
    for (int row : criteria.upsertEvidence(e)) {
      rows.set(row, criteria.computeRow(row));
    }
    if (type.defaultClass() == EvidenceClass.DIRECT) {
      direct[i] = true;
      confirm(i);
    }
  }

  /** Area {@code i} confirmed (CHA) by what was found there. */
  void confirm(int i) {
    HazardousArea a = areas.get(i);
    if (a.hazardClass() != HazardClass.CHA && isOpen(i)) {
      areas.set(i, a.withHazardClass(HazardClass.CHA));
    }
  }

  /** Technical survey found ordnance: only the contaminated part is left, to be cleared. */
  void confirmedByTechnicalSurvey(int i) {
    confirmedByWork[i] = true;
    direct[i] = true;
    confirm(i);
  }

  /** Non-technical survey could not cancel clean-looking land: technical survey next. */
  void ntsInconclusive(int i) {
    ntsInconclusive[i] = true;
  }

  /** Books {@code m2} of area {@code i} as released in {@code category}, with items found. */
  void release(int i, ReleaseCategory category, double m2, int items) {
    double booked = Math.min(m2, remainingM2[i]);
    if (!(booked > 0)) {
      return;
    }
    remainingM2[i] -= booked;
    if (remainingM2[i] < 1e-6) {
      remainingM2[i] = 0;
    }
    releases.add(
        new LandRelease(
            nextReleaseId++, areas.get(i).id(), null, category, booked, today(), items));
    if (remainingM2[i] == 0) {
      HazardousArea a = areas.get(i);
      areas.set(
          i,
          new HazardousArea(
              a.id(),
              a.code(),
              a.name(),
              a.regionId(),
              a.hazardClass(),
              HazardStatus.RELEASED,
              a.contamination(),
              a.landUse(),
              a.terrain(),
              a.vegetation(),
              a.geometry(),
              a.areaM2(),
              a.reportedOn()));
    }
  }

  /** Every release booked, the first day's included (for tests and reports). */
  List<LandRelease> releases() {
    return releases;
  }
}
