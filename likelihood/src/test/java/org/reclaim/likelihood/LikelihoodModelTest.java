package org.reclaim.likelihood;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reclaim.likelihood.model.TrainingOptions;
import org.reclaim.likelihood.table.FeatureMatrix;
import org.reclaim.likelihood.table.Table;

/**
 * A model on a small synthetic table: its explanations add up, it survives prediction tables that
 * do not match its training columns, and it reads back the same.
 */
class LikelihoodModelTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC);

  @TempDir Path dir;

  /** 600 cells in 12 regions; contaminated follows distance and soil, with noise. */
  static Table cells(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    int n = 600;
    double[] distance = new double[n];
    double[] noise = new double[n];
    String[] soil = new String[n];
    String[] region = new String[n];
    String[] wkt = new String[n];
    double[] label = new double[n];
    for (int i = 0; i < n; i++) {
      distance[i] = r.nextDouble() * 20;
      noise[i] = r.nextGaussian();
      soil[i] = List.of("clay", "sand", "loam").get(r.nextInt(3));
      region[i] = "r" + (i % 12);
      wkt[i] = "POINT (" + (30 + r.nextDouble()) + " " + (48 + r.nextDouble()) + ")";
      double z = 2 - 0.35 * distance[i] + (soil[i].equals("clay") ? 1 : 0) + r.nextGaussian();
      label[i] = z > 0 ? 1 : 0;
    }
    label[7] = Double.NaN; // an unlabelled cell
    return Table.builder(n)
        .numeric("distance_km", distance)
        .numeric("noise", noise)
        .text("soil", soil)
        .text("region", region)
        .text("geometry", wkt)
        .numeric("found", label)
        .build();
  }

  private static LikelihoodTrainer.Result train() {
    return new LikelihoodTrainer(CLOCK)
        .train(
            cells(1),
            TrainingOptions.of("found", "region").withRounds(60).withThreads(1),
            Map.of("distance_km", "distance to the front line"),
            "test model",
            LikelihoodTrainer.Progress.NONE);
  }

  @Test
  void theModelReadsTheRightColumnsAndBeatsThePrior() {
    LikelihoodTrainer.Result r = train();
    try (LikelihoodModel m = r.model()) {
      assertThat(m.featureNames())
          .containsExactly("distance_km", "noise", "soil=clay", "soil=loam", "soil=sand");
      assertThat(m.schema().ignored()).containsKeys("found", "region", "geometry");
      assertThat(r.notes()).anyMatch(n -> n.contains("1 row(s) without a label"));
      assertThat(r.validation().boosted().rocAuc()).isGreaterThan(0.8);
      assertThat(r.validation().prior().rocAuc()).isLessThan(0.6);
      assertThat(r.validation().boostedCalibrated().brier())
          .isLessThan(r.validation().prior().brier());
      assertThat(r.validation().folds()).hasSize(12);
      assertThat(m.card().data().rows()).isEqualTo(599);
      assertThat(m.card().features().getFirst().source()).isEqualTo("distance to the front line");
    }
  }

  @Test
  void everyExplanationAddsUpToItsMargin() {
    try (LikelihoodModel m = train().model()) {
      FeatureMatrix x = FeatureMatrix.encode(m.schema(), cells(2));
      LikelihoodModel.Predictions p = m.predict(x);
      List<LikelihoodModel.Explanation> ex = m.explain(x);
      for (int i = 0; i < x.rows(); i++) {
        double sum = ex.get(i).bias();
        for (LikelihoodModel.Contribution c : ex.get(i).contributions()) {
          sum += c.contribution();
        }
        assertThat(sum).as("row %d", i).isCloseTo(p.margin()[i], within(1e-4));
        assertThat(ex.get(i).probability()).isEqualTo(p.probability()[i]);
      }
      // near the line the distance pushes up; far away it pushes down
      int near = -1;
      int far = -1;
      for (int i = 0; i < x.rows(); i++) {
        float d = x.values()[i * x.columns()];
        near = near < 0 && d < 1 ? i : near;
        far = far < 0 && d > 18 ? i : far;
      }
      assertThat(contribution(ex.get(near), "distance_km")).isPositive();
      assertThat(contribution(ex.get(far), "distance_km")).isNegative();
    }
  }

  private static double contribution(LikelihoodModel.Explanation e, String feature) {
    return e.contributions().stream()
        .filter(c -> c.feature().equals(feature))
        .findFirst()
        .orElseThrow()
        .contribution();
  }

  @Test
  void predictionsSurviveMissingExtraAndUnseenColumns() {
    try (LikelihoodModel m = train().model()) {
      // columns in another order, 'noise' missing, an extra column, an unseen soil, NaN and empty
      Table odd =
          Table.builder(4)
              .text("soil", new String[] {"clay", "peat", null, "sand"})
              .numeric("elevation_m", new double[] {100, 200, 300, 400})
              .numeric("distance_km", new double[] {1, 1, Double.NaN, 15})
              .build();
      LikelihoodModel.Predictions p = m.predict(odd);
      assertThat(p.probability()).hasSize(4);
      for (double v : p.probability()) {
        assertThat(v).isBetween(0.0, 1.0);
      }
      assertThat(p.notes())
          .anyMatch(n -> n.contains("missing column") && n.contains("noise"))
          .anyMatch(n -> n.contains("does not read") && n.contains("elevation_m"))
          .anyMatch(n -> n.contains("soil") && n.contains("not seen in training"));
      // the columns are matched by name: distance still drives the prediction
      Table same =
          Table.builder(2)
              .numeric("distance_km", new double[] {1, 15})
              .text("soil", new String[] {"clay", "clay"})
              .build();
      double[] q = m.predict(same).raw();
      assertThat(q[0]).isGreaterThan(q[1]);
    }
  }

  @Test
  void aSavedModelReadsBackToTheSamePredictions() throws Exception {
    Table t = cells(3);
    try (LikelihoodModel m = train().model()) {
      m.save(dir);
      try (LikelihoodModel again = LikelihoodModel.load(dir)) {
        assertThat(again.predict(t).probability()).containsExactly(m.predict(t).probability());
        assertThat(again.featureNames()).isEqualTo(m.featureNames());
        assertThat(again.card().data().sha256()).isEqualTo(m.card().data().sha256());
        assertThat(again.card().validation().boosted().rocAuc())
            .isEqualTo(m.card().validation().boosted().rocAuc());
      }
    }
    assertThat(dir.resolve("model-card.json"))
        .content()
        .contains("\"sha256\"")
        .contains("xgboost4j");
  }

  @Test
  void aModelKeptAsTextReadsBackToTheSamePredictionsAndExplanations() {
    Table t = cells(3);
    try (LikelihoodModel m = train().model()) {
      LikelihoodModel.Files files = m.toFiles();
      try (LikelihoodModel again = LikelihoodModel.fromFiles(files)) {
        assertThat(again.predict(t).probability()).containsExactly(m.predict(t).probability());
        var x = m.encode(t);
        assertThat(again.explain(x).get(0).contributions())
            .isEqualTo(m.explain(x).get(0).contributions());
      }
    }
    assertThatThrownBy(
            () -> LikelihoodModel.fromFiles(new LikelihoodModel.Files("not base64!", "{}", "{}")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a likelihood model");
  }

  @Test
  void aMissingLabelOrGroupColumnIsNamed() {
    LikelihoodTrainer t = new LikelihoodTrainer(CLOCK);
    assertThatThrownBy(
            () ->
                t.train(
                    cells(1),
                    TrainingOptions.of("mines_outcome", "region"),
                    Map.of(),
                    "x",
                    LikelihoodTrainer.Progress.NONE))
        .hasMessageStartingWith("label: no column 'mines_outcome'");
    assertThatThrownBy(
            () ->
                t.train(
                    cells(1),
                    TrainingOptions.of("found", "Municipio"),
                    Map.of(),
                    "x",
                    LikelihoodTrainer.Progress.NONE))
        .hasMessageStartingWith("group: no column 'Municipio'");
  }
}
