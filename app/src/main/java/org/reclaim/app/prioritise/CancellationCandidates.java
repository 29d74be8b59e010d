package org.reclaim.app.prioritise;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.reclaim.analysis.criteria.AreaCriteria;
import org.reclaim.analysis.criteria.ContextSnapshot;
import org.reclaim.analysis.criteria.CriteriaOp;
import org.reclaim.analysis.criteria.CriteriaParameters;
import org.reclaim.analysis.criteria.CriterionId;
import org.reclaim.analysis.criteria.ReleaseCostModel;
import org.reclaim.analysis.profile.PolicyProfile;
import org.reclaim.app.likelihood.AreaExplanation;
import org.reclaim.app.likelihood.LikelihoodService;
import org.reclaim.app.likelihood.NoActiveModelException;
import org.reclaim.domain.hazard.HazardousArea;
import org.reclaim.domain.task.ReleaseMethod;
import org.springframework.stereotype.Service;

/**
 * The cancellation candidates report: hazardous areas the active likelihood model says are very
 * likely clean — probability below the profile's {@code cancelBelow}, no direct evidence — so that
 * the method recommendation sends a non-technical survey to cancel them (IMAS 08.10), each with the
 * model's explanation, ordered by area released per hour of survey: where a survey team's hour
 * releases the most land.
 *
 * <p>Survey hours are the non-technical survey's team-days for the area, priced like the ranking
 * prices it (the teams' productivity tables for the area's terrain and vegetation), at {@value
 * #HOURS_PER_TEAM_DAY} working hours a day. Thread safe.
 */
@Service
public final class CancellationCandidates {
  /** Working hours of a survey team-day. */
  public static final double HOURS_PER_TEAM_DAY = 8;

  private final PrioritisationService prioritisation;
  private final LikelihoodService likelihood;
  private final Clock clock;

  public CancellationCandidates(
      PrioritisationService prioritisation, LikelihoodService likelihood, Clock clock) {
    this.prioritisation = prioritisation;
    this.likelihood = likelihood;
    this.clock = clock;
  }

  /**
   * One area to cancel.
   *
   * @param areaId the hazardous area
   * @param code its code
   * @param name its name
   * @param regionId its region, or {@code null}
   * @param areaM2 its size, m²
   * @param probability the active model's probability that it holds explosive ordnance
   * @param surveyHours hours of non-technical survey to cancel it
   * @param m2PerSurveyHour {@code areaM2 / surveyHours}: what the report is ordered by
   * @param expectedCostUsd survey, plus the clearance that follows with the probability
   * @param reason the method recommendation's reason
   * @param explanation why the model finds it likely clean
   */
  public record Candidate(
      long areaId,
      String code,
      String name,
      Long regionId,
      double areaM2,
      double probability,
      double surveyHours,
      double m2PerSurveyHour,
      double expectedCostUsd,
      String reason,
      AreaExplanation explanation) {
    /** This candidate with its explanation. */
    Candidate withExplanation(AreaExplanation e) {
      return new Candidate(
          areaId,
          code,
          name,
          regionId,
          areaM2,
          probability,
          surveyHours,
          m2PerSurveyHour,
          expectedCostUsd,
          reason,
          e);
    }
  }

  /**
   * The report.
   *
   * @param modelId the active model
   * @param profile the profile whose threshold applied
   * @param profileVersion its version
   * @param cancelBelow that threshold
   * @param asOf the date of the features
   * @param areasConsidered unreleased areas looked at
   * @param candidates how many areas qualify (the list may be shorter)
   * @param candidatesM2 their area in all, m²
   * @param surveyHours their survey hours in all
   * @param areas the best {@code limit} of them, most m² per survey hour first
   */
  public record Report(
      long modelId,
      String profile,
      int profileVersion,
      double cancelBelow,
      LocalDate asOf,
      int areasConsidered,
      int candidates,
      double candidatesM2,
      double surveyHours,
      List<Candidate> areas) {}

  /**
   * The report under profile {@code profileName}'s thresholds, listing at most {@code limit} areas.
   *
   * @throws NoActiveModelException when no likelihood model is active
   */
  public Report compute(String profileName, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit: must be at least 1, was " + limit);
    }
    long modelId = likelihood.activeId().orElseThrow(NoActiveModelException::new);
    PolicyProfile profile = prioritisation.profiles().getLatest(profileName);
    LocalDate asOf = LocalDate.now(clock);
    CriteriaParameters parameters = profile.criteriaParameters(asOf);
    ContextSnapshot snapshot = prioritisation.snapshot(null);
    ReleaseCostModel costs = ReleaseCostModel.of(snapshot.teams());
    Map<Long, HazardousArea> byId = new HashMap<>();
    snapshot.areas().forEach(a -> byId.put(a.id(), a));
    List<Candidate> all = new ArrayList<>();
    for (AreaCriteria c :
        CriteriaOp.of(snapshot, parameters).computeAll(CriteriaOp.Progress.NONE)) {
      double p = c.value(CriterionId.CONTAMINATION_LIKELIHOOD);
      if (c.method() != ReleaseMethod.NTS
          || !(p < parameters.cancelBelow())
          || c.value(CriterionId.DIRECT_EVIDENCE) > 0) {
        continue;
      }
      HazardousArea a = byId.get(c.areaId());
      var survey = costs.price(ReleaseMethod.NTS, a.terrain(), a.vegetation(), a.areaM2());
      if (survey.isEmpty()) {
        continue;
      }
      double hours = survey.get().durationDays() * HOURS_PER_TEAM_DAY;
      all.add(
          new Candidate(
              a.id(),
              a.code(),
              a.name(),
              a.regionId(),
              a.areaM2(),
              p,
              hours,
              a.areaM2() / Math.max(hours, 1e-9),
              c.value(CriterionId.RELEASE_COST_USD),
              c.methodReason(),
              null));
    }
    all.sort(
        Comparator.comparingDouble(Candidate::m2PerSurveyHour)
            .reversed()
            .thenComparingLong(Candidate::areaId));
    List<Candidate> listed = new ArrayList<>();
    for (Candidate c : all.subList(0, Math.min(limit, all.size()))) {
      listed.add(c.withExplanation(likelihood.explain(c.areaId())));
    }
    return new Report(
        modelId,
        profile.name(),
        profile.version(),
        parameters.cancelBelow(),
        asOf,
        snapshot.areas().size(),
        all.size(),
        all.stream().mapToDouble(Candidate::areaM2).sum(),
        all.stream().mapToDouble(Candidate::surveyHours).sum(),
        listed);
  }
}
