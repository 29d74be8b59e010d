package org.reclaim.app.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.reclaim.io.export.CsvExporter;
import org.reclaim.io.export.ExportTable;
import org.reclaim.likelihood.LikelihoodModel;
import org.reclaim.likelihood.LikelihoodTrainer;
import org.reclaim.likelihood.model.TrainingOptions;
import org.reclaim.likelihood.table.Table;
import org.reclaim.likelihood.table.TableReader;
import org.reclaim.likelihood.validation.Metrics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code reclaim likelihood train|predict|evaluate}: the contamination-likelihood model on plain
 * tabular data, so that an authority can train on its own records (docs/likelihood.md). Bad input —
 * a missing label or group column, a label that is not 0/1, a file that is no model — is one line
 * naming the column or file, exit 2.
 */
@Command(
    name = "likelihood",
    mixinStandardHelpOptions = true,
    description =
        "Contamination likelihood: train, apply and evaluate a model on a CSV table; train the"
            + " register's own from its completed work, list its models, choose the active one,"
            + " list cancellation candidates.",
    subcommands = {
      LikelihoodCommand.Train.class,
      LikelihoodCommand.Predict.class,
      LikelihoodCommand.Evaluate.class,
      LikelihoodRegisterCommands.TrainRegister.class,
      LikelihoodRegisterCommands.Features.class,
      LikelihoodRegisterCommands.Models.class,
      LikelihoodRegisterCommands.Activate.class,
      LikelihoodRegisterCommands.Candidates.class
    })
final class LikelihoodCommand implements Runnable {
  @Override
  public void run() {
    new picocli.CommandLine(this).usage(System.out);
  }

  /** {@code reclaim likelihood train}. */
  @Command(
      name = "train",
      mixinStandardHelpOptions = true,
      description =
          "Train on a labelled CSV, validate by cross-validation grouped by region, write the"
              + " model and its card.")
  static final class Train implements Callable<Integer> {
    @Option(names = "--input", required = true, description = "Labelled cells, CSV with a header.")
    Path input;

    @Option(
        names = "--label",
        required = true,
        description = "The 0/1 column: 1 = ordnance found, 0 = released, nothing found.")
    String label;

    @Option(
        names = "--group",
        required = true,
        description = "The region column to group cross-validation by (e.g. Municipio, raion).")
    String group;

    @Option(names = "--id", description = "The column naming a cell in predictions.")
    String id;

    @Option(
        names = "--exclude",
        split = ",",
        description = "Columns not to read, e.g. coordinates.")
    List<String> exclude = new ArrayList<>();

    @Option(
        names = {"-o", "--output"},
        required = true,
        description = "Directory for the model.")
    Path output;

    @Option(
        names = "--rounds",
        defaultValue = "100",
        description = "Boosting rounds (${DEFAULT-VALUE}).")
    int rounds;

    @Option(
        names = "--max-depth",
        defaultValue = "4",
        description = "Tree depth (${DEFAULT-VALUE}).")
    int maxDepth;

    @Option(
        names = "--eta",
        defaultValue = "0.15",
        description = "Learning rate (${DEFAULT-VALUE}).")
    double eta;

    @Option(
        names = "--scale-pos-weight",
        defaultValue = "1",
        description = "Weight of a contaminated cell against a clean one (${DEFAULT-VALUE}).")
    double scalePosWeight;

    @Option(
        names = "--monotone",
        split = ",",
        description = "COLUMN=+1|-1: the probability may only rise (fall) with the column.")
    Map<String, Integer> monotone = new LinkedHashMap<>();

    @Option(
        names = "--neighbourhood",
        paramLabel = "LAT,LON,KM",
        description =
            "Add the distance to, and count within KM of, cells labelled contaminated (from the"
                + " training folds only).")
    String neighbourhood;

    @Option(
        names = "--threads",
        defaultValue = "2",
        description = "Native threads (${DEFAULT-VALUE}).")
    int threads;

    @Override
    public Integer call() throws IOException {
      Table table = read(input);
      if (table == null) {
        return 2;
      }
      TrainingOptions options =
          TrainingOptions.of(label, group)
              .withId(id)
              .excluding(new LinkedHashSet<>(exclude))
              .withRounds(rounds)
              .withTrees(maxDepth, eta, 1)
              .withScalePosWeight(scalePosWeight)
              .withMonotone(monotone)
              .withThreads(threads);
      if (neighbourhood != null) {
        String[] p = neighbourhood.split(",");
        if (p.length != 3) {
          System.err.println("reclaim likelihood train: --neighbourhood must be LAT,LON,KM");
          return 2;
        }
        options =
            options.withNeighbourhood(
                new TrainingOptions.Neighbourhood(p[0], p[1], Double.parseDouble(p[2])));
      }
      System.err.printf(
          "reclaim likelihood train: %,d rows, %d columns from %s%n",
          table.rows(), table.names().size(), input);
      LikelihoodTrainer.Result r;
      try (ProgressBars bars = new ProgressBars()) {
        r =
            new LikelihoodTrainer(Clock.systemUTC())
                .train(
                    table,
                    options,
                    Map.of(),
                    input.getFileName().toString(),
                    (step, done, total) -> bars.progress(step, done, total));
      } catch (IllegalArgumentException e) {
        System.err.println("reclaim likelihood train: " + e.getMessage());
        return 2;
      }
      try (LikelihoodModel m = r.model()) {
        r.notes().forEach(n -> System.err.println("note: " + n));
        m.schema()
            .ignored()
            .forEach((c, why) -> System.err.println("not read: " + c + " (" + why + ")"));
        System.out.print(r.validation().toText());
        m.save(output);
        System.out.printf(
            "model written to %s (%d features; card: %s)%n",
            output, m.featureNames().size(), output.resolve("model-card.json"));
      }
      return 0;
    }
  }

  /** {@code reclaim likelihood predict}. */
  @Command(
      name = "predict",
      mixinStandardHelpOptions = true,
      description =
          "Probability of contamination for every row of a CSV, with the features that push it"
              + " up or down most.")
  static final class Predict implements Callable<Integer> {
    @Option(names = "--model", required = true, description = "A model directory.")
    Path model;

    @Option(names = "--input", required = true, description = "Cells, CSV with a header.")
    Path input;

    @Option(
        names = {"-o", "--output"},
        required = true,
        description = "Predictions CSV to write.")
    Path output;

    @Option(names = "--id", description = "The id column (default: the model's, else the row).")
    String id;

    @Option(
        names = "--top",
        defaultValue = "5",
        description = "Contributions per row (${DEFAULT-VALUE}).")
    int top;

    @Override
    public Integer call() throws IOException {
      Table table = read(input);
      if (table == null) {
        return 2;
      }
      try (LikelihoodModel m = load(model)) {
        if (m == null) {
          return 2;
        }
        var x = m.encode(table);
        List<LikelihoodModel.Explanation> ex = m.explain(x);
        x.notes().forEach(n -> System.err.println("note: " + n));
        String idColumn = id != null ? id : m.idColumn();
        Table.Column ids = idColumn == null ? null : table.find(idColumn).orElse(null);
        if (idColumn != null && ids == null) {
          System.err.println("note: no id column '" + idColumn + "'; rows are numbered from 1");
        }
        String idName = ids == null ? "row" : idColumn;
        List<String> fields = new ArrayList<>(List.of(idName, "probability", "log_odds"));
        for (int k = 1; k <= top; k++) {
          fields.add("feature_" + k);
          fields.add("contribution_" + k);
        }
        List<ExportTable.Row> rows = new ArrayList<>(x.rows());
        for (int r = 0; r < x.rows(); r++) {
          Map<String, Object> v = new LinkedHashMap<>();
          v.put(idName, ids == null ? (Object) (long) (r + 1) : cell(ids, r));
          v.put("probability", ex.get(r).probability());
          v.put("log_odds", ex.get(r).margin());
          List<LikelihoodModel.Contribution> cs = ex.get(r).contributions();
          for (int k = 0; k < top && k < cs.size(); k++) {
            v.put("feature_" + (k + 1), cs.get(k).feature());
            v.put("contribution_" + (k + 1), cs.get(k).contribution());
          }
          rows.add(new ExportTable.Row(v, null));
        }
        try (OutputStream out = Files.newOutputStream(output)) {
          CsvExporter.write(new ExportTable("predictions", fields, false, rows), out, true);
        }
        System.out.printf("wrote %,d predictions to %s%n", rows.size(), output);
      }
      return 0;
    }
  }

  /** {@code reclaim likelihood evaluate}. */
  @Command(
      name = "evaluate",
      mixinStandardHelpOptions = true,
      description = "ROC-AUC, PR-AUC, Brier score and reliability of a model on labelled cells.")
  static final class Evaluate implements Callable<Integer> {
    @Option(names = "--model", required = true, description = "A model directory.")
    Path model;

    @Option(names = "--input", required = true, description = "Labelled cells, CSV.")
    Path input;

    @Option(names = "--label", required = true, description = "The 0/1 column.")
    String label;

    @Override
    public Integer call() throws IOException {
      Table table = read(input);
      if (table == null) {
        return 2;
      }
      if (!(table.find(label).orElse(null) instanceof Table.Numeric labels)) {
        System.err.println(
            "reclaim likelihood evaluate: label: no numeric column '" + label + "' in " + input);
        return 2;
      }
      try (LikelihoodModel m = load(model)) {
        if (m == null) {
          return 2;
        }
        var p = m.predict(table);
        p.notes().forEach(n -> System.err.println("note: " + n));
        List<Integer> keep = new ArrayList<>();
        for (int r = 0; r < table.rows(); r++) {
          double v = labels.values()[r];
          if (!Double.isNaN(v)) {
            if (v != 0 && v != 1) {
              System.err.printf(
                  "reclaim likelihood evaluate: label: row %d is %s, not 0 or 1%n", r + 1, v);
              return 2;
            }
            keep.add(r);
          }
        }
        double[] prob = new double[keep.size()];
        int[] y = new int[keep.size()];
        for (int i = 0; i < keep.size(); i++) {
          prob[i] = p.probability()[keep.get(i)];
          y[i] = (int) labels.values()[keep.get(i)];
        }
        Metrics.Summary s = Metrics.summary(prob, y, 10);
        System.out.printf(
            Locale.ROOT,
            "%,d labelled cells, %,d contaminated%nROC-AUC %.3f  PR-AUC %.3f  Brier %.4f  top 10%%"
                + " %.3f  top 20%% %.3f%nreliability: predicted -> observed (cells)%n",
            s.count(),
            s.positives(),
            s.rocAuc(),
            s.prAuc(),
            s.brier(),
            s.precisionTop10(),
            s.precisionTop20());
        for (Metrics.Bin b : s.reliability()) {
          System.out.printf(
              Locale.ROOT,
              "  %.1f-%.1f  %.3f -> %.3f  (%d)%n",
              b.from(),
              b.to(),
              b.meanPredicted(),
              b.observed(),
              b.count());
        }
      }
      return 0;
    }
  }

  private static Table read(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      System.err.println("reclaim likelihood: no such file: " + file);
      return null;
    }
    try {
      return TableReader.read(file);
    } catch (IllegalArgumentException e) {
      System.err.println("reclaim likelihood: " + e.getMessage());
      return null;
    }
  }

  private static LikelihoodModel load(Path dir) throws IOException {
    try {
      return LikelihoodModel.load(dir);
    } catch (IllegalArgumentException e) {
      System.err.println("reclaim likelihood: " + e.getMessage());
      return null;
    }
  }

  private static Object cell(Table.Column c, int r) {
    if (c instanceof Table.Text t) {
      return t.values()[r];
    }
    double v = ((Table.Numeric) c).values()[r];
    if (Double.isNaN(v)) {
      return null; // an empty cell: missing, as the reader reads it back
    }
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? (Object) (long) v : (Object) v;
  }

  /** {@code t} as rows to export (empty cells for missing values). */
  static ExportTable exportTable(Table t, String name) {
    List<ExportTable.Row> rows = new ArrayList<>(t.rows());
    for (int r = 0; r < t.rows(); r++) {
      Map<String, Object> v = new LinkedHashMap<>();
      for (String column : t.names()) {
        v.put(column, cell(t.get(column), r));
      }
      rows.add(new ExportTable.Row(v, null));
    }
    return new ExportTable(name, t.names(), false, rows);
  }
}
