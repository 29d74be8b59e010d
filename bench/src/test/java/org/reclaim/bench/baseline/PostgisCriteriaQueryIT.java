package org.reclaim.bench.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.reclaim.analysis.criteria.AreaCriteria;
import org.reclaim.analysis.criteria.CriteriaOp;
import org.reclaim.analysis.criteria.CriterionId;
import org.reclaim.app.PostgisSchemaForTest;
import org.reclaim.app.prioritise.PrioritisationService;
import org.reclaim.app.prioritise.ProfileCatalog;
import org.reclaim.app.prioritise.TenAreasForTest;
import org.reclaim.store.ReclaimStore;

/**
 * PostGIS's SQL yardstick of {@code reclaim bench prioritise} agrees with Reclaim's criteria on a
 * hand-made register: the comparison measures speed on the same answers. Skipped without a PostGIS
 * server unless {@code RECLAIM_REQUIRE_POSTGIS=1}.
 */
class PostgisCriteriaQueryIT {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-01T08:00:00Z"), ZoneOffset.UTC);

  @Test
  void postgisSqlAgreesWithReclaimsCriteria() throws Exception {
    try (PostgisSchemaForTest pg = PostgisSchemaForTest.open("yardstick")) {
      ReclaimStore store = pg.store();
      TenAreasForTest.fill(store);
      PrioritisationService service =
          new PrioritisationService(
              store,
              new ProfileCatalog(store),
              new org.reclaim.app.likelihood.LikelihoodService(store, CLOCK),
              CLOCK);
      var snapshot = service.snapshot(null);
      var parameters =
          ProfileCatalog.builtIn("civilian-safety").criteriaParameters(LocalDate.of(2026, 11, 1));
      CriteriaOp op = CriteriaOp.of(snapshot, parameters);
      List<AreaCriteria> ours = op.computeAll(CriteriaOp.Progress.NONE);
      PostgisCriteriaQuery sql = new PostgisCriteriaQuery(store.dataSource());
      sql.prepare(op.frame());
      Map<Long, double[]> theirs = sql.compute(parameters);
      assertThat(theirs).hasSize(10);
      int nonZero = 0;
      for (AreaCriteria a : ours) {
        for (CriterionId c : CriterionId.spatial()) {
          double x = a.value(c);
          double y = theirs.get(a.areaId())[c.ordinal()];
          assertThat(y)
              .as("area %d, %s", a.areaId(), c.key())
              .isCloseTo(x, Offset.offset(1e-6 * Math.max(1, Math.abs(x))));
          nonZero += x != 0 ? 1 : 0;
        }
      }
      // the fixture exercises the criteria: most values are not zero
      assertThat(nonZero).isGreaterThan(30);
    }
  }
}
