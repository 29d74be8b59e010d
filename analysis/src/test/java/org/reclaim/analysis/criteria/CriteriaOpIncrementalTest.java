package org.reclaim.analysis.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reclaim.analysis.criteria.CriteriaForTest.AS_OF;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reclaim.analysis.criteria.CriteriaForTest.Snapshot;
import org.reclaim.domain.evidence.Evidence;

/**
 * {@link CriteriaOp#upsertEvidence} against a fresh computation over the snapshot with the report
 * added or replaced: the returned rows, recomputed, equal the fresh rows; every other row is as it
 * was before the report.
 */
class CriteriaOpIncrementalTest {
  private static final CriteriaParameters P = CriteriaParameters.defaults(AS_OF);

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3})
  void upsertsMatchAFreshComputation(long seed) {
    Snapshot s = CriteriaForTest.randomScene(seed, 24, 80);
    CriteriaOp op = CriteriaOp.of(s.build(), P);
    List<AreaCriteria> current = new ArrayList<>(op.computeAll(CriteriaOp.Progress.NONE));
    SplittableRandom r = new SplittableRandom(seed * 31);
    int touchedSomething = 0;
    for (int step = 0; step < 30; step++) {
      Evidence e = next(r, s, step);

      List<Integer> rows = op.upsertEvidence(e);
      s.upsert(e);
      List<AreaCriteria> fresh = CriteriaOp.compute(s.build(), P);

      assertThat(rows).isSorted().doesNotHaveDuplicates();
      for (int row = 0; row < fresh.size(); row++) {
        if (rows.contains(row)) {
          current.set(row, op.computeRow(row));
        }
        assertSame(current.get(row), fresh.get(row), "step " + step + ", row " + row);
      }
      touchedSomething += rows.isEmpty() ? 0 : 1;
    }
    assertThat(touchedSomething).isPositive();
  }

  /** New reports, and new versions (moved, retyped, re-dated) of reports already there. */
  private static Evidence next(SplittableRandom r, Snapshot s, int step) {
    Evidence e = CriteriaForTest.randomEvidence(r, 20_000 + step, 6000, 4000);
    if (step % 3 == 1) {
      // a new version of an original report
      long id = s.evidence.get(r.nextInt(s.evidence.size())).id();
      return withId(e, id);
    }
    if (step % 3 == 2 && step > 3) {
      // a new version of a report added by this test
      return withId(e, 20_000 + step - 2);
    }
    return e;
  }

  private static Evidence withId(Evidence e, long id) {
    return new Evidence(
        id,
        e.type(),
        e.evidenceClass(),
        e.observedOn(),
        e.location(),
        e.source(),
        e.reliability(),
        e.detectorType(),
        e.confidence(),
        e.casualties());
  }

  /** Same sources and method, values equal up to the order of floating-point sums. */
  static void assertSame(AreaCriteria actual, AreaCriteria expected, String where) {
    assertThat(actual.areaId()).as(where).isEqualTo(expected.areaId());
    assertThat(actual.method()).as(where).isEqualTo(expected.method());
    for (CriterionId c : CriterionId.all()) {
      double x = expected.value(c);
      assertThat(actual.value(c))
          .as(where + " " + c.key())
          .isCloseTo(x, org.assertj.core.api.Assertions.within(1e-9 * Math.max(1, Math.abs(x))));
      assertThat(actual.sources(c))
          .as(where + " sources " + c.key())
          .isEqualTo(expected.sources(c));
    }
  }
}
