package org.reclaim.analysis.scoring;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The result of a scoring method: every alternative with its score, rank and per-criterion
 * breakdown, best first.
 *
 * <p>Order: by score descending; alternatives tied within {@link #TIE_TOLERANCE} share a rank and
 * are listed by id ({@link String#compareTo}), so the result does not depend on the order of the
 * rows in the decision matrix. Immutable and thread safe.
 *
 * @param method which method produced it, e.g. {@code "weighted-sum/MIN_MAX"} or {@code "topsis"}
 * @param alternatives best first
 */
public record Ranking(String method, List<RankedAlternative> alternatives) {

  /**
   * Scores closer than this are a tie. Scores are in {@code [0, 1]}, so this is far below any
   * meaningful difference and above the rounding left by summing weights in a different order.
   */
  public static final double TIE_TOLERANCE = 1e-12;

  /**
   * Whether {@code score} shares the rank of {@code lead}, the first (highest) score of its group
   * in descending order: the one tie rule every ranking in Reclaim uses.
   */
  public static boolean sharesRank(double lead, double score) {
    return lead - score <= TIE_TOLERANCE;
  }

  /** Copies the list. */
  public Ranking {
    alternatives = List.copyOf(alternatives);
  }

  /** The entry for {@code alternative}, if it was scored. */
  public Optional<RankedAlternative> findAlternative(String alternative) {
    return alternatives.stream().filter(a -> a.alternative().equals(alternative)).findFirst();
  }

  /**
   * The entry for {@code alternative}.
   *
   * @throws IllegalArgumentException if it was not scored
   */
  public RankedAlternative getAlternative(String alternative) {
    return findAlternative(alternative)
        .orElseThrow(
            () -> new IllegalArgumentException("no alternative '" + alternative + "' in ranking"));
  }

  /** Score by alternative id, best first; unmodifiable. */
  public Map<String, Double> scores() {
    Map<String, Double> scores = new LinkedHashMap<>();
    alternatives.forEach(a -> scores.put(a.alternative(), a.score()));
    return Collections.unmodifiableMap(scores);
  }

  /** Alternative ids, best first. */
  public List<String> listIds() {
    return alternatives.stream().map(RankedAlternative::alternative).toList();
  }

  /**
   * Sorts unranked entries (rank ignored) into a ranking: by score, ties by id, competition ranks.
   */
  static Ranking assemble(String method, List<RankedAlternative> unranked) {
    List<RankedAlternative> byScore = new ArrayList<>(unranked);
    byScore.sort(Comparator.comparingDouble(RankedAlternative::score).reversed());
    List<RankedAlternative> ranked = new ArrayList<>(byScore.size());
    int start = 0;
    while (start < byScore.size()) {
      double lead = byScore.get(start).score();
      int end = start;
      while (end + 1 < byScore.size() && sharesRank(lead, byScore.get(end + 1).score())) {
        end++;
      }
      List<RankedAlternative> group = new ArrayList<>(byScore.subList(start, end + 1));
      group.sort(Comparator.comparing(RankedAlternative::alternative));
      for (RankedAlternative a : group) {
        ranked.add(
            new RankedAlternative(
                a.alternative(),
                a.score(),
                start + 1,
                a.distanceToIdeal(),
                a.distanceToAntiIdeal(),
                a.contributions()));
      }
      start = end + 1;
    }
    return new Ranking(method, ranked);
  }
}
