package org.reclaim.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reclaim.domain.hazard.HazardClass;
import org.reclaim.domain.hazard.HazardStatus;
import org.reclaim.domain.hazard.HazardousArea;
import org.reclaim.likelihood.LikelihoodModel;
import org.reclaim.likelihood.LikelihoodTrainer;
import org.reclaim.likelihood.features.RegisterFeatures;
import org.reclaim.likelihood.model.TrainingOptions;
import org.reclaim.likelihood.table.Table;
import org.reclaim.likelihood.validation.Metrics;

/**
 * The likelihood model trained on the demo register's completed work, as the demo trains it, scored
 * against the demo world's hidden truth on the areas not yet released: it must rank them far better
 * than the SHA/CHA status alone, and its probabilities must beat the base rate.
 */
class DemoLikelihoodTest {
  @Test
  void theModelFindsTheHiddenContaminationOfUnreleasedAreas() {
    LocalDate today = LocalDate.of(2026, 11, 1);
    DemoDataSet d = DemoDataGenerator.generate(DemoParameters.demo().scaled(0.5), today);
    Table cells =
        RegisterFeatures.compute(
            new RegisterFeatures.Inputs(
                d.hazardousAreas(),
                d.evidence(),
                d.evidenceLinks(),
                d.roads(),
                d.settlements(),
                d.infrastructure(),
                d.occupationSnapshots(),
                d.landReleases(),
                today));
    LikelihoodTrainer.Result r =
        new LikelihoodTrainer(Clock.systemUTC())
            .train(
                cells,
                TrainingOptions.of("found", "region_id").withId("area_id").withRounds(150),
                RegisterFeatures.SOURCES,
                "demo",
                LikelihoodTrainer.Progress.NONE);
    try (LikelihoodModel m = r.model()) {
      double[] p = m.predict(cells).probability();
      List<double[]> rows = new ArrayList<>();
      for (int i = 0; i < d.hazardousAreas().size(); i++) {
        HazardousArea a = d.hazardousAreas().get(i);
        if (a.status() != HazardStatus.RELEASED) {
          rows.add(
              new double[] {
                p[i],
                a.hazardClass() == HazardClass.CHA ? 1 : 0,
                d.truth().of(a.id()).contaminated() ? 1 : 0
              });
        }
      }
      double[] model = rows.stream().mapToDouble(x -> x[0]).toArray();
      double[] status = rows.stream().mapToDouble(x -> x[1]).toArray();
      int[] truth = rows.stream().mapToInt(x -> (int) x[2]).toArray();
      double base = mean(truth);
      double[] baseRate = new double[truth.length];
      java.util.Arrays.fill(baseRate, base);
      assertThat(Metrics.rocAuc(model, truth)).isGreaterThan(0.8);
      assertThat(Metrics.rocAuc(model, truth)).isGreaterThan(Metrics.rocAuc(status, truth) + 0.1);
      assertThat(Metrics.brier(model, truth)).isLessThan(Metrics.brier(baseRate, truth));
    }
  }

  private static double mean(int[] v) {
    double s = 0;
    for (int x : v) {
      s += x;
    }
    return s / v.length;
  }
}
