package org.reclaim.likelihood;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reclaim.likelihood.model.TrainingOptions;
import org.reclaim.likelihood.table.Table;
import org.reclaim.likelihood.table.TableReader;

/**
 * The real RELand cells of Antioquia (4,489 cells, 19 municipalities, MIT licence). Left one
 * municipality out, the boosted trees rank well above chance and above the logistic baseline, and
 * calibration brings the Brier score below the prior's; the same data split at random (neighbours
 * on both sides) scores far higher — the flattery grouped validation guards against.
 */
class RelandTest {
  private static Table cells;

  @BeforeAll
  static void read() throws Exception {
    cells = TableReader.read(SharedDataForTest.reland());
  }

  private static LikelihoodTrainer.Result train(Table t, TrainingOptions o) {
    return new LikelihoodTrainer(Clock.systemUTC())
        .train(t, o.withRounds(100), Map.of(), "RELand Antioquia", LikelihoodTrainer.Progress.NONE);
  }

  private static double boostedAuc(Table t, TrainingOptions o) {
    LikelihoodTrainer.Result r = train(t, o);
    r.model().close();
    return r.validation().boosted().rocAuc();
  }

  @Test
  void leaveOneMunicipalityOut() {
    assertThat(cells.rows()).isEqualTo(4489);
    LikelihoodTrainer.Result r = train(cells, TrainingOptions.of("mines_outcome", "Municipio"));
    try (LikelihoodModel m = r.model()) {
      var v = r.validation();
      assertThat(v.folds()).hasSize(19);
      assertThat(m.schema().ignored()).containsKeys("geometry", "Municipio", "_index");
      assertThat(v.boosted().rocAuc()).isGreaterThan(0.65);
      assertThat(v.boosted().rocAuc()).isGreaterThan(v.logistic().rocAuc());
      assertThat(v.logistic().rocAuc()).isGreaterThan(0.6);
      assertThat(v.boostedCalibrated().brier()).isLessThan(v.prior().brier());
      assertThat(v.boosted().precisionTop10())
          .isGreaterThan(1.5 * v.boosted().positives() / 4489.0);
    }
  }

  @Test
  void aRandomSplitFlattersTheSameModel() {
    String[] random = new String[cells.rows()];
    SplittableRandom r = new SplittableRandom(5);
    for (int i = 0; i < random.length; i++) {
      random[i] = "fold" + r.nextInt(5);
    }
    Table.Builder b = Table.builder(cells.rows());
    for (String name : cells.names()) {
      if (cells.get(name) instanceof Table.Numeric n) {
        b.numeric(name, n.values());
      } else {
        b.text(name, ((Table.Text) cells.get(name)).values());
      }
    }
    Table t = b.text("random_fold", random).build();
    double randomAuc =
        train(t, TrainingOptions.of("mines_outcome", "random_fold").excluding(Set.of("Municipio")))
            .validation()
            .boosted()
            .rocAuc();
    double groupedAuc =
        train(cells, TrainingOptions.of("mines_outcome", "Municipio"))
            .validation()
            .boosted()
            .rocAuc();
    assertThat(randomAuc).isGreaterThan(groupedAuc + 0.1);
  }
}
