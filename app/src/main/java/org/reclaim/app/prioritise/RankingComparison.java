package org.reclaim.app.prioritise;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.reclaim.analysis.criteria.CriterionId;
import org.reclaim.store.ranking.RankingRepository;

/**
 * What moved between two stored rankings, and why: for each area in both, the change of rank and
 * the criteria whose contribution to its score changed most (with the raw values before and after,
 * so a reader sees whether the data or the weights moved it).
 *
 * @param fromRunId the earlier run
 * @param toRunId the later run
 * @param common areas ranked in both
 * @param onlyInFrom areas ranked only in the earlier run (released, or outside the later region)
 * @param onlyInTo areas ranked only in the later run (new)
 * @param moved the areas that moved most, largest move first
 */
public record RankingComparison(
    long fromRunId,
    long toRunId,
    int common,
    List<Long> onlyInFrom,
    List<Long> onlyInTo,
    List<Move> moved) {

  /**
   * One area's move.
   *
   * @param rankFrom rank in the earlier run
   * @param rankTo rank in the later run
   * @param reasons every criterion whose raw value or contribution changed, largest change of
   *     contribution first (a raw change can leave the contribution as it was, e.g. when the
   *     column's bounds moved with it)
   */
  public record Move(
      long areaId,
      int rankFrom,
      int rankTo,
      double scoreFrom,
      double scoreTo,
      List<Reason> reasons) {}

  /** One criterion's part in a move. */
  public record Reason(
      String criterion,
      double rawFrom,
      double rawTo,
      double contributionFrom,
      double contributionTo) {}

  static RankingComparison of(
      long fromId,
      List<RankingRepository.Entry> from,
      long toId,
      List<RankingRepository.Entry> to,
      int limit) {
    Map<Long, RankingRepository.Entry> before = new HashMap<>();
    from.forEach(e -> before.put(e.areaId(), e));
    Map<Long, RankingRepository.Entry> after = new HashMap<>();
    to.forEach(e -> after.put(e.areaId(), e));
    List<Move> moves = new ArrayList<>();
    List<Long> onlyTo = new ArrayList<>();
    for (RankingRepository.Entry b : to) {
      RankingRepository.Entry a = before.get(b.areaId());
      if (a == null) {
        onlyTo.add(b.areaId());
      } else if (a.rank() != b.rank()) {
        moves.add(new Move(b.areaId(), a.rank(), b.rank(), a.score(), b.score(), reasons(a, b)));
      }
    }
    List<Long> onlyFrom =
        from.stream()
            .map(RankingRepository.Entry::areaId)
            .filter(id -> !after.containsKey(id))
            .toList();
    moves.sort(
        Comparator.comparingInt((Move m) -> -Math.abs(m.rankFrom() - m.rankTo()))
            .thenComparingLong(Move::areaId));
    return new RankingComparison(
        fromId,
        toId,
        to.size() - onlyTo.size(),
        onlyFrom,
        onlyTo,
        moves.subList(0, Math.min(limit, moves.size())));
  }

  private static List<Reason> reasons(RankingRepository.Entry a, RankingRepository.Entry b) {
    List<Reason> out = new ArrayList<>();
    for (CriterionId c : CriterionId.all()) {
      int j = c.ordinal();
      if (a.raw()[j] != b.raw()[j] || a.contributions()[j] != b.contributions()[j]) {
        out.add(
            new Reason(
                c.key(), a.raw()[j], b.raw()[j], a.contributions()[j], b.contributions()[j]));
      }
    }
    out.sort(
        Comparator.comparingDouble(
                (Reason r) -> -Math.abs(r.contributionTo() - r.contributionFrom()))
            .thenComparing(Reason::criterion));
    return List.copyOf(out);
  }
}
