package org.reclaim.simulation.policy;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.reclaim.analysis.criteria.AreaCriteria;
import org.reclaim.analysis.criteria.CriteriaParameters;
import org.reclaim.analysis.profile.PolicyProfile;
import org.reclaim.analysis.ranking.AreaRanking;
import org.reclaim.analysis.ranking.Prioritisation;
import org.reclaim.analysis.ranking.RankedArea;
import org.reclaim.likelihood.LikelihoodModel;
import org.reclaim.likelihood.LikelihoodTrainer;
import org.reclaim.likelihood.features.RegisterFeatures;
import org.reclaim.likelihood.model.TrainingOptions;
import org.reclaim.likelihood.table.Table;
import org.reclaim.simulation.Policy;
import org.reclaim.simulation.Register;

/**
 * Ranking under a policy profile, as Reclaim ranks the register (the same criteria, kept current as
 * evidence arrives, scored by {@link Prioritisation}), in one of three ways:
 *
 * <ul>
 *   <li>{@link #impactScoring}: the weighted impact score, worked in order with the class rule's
 *       methods — how an impact-scoring tool is used today, without optimised planning;
 *   <li>{@link #reclaimPlan}: the same ranking, the class rule's methods, and Reclaim's optimised
 *       plan;
 *   <li>{@link #reclaimLikelihood}: Reclaim's ranking and plan with the contamination likelihood: a
 *       model trained on the register's completed work (retrained every {@code retrainEveryWeeks}
 *       as outcomes come in) gives each area its probability, which is the likelihood criterion and
 *       chooses the method (cancel what is very likely clean and has no direct evidence, reduce by
 *       technical survey what is uncertain, clear what is likely contaminated; {@code
 *       MethodRecommendation}).
 * </ul>
 */
public final class RankingPolicy implements Policy {
  private final String name;
  private final PolicyProfile profile;
  private final Planning planning;
  private final int retrainEveryWeeks;
  private @Nullable Map<Long, Double> probabilities;
  private @Nullable Integer trainedAt;

  private RankingPolicy(
      String name, PolicyProfile profile, Planning planning, int retrainEveryWeeks) {
    this.name = name;
    this.profile = profile;
    this.planning = planning;
    this.retrainEveryWeeks = retrainEveryWeeks;
  }

  /** The weighted impact score worked in order (no optimised plan, no likelihood). */
  public static RankingPolicy impactScoring(PolicyProfile profile) {
    return new RankingPolicy("impact score, worked in order", profile, Planning.IN_ORDER, 0);
  }

  /** Reclaim's ranking and optimised plan, without the likelihood. */
  public static RankingPolicy reclaimPlan(PolicyProfile profile) {
    return new RankingPolicy("Reclaim: ranking + plan", profile, Planning.OPTIMISED, 0);
  }

  /** Reclaim's ranking, plan and likelihood-driven methods, retrained every so many weeks. */
  public static RankingPolicy reclaimLikelihood(PolicyProfile profile, int retrainEveryWeeks) {
    if (retrainEveryWeeks < 1) {
      throw new IllegalArgumentException("retrainEveryWeeks: must be >= 1");
    }
    return new RankingPolicy(
        "Reclaim: ranking + plan + likelihood", profile, Planning.OPTIMISED, retrainEveryWeeks);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Planning planning() {
    return planning;
  }

  @Override
  public List<Work> choose(Register register) {
    if (retrainEveryWeeks > 0
        && (trainedAt == null || register.week() - trainedAt >= retrainEveryWeeks)) {
      learn(register);
    }
    List<AreaCriteria> rows = new ArrayList<>();
    Map<Long, Integer> index = new HashMap<>();
    CriteriaParameters thresholds = profile.criteriaParameters(register.today());
    for (int i = 0; i < register.size(); i++) {
      if (!register.isOpen(i)) {
        continue;
      }
      AreaCriteria row = register.rankingRow(i, probability(register, i), thresholds);
      if (row.method() != null) {
        rows.add(row);
        index.put(row.areaId(), i);
      }
    }
    AreaRanking ranking = Prioritisation.rank(rows, profile);
    List<Work> out = new ArrayList<>(rows.size());
    int n = ranking.areas().size();
    for (RankedArea a : ranking.areas()) {
      double priority = planning == Planning.IN_ORDER ? n - a.rank() + 1 : a.score();
      out.add(new Work(index.get(a.areaId()), a.criteria().method(), priority));
    }
    return out;
  }

  private @Nullable Double probability(Register register, int i) {
    return probabilities == null ? null : probabilities.get(register.area(i).id());
  }

  /**
   * Trains the likelihood model on the register's labelled areas as they stand and keeps its
   * probabilities; keeps the last model when the register cannot train one yet.
   */
  private void learn(Register register) {
    trainedAt = register.week();
    Table table = register.features();
    LikelihoodTrainer.Result result;
    try {
      result =
          new LikelihoodTrainer(
                  Clock.fixed(
                      register.today().atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC))
              .train(
                  table,
                  TrainingOptions.of("found", "region_id").withId("area_id").withThreads(1),
                  RegisterFeatures.SOURCES,
                  "campaign",
                  LikelihoodTrainer.Progress.NONE);
    } catch (IllegalArgumentException e) {
      return; // not yet enough labelled work in enough regions
    }
    try (LikelihoodModel model = result.model()) {
      model.setThreads(1);
      double[] p = model.predict(table).probability();
      double[] ids = ((Table.Numeric) table.get("area_id")).values();
      Map<Long, Double> map = new HashMap<>(ids.length * 2);
      for (int k = 0; k < ids.length; k++) {
        map.put((long) ids[k], p[k]);
      }
      probabilities = map;
    }
  }
}
