package org.reclaim.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code reclaim likelihood train|predict|evaluate} on the real RELand cells: a model and its card
 * written, predictions for a table that does not match the training columns, evaluation, and bad
 * input named.
 */
class LikelihoodCliIT {
  @TempDir static Path dir;
  private static Path reland;
  private static CliForTest.Run trained;

  @BeforeAll
  static void train() {
    Path p = Path.of("").toAbsolutePath();
    while (!Files.exists(p.resolve("shared/data/mine_action/colombia_reland/train_labeled.csv"))) {
      p = p.getParent();
    }
    reland = p.resolve("shared/data/mine_action/colombia_reland/train_labeled.csv");
    trained =
        CliForTest.exec(
            "likelihood",
            "train",
            "--input",
            reland.toString(),
            "--label",
            "mines_outcome",
            "--group",
            "Municipio",
            "--id",
            "_index",
            "--rounds",
            "40",
            "-o",
            dir.resolve("model").toString());
  }

  @Test
  void trainingPrintsTheGroupedValidationAndWritesTheModelAndItsCard() throws Exception {
    assertThat(trained.code()).as(trained.err()).isZero();
    assertThat(trained.out())
        .contains("leave one Municipio out (19 folds)")
        .contains("boosted trees")
        .contains("logistic regression")
        .contains("prior only")
        .contains("reliability");
    assertThat(dir.resolve("model/model.ubj")).exists();
    assertThat(Files.readString(dir.resolve("model/model-card.json")))
        .contains("\"sha256\"")
        .contains("\"mines_outcome\"")
        .contains("isotonic");
  }

  @Test
  void predictionsForATableWithOtherColumnsNameWhatDidNotMatch() throws Exception {
    List<String> lines = Files.readAllLines(reland);
    String[] header = lines.get(0).split(",", -1);
    // keep the first 30 rows, drop the 'elevation' column, add one the model never saw
    int elevation = List.of(header).indexOf("elevation");
    StringBuilder csv = new StringBuilder();
    for (int r = 0; r <= 30; r++) {
      List<String> cells = new java.util.ArrayList<>(splitCsv(lines.get(r)));
      cells.remove(elevation);
      cells.add(r == 0 ? "surveyor" : "team " + r);
      csv.append(String.join(",", cells)).append('\n');
    }
    Path input = dir.resolve("new.csv");
    Files.writeString(input, csv);
    Path out = dir.resolve("predictions.csv");
    CliForTest.Run run =
        CliForTest.exec(
            "likelihood",
            "predict",
            "--model",
            dir.resolve("model").toString(),
            "--input",
            input.toString(),
            "-o",
            out.toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.err()).contains("missing column(s)").contains("elevation").contains("surveyor");
    List<String> rows = Files.readAllLines(out);
    assertThat(rows).hasSize(31);
    assertThat(rows.get(0)).startsWith("_index,probability,log_odds,feature_1,contribution_1");
    assertThat(rows.get(1)).startsWith("0,");
    double p = Double.parseDouble(rows.get(1).split(",")[1]);
    assertThat(p).isBetween(0.0, 1.0);
  }

  @Test
  void evaluationPrintsTheFigures() {
    CliForTest.Run run =
        CliForTest.exec(
            "likelihood",
            "evaluate",
            "--model",
            dir.resolve("model").toString(),
            "--input",
            reland.toString(),
            "--label",
            "mines_outcome");
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).contains("ROC-AUC").contains("Brier").contains("4,489 labelled cells");
  }

  @Test
  void aMissingLabelColumnIsNamed() {
    CliForTest.Run run =
        CliForTest.exec(
            "likelihood",
            "train",
            "--input",
            reland.toString(),
            "--label",
            "found",
            "--group",
            "Municipio",
            "-o",
            dir.resolve("x").toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("label: no column 'found'");
  }

  /** CSV cells of one line (quotes honoured; the RELand header quotes names with commas). */
  private static List<String> splitCsv(String line) {
    List<String> out = new java.util.ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (char c : line.toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
        cell.append(c);
      } else if (c == ',' && !quoted) {
        out.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    out.add(cell.toString());
    return out;
  }
}
