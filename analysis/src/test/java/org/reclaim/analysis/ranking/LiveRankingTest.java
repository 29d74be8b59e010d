package org.reclaim.analysis.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.reclaim.analysis.criteria.CriteriaForTest.AS_OF;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reclaim.analysis.criteria.AreaCriteria;
import org.reclaim.analysis.criteria.CriteriaForTest;
import org.reclaim.analysis.criteria.CriteriaForTest.Snapshot;
import org.reclaim.analysis.criteria.CriteriaOp;
import org.reclaim.analysis.criteria.CriteriaParameters;
import org.reclaim.analysis.criteria.CriterionId;
import org.reclaim.analysis.profile.PolicyProfile;
import org.reclaim.domain.evidence.Evidence;
import org.reclaim.domain.evidence.EvidenceType;
import org.reclaim.domain.hazard.HazardousArea;

/**
 * {@link LiveRanking} after evidence upserts gives what {@link Prioritisation#rank} gives on a
 * fresh computation of the updated snapshot, on both the fast path and the full path.
 */
class LiveRankingTest {
  private static final CriteriaParameters P = CriteriaParameters.defaults(AS_OF);

  private static LiveRanking live(Snapshot s, PolicyProfile profile) {
    CriteriaOp op = CriteriaOp.of(s.build(), P);
    return new LiveRanking(op, op.computeAll(CriteriaOp.Progress.NONE), profile);
  }

  private static AreaRanking fresh(Snapshot s, PolicyProfile profile) {
    return Prioritisation.rank(CriteriaOp.compute(s.build(), P), profile);
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {11, 12})
  void randomUpsertsGiveTheFreshRanking(long seed) {
    Snapshot s = CriteriaForTest.randomScene(seed, 30, 60);
    LiveRanking live = live(s, RankingForTest.weightedSum());
    SplittableRandom r = new SplittableRandom(seed);
    int fast = 0;
    int full = 0;
    for (int step = 0; step < 30; step++) {
      Evidence e =
          step % 5 == 4
              ? accidentBeyondEveryBound(s.areas.get(r.nextInt(s.areas.size())), 100_000 + step)
              : lowReliabilityReport(r, s, 100_000 + step);
      AreaRanking before = live.ranking();

      LiveRanking.Update u = live.upsertEvidence(e);
      s.upsert(e);

      assertSameRanking(live.ranking(), fresh(s, live.profile()), "step " + step);
      assertChanges(u, before, live.ranking());
      if (!u.affected().isEmpty()) {
        fast += u.fullRescore() ? 0 : 1;
        full += u.fullRescore() ? 1 : 0;
      }
    }
    assertThat(fast).as("fast-path updates").isPositive();
    assertThat(full).as("full-path updates").isPositive();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"topsis", "rank"})
  void otherMethodsAlwaysRescoreEverything(String which) {
    PolicyProfile profile =
        which.equals("topsis")
            ? RankingForTest.profile("topsis", null, RankingForTest.safetyWeights())
            : RankingForTest.profile("weighted-sum", "rank", RankingForTest.safetyWeights());
    Snapshot s = CriteriaForTest.randomScene(5, 18, 40);
    LiveRanking live = live(s, profile);
    SplittableRandom r = new SplittableRandom(5);
    for (int step = 0; step < 8; step++) {
      Evidence e = lowReliabilityReport(r, s, 100_000 + step);
      AreaRanking before = live.ranking();

      LiveRanking.Update u = live.upsertEvidence(e);
      s.upsert(e);

      assertSameRanking(live.ranking(), fresh(s, profile), which + " step " + step);
      assertChanges(u, before, live.ranking());
      if (u.affected().stream().anyMatch(c -> c.scoreBefore() != c.scoreAfter())) {
        assertThat(u.fullRescore()).isTrue();
      }
    }
  }

  @Test
  void aReportInsideTheBoundsTakesTheFastPathAndAnOutlierTheFullPath() {
    Snapshot s = CriteriaForTest.randomScene(21, 24, 60);
    LiveRanking live = live(s, RankingForTest.weightedSum());
    // the area whose evidence density is strictly between the column's bounds (the median)
    List<AreaCriteria> rows = live.rows();
    List<AreaCriteria> byDensity =
        rows.stream()
            .sorted(
                java.util.Comparator.comparingDouble(a -> a.value(CriterionId.EVIDENCE_DENSITY)))
            .toList();
    double min = byDensity.get(0).value(CriterionId.EVIDENCE_DENSITY);
    double max = byDensity.get(byDensity.size() - 1).value(CriterionId.EVIDENCE_DENSITY);
    AreaCriteria mid =
        byDensity.stream()
            .filter(a -> a.value(CriterionId.EVIDENCE_DENSITY) > min)
            .filter(a -> a.value(CriterionId.EVIDENCE_DENSITY) < max * 0.9)
            .findFirst()
            .orElseThrow();
    HazardousArea area =
        s.areas.stream().filter(a -> a.id() == mid.areaId()).findFirst().orElseThrow();
    // an indirect report of reliability 0.001 at the area's centre: density rises a little
    var c = area.geometry().getInteriorPoint();
    Evidence small =
        Evidence.of(900_001, EvidenceType.PUBLIC_REPORT, AS_OF, c, "t", 0.001, null, null, 0);

    LiveRanking.Update u = live.upsertEvidence(small);
    s.upsert(small);

    assertThat(u.fullRescore()).isFalse();
    assertThat(u.affected()).extracting(RankChange::areaId).contains(area.id());
    assertSameRanking(live.ranking(), fresh(s, live.profile()), "fast");

    Evidence big = accidentBeyondEveryBound(area, 900_002);
    LiveRanking.Update u2 = live.upsertEvidence(big);
    s.upsert(big);

    assertThat(u2.fullRescore()).isTrue();
    assertThat(live.ranking().findArea(area.id()).orElseThrow().rank()).isEqualTo(1);
    assertSameRanking(live.ranking(), fresh(s, live.profile()), "full");
  }

  /** An accident with more casualties than any before, today, inside the area. */
  private static Evidence accidentBeyondEveryBound(HazardousArea area, long id) {
    return Evidence.of(
        id,
        EvidenceType.ACCIDENT,
        AS_OF,
        area.geometry().getInteriorPoint(),
        "t",
        1.0,
        null,
        null,
        500);
  }

  /** An indirect report of low reliability in a random area, or (one in four) anywhere. */
  private static Evidence lowReliabilityReport(SplittableRandom r, Snapshot s, long id) {
    var at =
        r.nextInt(4) == 0
            ? CriteriaForTest.point(r.nextDouble(0, 6000), r.nextDouble(0, 5000))
            : s.areas.get(r.nextInt(s.areas.size())).geometry().getInteriorPoint();
    return Evidence.of(
        id,
        EvidenceType.PUBLIC_REPORT,
        AS_OF.minusDays(r.nextInt(0, 100)),
        at,
        "t",
        r.nextDouble(0, 0.05),
        null,
        null,
        0);
  }

  static void assertSameRanking(AreaRanking actual, AreaRanking expected, String where) {
    assertThat(actual.areas()).as(where).hasSameSizeAs(expected.areas());
    assertThat(actual.ranks()).as(where + ": ranks").isEqualTo(expected.ranks());
    Map<Long, Integer> ranks = expected.ranks();
    for (RankedArea e : expected.areas()) {
      RankedArea a = actual.findArea(e.areaId()).orElseThrow();
      assertThat(a.score())
          .as(where + ": score of " + e.areaId())
          .isCloseTo(e.score(), within(1e-12));
      assertThat(a.rank()).isEqualTo(ranks.get(e.areaId()));
    }
    assertThat(actual.areas())
        .extracting(RankedArea::areaId)
        .as(where + ": order")
        .containsExactlyElementsOf(expected.areas().stream().map(RankedArea::areaId).toList());
  }

  private static void assertChanges(LiveRanking.Update u, AreaRanking before, AreaRanking after) {
    for (RankChange c : u.affected()) {
      RankedArea b = before.findArea(c.areaId()).orElseThrow();
      RankedArea a = after.findArea(c.areaId()).orElseThrow();
      assertThat(c.rankBefore()).isEqualTo(b.rank());
      assertThat(c.rankAfter()).isEqualTo(a.rank());
      assertThat(c.scoreBefore()).isEqualTo(b.score());
      assertThat(c.scoreAfter()).isEqualTo(a.score());
    }
  }
}
