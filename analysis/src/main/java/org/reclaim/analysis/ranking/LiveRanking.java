package org.reclaim.analysis.ranking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.reclaim.analysis.criteria.AreaCriteria;
import org.reclaim.analysis.criteria.CriteriaOp;
import org.reclaim.analysis.criteria.CriterionId;
import org.reclaim.analysis.profile.PolicyProfile;
import org.reclaim.analysis.profile.ScoringMethod;
import org.reclaim.analysis.scoring.DecisionMatrix;
import org.reclaim.analysis.scoring.Normalisation;
import org.reclaim.analysis.scoring.RankedAlternative;
import org.reclaim.analysis.scoring.Ranking;
import org.reclaim.analysis.scoring.WeightedSumOp;
import org.reclaim.domain.evidence.Evidence;

/**
 * A ranking kept up to date as evidence arrives: a new or changed report re-computes the criteria
 * of only the areas within its reach ({@link CriteriaOp#upsertEvidence}) and re-ranks.
 *
 * <p>Fast path: with a min-max weighted sum, when the touched areas' old and new values lie
 * strictly inside every column's bounds, the bounds cannot move, so every other area keeps its
 * normalised values and score. The touched areas are scored by {@link WeightedSumOp} on a small
 * matrix of themselves plus two rows holding the column minima and maxima (so their normalisation
 * is the full matrix's), then re-inserted in the order. Otherwise (bounds moved, rank
 * normalisation, TOPSIS — where every score depends on every row) all areas are re-ranked by {@link
 * Prioritisation}. Both give the ranking a full re-run would. Not thread safe: callers serialise.
 */
public final class LiveRanking {
  /**
   * The outcome of one update.
   *
   * @param affected areas within the report's reach, with their ranks before and after
   * @param fullRescore whether every area was re-scored (the fast path did not apply)
   * @param micros time the update took, in microseconds
   */
  public record Update(List<RankChange> affected, boolean fullRescore, long micros) {}

  private static final String LOW = "bounds-min";
  private static final String HIGH = "bounds-max";

  private final CriteriaOp criteria;
  private final PolicyProfile profile;
  private final List<AreaCriteria> rows;
  private final Map<Long, Integer> rowOfArea = new HashMap<>();
  private final double[] min = new double[CriterionId.all().size()];
  private final double[] max = new double[CriterionId.all().size()];
  private final int[] atMin = new int[CriterionId.all().size()];
  private final int[] atMax = new int[CriterionId.all().size()];
  private final String method;
  private final List<RankedArea> order = new ArrayList<>();

  /** The ranking as last handed out; {@code null} after a change until asked for again. */
  private AreaRanking ranking;

  private final Map<Long, RankedArea> entryOf = new HashMap<>();

  /** Starts from criteria already computed by {@code criteria} (in its area order). */
  public LiveRanking(CriteriaOp criteria, List<AreaCriteria> rows, PolicyProfile profile) {
    this(criteria, rows, profile, Prioritisation.rank(rows, profile));
  }

  /**
   * Starts from criteria already computed by {@code criteria} and their ranking under {@code
   * profile} ({@code Prioritisation.rank(rows, profile)}, not recomputed here).
   */
  public LiveRanking(
      CriteriaOp criteria, List<AreaCriteria> rows, PolicyProfile profile, AreaRanking ranking) {
    this.criteria = Objects.requireNonNull(criteria, "criteria");
    this.profile = Objects.requireNonNull(profile, "profile");
    this.rows = new ArrayList<>(rows);
    for (int i = 0; i < rows.size(); i++) {
      rowOfArea.put(rows.get(i).areaId(), i);
    }
    this.ranking = Objects.requireNonNull(ranking, "ranking");
    this.method = ranking.method();
    order.addAll(ranking.areas());
    ranking.areas().forEach(a -> entryOf.put(a.areaId(), a));
    measureBounds();
  }

  /** The current ranking (an immutable copy, made when first asked after a change). */
  public AreaRanking ranking() {
    if (ranking == null) {
      ranking = new AreaRanking(profile.name(), profile.version(), method, order);
    }
    return ranking;
  }

  /** The current criteria rows, in area order. */
  public List<AreaCriteria> rows() {
    return List.copyOf(rows);
  }

  /** The profile this ranking follows. */
  public PolicyProfile profile() {
    return profile;
  }

  /** Adds or replaces one evidence report and returns how the touched areas moved. */
  public Update upsertEvidence(Evidence evidence) {
    long start = System.nanoTime();
    List<Integer> touched = criteria.upsertEvidence(evidence);
    List<AreaCriteria> beforeRows = new ArrayList<>();
    List<AreaCriteria> after = new ArrayList<>();
    for (int row : touched) {
      AreaCriteria now = criteria.computeRow(row);
      if (!now.equals(rows.get(row))) {
        beforeRows.add(rows.get(row));
        after.add(now);
      }
    }
    Map<Long, RankedArea> before = new HashMap<>();
    for (int row : touched) {
      long id = rows.get(row).areaId();
      before.put(id, entryOf.get(id));
    }
    boolean full = !after.isEmpty() && !boundsKept(beforeRows, after);
    after.forEach(c -> rows.set(rowOfArea.get(c.areaId()), c));
    if (full) {
      rerankAll();
    } else if (!after.isEmpty()) {
      reinsert(after);
    }
    List<RankChange> moves = new ArrayList<>();
    for (int row : touched) {
      long id = rows.get(row).areaId();
      RankedArea b = before.get(id);
      RankedArea a = entryOf.get(id);
      moves.add(new RankChange(id, b.rank(), a.rank(), b.score(), a.score()));
    }
    return new Update(moves, full, (System.nanoTime() - start) / 1_000);
  }

  private void rerankAll() {
    ranking = Prioritisation.rank(rows, profile);
    order.clear();
    order.addAll(ranking.areas());
    entryOf.clear();
    ranking.areas().forEach(a -> entryOf.put(a.areaId(), a));
    measureBounds();
  }

  private void measureBounds() {
    java.util.Arrays.fill(min, Double.POSITIVE_INFINITY);
    java.util.Arrays.fill(max, Double.NEGATIVE_INFINITY);
    for (AreaCriteria r : rows) {
      for (int j = 0; j < min.length; j++) {
        min[j] = Math.min(min[j], r.values()[j]);
        max[j] = Math.max(max[j], r.values()[j]);
      }
    }
    java.util.Arrays.fill(atMin, 0);
    java.util.Arrays.fill(atMax, 0);
    for (AreaCriteria r : rows) {
      for (int j = 0; j < min.length; j++) {
        atMin[j] += r.values()[j] == min[j] ? 1 : 0;
        atMax[j] += r.values()[j] == max[j] ? 1 : 0;
      }
    }
  }

  /**
   * True when the changes leave every column's minimum and maximum where they were: each changed
   * value stays within the bounds, and a bound a changed row leaves is still held by another row.
   * Updates the counts of rows at each bound when so.
   */
  private boolean boundsKept(List<AreaCriteria> before, List<AreaCriteria> after) {
    if (profile.scoringMethod() != ScoringMethod.WEIGHTED_SUM
        || profile.normalisationMethod() != Normalisation.MIN_MAX) {
      return false;
    }
    int[] newAtMin = atMin.clone();
    int[] newAtMax = atMax.clone();
    for (int j = 0; j < min.length; j++) {
      for (int k = 0; k < after.size(); k++) {
        double was = before.get(k).values()[j];
        double now = after.get(k).values()[j];
        if (was == now) {
          continue;
        }
        if (now < min[j] || now > max[j]) {
          return false;
        }
        newAtMin[j] += (now == min[j] ? 1 : 0) - (was == min[j] ? 1 : 0);
        newAtMax[j] += (now == max[j] ? 1 : 0) - (was == max[j] ? 1 : 0);
      }
      if (newAtMin[j] < 1 || newAtMax[j] < 1) {
        return false;
      }
    }
    System.arraycopy(newAtMin, 0, atMin, 0, atMin.length);
    System.arraycopy(newAtMax, 0, atMax, 0, atMax.length);
    return true;
  }

  private void reinsert(List<AreaCriteria> changed) {
    List<String> ids = new ArrayList<>();
    double[][] values = new double[changed.size() + 2][];
    for (int k = 0; k < changed.size(); k++) {
      ids.add(Long.toString(changed.get(k).areaId()));
      values[k] = changed.get(k).values();
    }
    ids.add(LOW);
    ids.add(HIGH);
    values[changed.size()] = min.clone();
    values[changed.size() + 1] = max.clone();
    DecisionMatrix small =
        DecisionMatrix.of(
            ids, CriterionId.all().stream().map(CriterionId::toCriterion).toList(), values);
    Ranking scored =
        new WeightedSumOp(Normalisation.MIN_MAX).apply(small, profile.effectiveWeights());
    Map<Long, RankedArea> replaced = new HashMap<>();
    for (AreaCriteria c : changed) {
      RankedAlternative a = scored.getAlternative(Long.toString(c.areaId()));
      replaced.put(c.areaId(), new RankedArea(c.areaId(), 0, a.score(), a.contributions(), c));
    }
    // the others keep their order: take the re-scored areas out and insert each where it now
    // belongs; the order is updated in place, so an update allocates little beyond its areas
    order.removeIf(a -> replaced.containsKey(a.areaId()));
    Comparator<RankedArea> byScore =
        Comparator.comparingDouble(RankedArea::score)
            .reversed()
            .thenComparing(a -> Long.toString(a.areaId()));
    for (RankedArea a : replaced.values()) {
      int at = java.util.Collections.binarySearch(order, a, byScore);
      order.add(at < 0 ? -at - 1 : at, a);
    }
    rerankInPlace(order, a -> entryOf.put(a.areaId(), a));
    ranking = null;
  }

  /** Ranks as {@link Ranking} assigns them: scores within its tie tolerance share a rank. */
  private static void rerankInPlace(
      List<RankedArea> order, java.util.function.Consumer<RankedArea> renewed) {
    int groupStart = 0;
    for (int i = 0; i < order.size(); i++) {
      RankedArea a = order.get(i);
      if (!Ranking.sharesRank(order.get(groupStart).score(), a.score())) {
        groupStart = i;
      }
      if (a.rank() != groupStart + 1) {
        a = new RankedArea(a.areaId(), groupStart + 1, a.score(), a.contributions(), a.criteria());
        order.set(i, a);
        renewed.accept(a);
      }
    }
  }
}
