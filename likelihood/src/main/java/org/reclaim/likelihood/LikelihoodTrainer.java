package org.reclaim.likelihood;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.reclaim.likelihood.calibration.IsotonicCalibration;
import org.reclaim.likelihood.model.Booster;
import org.reclaim.likelihood.model.KnownContamination;
import org.reclaim.likelihood.model.Standardiser;
import org.reclaim.likelihood.model.TrainingOptions;
import org.reclaim.likelihood.model.TrainingOptions.Neighbourhood;
import org.reclaim.likelihood.table.FeatureMatrix;
import org.reclaim.likelihood.table.FeatureSchema;
import org.reclaim.likelihood.table.Table;
import org.reclaim.likelihood.validation.GroupedFolds;
import org.reclaim.likelihood.validation.Metrics;
import org.reclaim.likelihood.validation.Validation;

/**
 * Trains a contamination-likelihood model on a labelled table and validates it the only honest way
 * for spatial data: cross-validation grouped by region ({@link GroupedFolds}). In every fold the
 * boosted trees, the logistic-regression baseline (XGBoost's linear booster on standardised
 * features, L2-penalised) and the prior are trained on the other regions and predict the held-out
 * one; the calibration is fitted on those out-of-fold predictions. The model returned is trained on
 * every labelled row, with that calibration, and carries its card.
 *
 * <p>Thread safe: every call works on its own state.
 */
public final class LikelihoodTrainer {
  /** Told how far training has got. */
  @FunctionalInterface
  public interface Progress {
    Progress NONE = (step, done, total) -> {};

    void progress(String step, int done, int total);
  }

  /** A trained model and its validation. */
  public record Result(LikelihoodModel model, Validation validation, List<String> notes) {}

  private final Clock clock;

  public LikelihoodTrainer(Clock clock) {
    this.clock = clock;
  }

  /**
   * Trains on {@code table}.
   *
   * @param featureSources feature column → where its values come from, for the card (columns not
   *     named are "column of the training table")
   * @throws IllegalArgumentException naming the column when the label or group column is missing,
   *     or the label holds anything but 0, 1 or an empty cell
   */
  public Result train(
      Table table,
      TrainingOptions options,
      Map<String, String> featureSources,
      String modelName,
      Progress progress) {
    Labelled data = labelled(table, options);
    Set<String> excluded = new HashSet<>(options.exclude());
    excluded.add(options.label());
    excluded.add(options.group());
    if (options.id() != null) {
      excluded.add(options.id());
    }
    FeatureSchema schema = FeatureSchema.learn(data.table(), excluded);
    FeatureMatrix x = FeatureMatrix.encode(schema, data.table());
    Neighbourhood hood = options.neighbourhood();
    double[] lat = hood == null ? null : coordinate(data.table(), hood.lat(), "lat");
    double[] lon = hood == null ? null : coordinate(data.table(), hood.lon(), "lon");
    List<String> featureNames = new ArrayList<>(schema.featureNames());
    if (hood != null) {
      featureNames.addAll(KnownContamination.featureNames(hood.radiusKm()));
    }
    GroupedFolds folds = GroupedFolds.of(data.groups());
    int steps = folds.count() + 1;
    Map<String, Object> treeParams = options.boosterParameters(featureNames);
    OutOfFold oof = outOfFold(x, data, folds, options, lat, lon, treeParams, progress);
    double[] boosted = oof.boosted();
    double[] calibrated = crossFittedCalibration(boosted, data.y(), folds);
    String scheme =
        folds.count() == new HashSet<>(List.of(data.groups())).size()
            ? "leave one " + options.group() + " out (" + folds.count() + " folds)"
            : folds.count() + " folds grouped by " + options.group();
    Validation validation =
        new Validation(
            scheme,
            Metrics.summary(boosted, data.y(), 10),
            Metrics.summary(calibrated, data.y(), 10),
            Metrics.summary(oof.logistic(), data.y(), 10),
            Metrics.summary(oof.prior(), data.y(), 10),
            oof.folds());
    progress.progress("final model", folds.count(), steps);
    KnownContamination known = null;
    FeatureMatrix all = x;
    if (hood != null) {
      int[] every = new int[x.rows()];
      for (int i = 0; i < every.length; i++) {
        every[i] = i;
      }
      known = known(lat, lon, data.y(), every, hood.radiusKm());
      all = x.withColumns(known.features(lat, lon), List.of());
    }
    Booster finalBooster = Booster.train(all, data.y(), treeParams, options.rounds());
    IsotonicCalibration calibration =
        options.calibrated() ? IsotonicCalibration.fit(boosted, data.y()) : null;
    ModelCard card =
        card(
            modelName,
            schema,
            featureNames,
            featureSources,
            data,
            options,
            validation,
            calibration != null);
    progress.progress("final model", steps, steps);
    List<String> notes = new ArrayList<>();
    if (data.unlabelled() > 0) {
      notes.add(data.unlabelled() + " row(s) without a label left out of training");
    }
    return new Result(
        new LikelihoodModel(schema, finalBooster, calibration, card, hood, known, options.id()),
        validation,
        notes);
  }

  /** Every learner's out-of-fold probabilities and each fold's figures. */
  private record OutOfFold(
      double[] boosted, double[] logistic, double[] prior, List<Validation.Fold> folds) {}

  private static OutOfFold outOfFold(
      FeatureMatrix x,
      Labelled data,
      GroupedFolds folds,
      TrainingOptions options,
      double[] lat,
      double[] lon,
      Map<String, Object> treeParams,
      Progress progress) {
    Neighbourhood hood = options.neighbourhood();
    int steps = folds.count() + 1;
    int n = x.rows();
    double[] boosted = new double[n];
    double[] logistic = new double[n];
    double[] prior = new double[n];
    List<Validation.Fold> foldFigures = new ArrayList<>();
    for (int f = 0; f < folds.count(); f++) {
      progress.progress("cross-validation", f, steps);
      int[] train = folds.training(f);
      int[] test = folds.validation(f);
      FeatureMatrix xTrain = x.rows(train);
      FeatureMatrix xTest = x.rows(test);
      int[] yTrain = pick(data.y(), train);
      if (hood != null) {
        // the known contamination of this fold: the training folds' contaminated cells only
        KnownContamination known = known(lat, lon, data.y(), train, hood.radiusKm());
        xTrain = xTrain.withColumns(known.features(pick(lat, train), pick(lon, train)), List.of());
        xTest = xTest.withColumns(known.features(pick(lat, test), pick(lon, test)), List.of());
      }
      try (Booster b = Booster.train(xTrain, yTrain, treeParams, options.rounds())) {
        double[] m = b.margins(xTest);
        for (int k = 0; k < test.length; k++) {
          boosted[test[k]] = LikelihoodModel.sigmoid(m[k]);
        }
      }
      Standardiser s = Standardiser.fit(xTrain);
      try (Booster lr =
          Booster.train(
              s.apply(xTrain), yTrain, options.logisticParameters(), options.logisticRounds())) {
        double[] m = lr.margins(s.apply(xTest));
        for (int k = 0; k < test.length; k++) {
          logistic[test[k]] = LikelihoodModel.sigmoid(m[k]);
        }
      }
      double rate = mean(yTrain);
      int[] yTest = pick(data.y(), test);
      for (int t : test) {
        prior[t] = rate;
      }
      foldFigures.add(
          new Validation.Fold(
              folds.names().get(f),
              test.length,
              (int) Math.round(mean(yTest) * test.length),
              Metrics.rocAuc(pick(boosted, test), yTest),
              Metrics.rocAuc(pick(logistic, test), yTest)));
    }
    return new OutOfFold(boosted, logistic, prior, foldFigures);
  }

  /**
   * The out-of-fold probabilities calibrated fold by fold: each fold by an isotonic map fitted on
   * the other folds' out-of-fold predictions, so that the calibrated figures too are measured on
   * regions the calibration never saw.
   */
  private static double[] crossFittedCalibration(double[] p, int[] y, GroupedFolds folds) {
    double[] out = new double[p.length];
    for (int f = 0; f < folds.count(); f++) {
      int[] others = folds.training(f);
      IsotonicCalibration c = IsotonicCalibration.fit(pick(p, others), pick(y, others));
      for (int t : folds.validation(f)) {
        out[t] = c.apply(p[t]);
      }
    }
    return out;
  }

  /** The labelled rows, their labels and groups. */
  private record Labelled(Table table, int[] y, String[] groups, int unlabelled) {}

  private static Labelled labelled(Table table, TrainingOptions o) {
    Table.Column label =
        table
            .find(o.label())
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "label: no column '"
                            + o.label()
                            + "' in the table; it has "
                            + table.names()));
    Table.Column group =
        table
            .find(o.group())
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "group: no column '"
                            + o.group()
                            + "' in the table; it has "
                            + table.names()));
    List<Integer> keep = new ArrayList<>();
    List<Integer> ys = new ArrayList<>();
    for (int r = 0; r < table.rows(); r++) {
      Integer v = labelOf(label, r, o.label());
      if (v != null) {
        keep.add(r);
        ys.add(v);
      }
    }
    if (keep.isEmpty()) {
      throw new IllegalArgumentException("label: no row of '" + o.label() + "' has a label");
    }
    int[] positions = keep.stream().mapToInt(Integer::intValue).toArray();
    Table t = table.rows(positions);
    String[] groups = new String[positions.length];
    for (int i = 0; i < positions.length; i++) {
      groups[i] = cell(t.get(o.group()), i);
      if (groups[i] == null) {
        throw new IllegalArgumentException(
            "group: row " + (positions[i] + 1) + " has no '" + o.group() + "'");
      }
    }
    return new Labelled(
        t, ys.stream().mapToInt(Integer::intValue).toArray(), groups, table.rows() - keep.size());
  }

  /** The first column names of {@code t}, for a message. */
  private static String some(Table t) {
    List<String> names = t.names();
    return names.size() <= 12
        ? String.join(", ", names)
        : String.join(", ", names.subList(0, 12)) + " and " + (names.size() - 12) + " more";
  }

  /** 1, 0 or {@code null} (unlabelled) of row {@code r}; anything else is refused. */
  private static @Nullable Integer labelOf(Table.Column c, int r, String name) {
    String text = cell(c, r);
    if (text == null) {
      return null;
    }
    return switch (text.toLowerCase(java.util.Locale.ROOT)) {
      case "1", "true", "yes" -> 1;
      case "0", "false", "no" -> 0;
      default ->
          throw new IllegalArgumentException(
              "label: row " + (r + 1) + " of '" + name + "' is " + text + ", not 0 or 1");
    };
  }

  private static @Nullable String cell(Table.Column c, int r) {
    if (c instanceof Table.Text t) {
      return t.values()[r];
    }
    double v = ((Table.Numeric) c).values()[r];
    if (Double.isNaN(v)) {
      return null;
    }
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
  }

  private ModelCard card(
      String name,
      FeatureSchema schema,
      List<String> featureNames,
      Map<String, String> sources,
      Labelled data,
      TrainingOptions o,
      Validation v,
      boolean calibrated) {
    List<ModelCard.Feature> features = new ArrayList<>();
    for (FeatureSchema.Input in : schema.inputs()) {
      String source =
          sources.getOrDefault(in.column(), "column '" + in.column() + "' of the table");
      if (in.categorical()) {
        in.levels()
            .forEach(l -> features.add(new ModelCard.Feature(in.column() + "=" + l, source)));
      } else {
        features.add(new ModelCard.Feature(in.column(), source));
      }
    }
    for (String extra : featureNames.subList(features.size(), featureNames.size())) {
      features.add(
          new ModelCard.Feature(
              extra,
              "from the cells labelled contaminated in training (their "
                  + o.neighbourhood().lat()
                  + "/"
                  + o.neighbourhood().lon()
                  + "), within cross-validation the training folds' only"));
    }
    Map<String, Object> parameters = new LinkedHashMap<>();
    parameters.put("trees", o.boosterParameters(featureNames));
    if (o.neighbourhood() != null) {
      parameters.put("neighbourhood", o.neighbourhood());
    }
    parameters.put("rounds", o.rounds());
    parameters.put("logistic", o.logisticParameters());
    parameters.put("logisticRounds", o.logisticRounds());
    return new ModelCard(
        name,
        clock.instant(),
        new ModelCard.Label(
            o.label(), "1 = explosive ordnance found (contaminated); 0 = released, nothing found"),
        features,
        schema.ignored(),
        new ModelCard.Data(
            sha256(data.table()),
            data.y().length,
            (int) Math.round(mean(data.y()) * data.y().length),
            data.unlabelled(),
            o.group(),
            new HashSet<>(List.of(data.groups())).size()),
        v,
        calibrated
            ? "isotonic regression on out-of-fold probabilities (grouped by " + o.group() + ")"
            : "none",
        parameters,
        Libraries.versions(),
        List.of(
            "Validated on regions held out of training; a region unlike every training region"
                + " (other terrain, other conflict) may score lower than these figures.",
            "The probability is of ordnance somewhere in the cell, not of its density or type.",
            "Explanations show what the model uses, not what causes contamination."));
  }

  /** The contaminated cells among {@code rows}, as known contamination. */
  private static KnownContamination known(
      double[] lat, double[] lon, int[] y, int[] rows, double radiusKm) {
    int n = 0;
    for (int r : rows) {
      n += y[r];
    }
    double[] la = new double[n];
    double[] lo = new double[n];
    int k = 0;
    for (int r : rows) {
      if (y[r] == 1 && !Double.isNaN(lat[r]) && !Double.isNaN(lon[r])) {
        la[k] = lat[r];
        lo[k++] = lon[r];
      }
    }
    return new KnownContamination(
        java.util.Arrays.copyOf(la, k), java.util.Arrays.copyOf(lo, k), radiusKm);
  }

  private static double[] coordinate(Table t, String column, String what) {
    if (!(t.find(column).orElse(null) instanceof Table.Numeric n)) {
      throw new IllegalArgumentException(
          "neighbourhood: no numeric " + what + " column '" + column + "' in the table");
    }
    return n.values();
  }

  static String sha256(Table t) {
    try {
      MessageDigest d = MessageDigest.getInstance("SHA-256");
      for (String name : t.names()) {
        d.update(name.getBytes(StandardCharsets.UTF_8));
        Table.Column c = t.get(name);
        if (c instanceof Table.Numeric n) {
          ByteBuffer b = ByteBuffer.allocate(8);
          for (double v : n.values()) {
            d.update(b.clear().putDouble(v).array());
          }
        } else {
          for (String s : ((Table.Text) c).values()) {
            d.update((s == null ? "\u0000" : s + "\u0001").getBytes(StandardCharsets.UTF_8));
          }
        }
      }
      return HexFormat.of().formatHex(d.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static int[] pick(int[] v, int[] at) {
    int[] out = new int[at.length];
    for (int i = 0; i < at.length; i++) {
      out[i] = v[at[i]];
    }
    return out;
  }

  private static double[] pick(double[] v, int[] at) {
    double[] out = new double[at.length];
    for (int i = 0; i < at.length; i++) {
      out[i] = v[at[i]];
    }
    return out;
  }

  private static double mean(int[] v) {
    double s = 0;
    for (int x : v) {
      s += x;
    }
    return v.length == 0 ? 0 : s / v.length;
  }
}
