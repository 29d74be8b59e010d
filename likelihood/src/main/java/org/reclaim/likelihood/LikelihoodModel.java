package org.reclaim.likelihood;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.reclaim.likelihood.calibration.IsotonicCalibration;
import org.reclaim.likelihood.model.Booster;
import org.reclaim.likelihood.model.KnownContamination;
import org.reclaim.likelihood.model.TrainingOptions.Neighbourhood;
import org.reclaim.likelihood.table.FeatureMatrix;
import org.reclaim.likelihood.table.FeatureSchema;
import org.reclaim.likelihood.table.Table;
import tools.jackson.databind.json.JsonMapper;

/**
 * A trained contamination-likelihood model: the columns it reads ({@link FeatureSchema}), the
 * boosted trees, the calibration of their probabilities, and its card. Predicts the probability
 * that a cell or area holds explosive ordnance, and explains each prediction feature by feature.
 *
 * <p>Explanations are in log-odds of the trees' raw probability: each feature's TreeSHAP
 * contribution and the bias add up to the margin, {@code log(p / (1 - p))} of the raw probability.
 * The calibrated probability is a monotone map of the raw one, so the explanation says why a cell
 * ranks where it does; the calibrated value says how often such cells held ordnance.
 *
 * <p>Saved as a directory: {@code model.ubj} (the booster, XGBoost's exact binary format), {@code
 * model.json} (schema and calibration) and {@code model-card.json}. A model loaded back predicts
 * the same, bit for bit. Thread safe for prediction; close it to free the native booster.
 */
public final class LikelihoodModel implements AutoCloseable {
  static final JsonMapper JSON = JsonMapper.builder().build();

  private final FeatureSchema schema;
  private final Booster booster;
  private final @Nullable IsotonicCalibration calibration;
  private final ModelCard card;
  private final @Nullable Neighbourhood neighbourhood;
  private final @Nullable KnownContamination known;
  private final @Nullable String idColumn;

  LikelihoodModel(
      FeatureSchema schema,
      Booster booster,
      @Nullable IsotonicCalibration calibration,
      ModelCard card,
      @Nullable Neighbourhood neighbourhood,
      @Nullable KnownContamination known,
      @Nullable String idColumn) {
    this.schema = schema;
    this.booster = booster;
    this.calibration = calibration;
    this.card = card;
    this.neighbourhood = neighbourhood;
    this.known = known;
    this.idColumn = idColumn;
  }

  /** Native threads for prediction and explanation from now on. */
  public void setThreads(int threads) {
    booster.setThreads(threads);
  }

  /** The column that names a cell, as trained with; {@code null} when none was given. */
  public @Nullable String idColumn() {
    return idColumn;
  }

  /** The columns the model reads. */
  public FeatureSchema schema() {
    return schema;
  }

  /** What the model is and how it validated. */
  public ModelCard card() {
    return card;
  }

  /** The calibration, or {@code null} when the model was trained without one. */
  public @Nullable IsotonicCalibration calibration() {
    return calibration;
  }

  /** The feature names, in the order explanations use. */
  public List<String> featureNames() {
    List<String> names = new ArrayList<>(schema.featureNames());
    if (neighbourhood != null) {
      names.addAll(KnownContamination.featureNames(neighbourhood.radiusKm()));
    }
    return names;
  }

  /** {@code table} as the model reads it: its columns by the schema, and the neighbourhood. */
  public FeatureMatrix encode(Table table) {
    FeatureMatrix x = FeatureMatrix.encode(schema, table);
    return known == null ? x : withNeighbourhood(x, table, neighbourhood, known);
  }

  /** {@code x} with the known-contamination features of {@code table}'s rows appended. */
  static FeatureMatrix withNeighbourhood(
      FeatureMatrix x, Table table, Neighbourhood n, KnownContamination known) {
    double[] lat = coordinate(table, n.lat());
    double[] lon = coordinate(table, n.lon());
    if (lat == null || lon == null) {
      float[][] missing = new float[x.rows()][2];
      for (float[] row : missing) {
        java.util.Arrays.fill(row, Float.NaN);
      }
      return x.withColumns(
          missing,
          List.of(
              "no coordinates ("
                  + n.lat()
                  + ", "
                  + n.lon()
                  + "): the known-contamination features are missing"));
    }
    return x.withColumns(known.features(lat, lon), List.of());
  }

  private static double @Nullable [] coordinate(Table table, String column) {
    return table.find(column).orElse(null) instanceof Table.Numeric n ? n.values() : null;
  }

  /**
   * Predictions for every row of a table.
   *
   * @param margin log-odds of the raw probability
   * @param raw the trees' probability
   * @param probability calibrated (the raw one without a calibration)
   * @param features the rows as the model read them
   */
  public record Predictions(
      double[] margin, double[] raw, double[] probability, FeatureMatrix features) {
    /** What did not match the model's columns. */
    public List<String> notes() {
      return features.notes();
    }
  }

  /**
   * Predicts for every row of {@code table} (columns matched by name, see {@link FeatureMatrix}).
   */
  public Predictions predict(Table table) {
    return predict(encode(table));
  }

  /** Predicts for rows already encoded by this model's schema. */
  public Predictions predict(FeatureMatrix x) {
    double[] margin = booster.margins(x);
    double[] raw = new double[margin.length];
    double[] p = new double[margin.length];
    for (int i = 0; i < margin.length; i++) {
      raw[i] = sigmoid(margin[i]);
      p[i] = calibration == null ? raw[i] : calibration.apply(raw[i]);
    }
    return new Predictions(margin, raw, p, x);
  }

  /**
   * One feature's part in one prediction.
   *
   * @param feature its name
   * @param value the row's value ({@code NaN} when missing)
   * @param contribution log-odds it adds to the margin (negative: it lowers the probability)
   */
  public record Contribution(String feature, double value, double contribution) {}

  /**
   * A prediction explained.
   *
   * @param bias the margin of a row with no feature known (the model's expectation)
   * @param margin {@code bias} + the sum of every contribution
   * @param contributions every feature's contribution, largest magnitude first
   */
  public record Explanation(
      double bias, double margin, double probability, List<Contribution> contributions) {
    /** The {@code n} contributions that push the probability up most, largest first. */
    public List<Contribution> up(int n) {
      return contributions.stream().filter(c -> c.contribution() > 0).limit(n).toList();
    }

    /** The {@code n} contributions that push it down most. */
    public List<Contribution> down(int n) {
      return contributions.stream().filter(c -> c.contribution() < 0).limit(n).toList();
    }
  }

  /** Explains every row of {@code x} (exact TreeSHAP). */
  public List<Explanation> explain(FeatureMatrix x) {
    float[][] shap = booster.contributions(x);
    Predictions pr = predict(x);
    List<String> names = featureNames();
    List<Explanation> out = new ArrayList<>(x.rows());
    for (int r = 0; r < x.rows(); r++) {
      List<Contribution> cs = new ArrayList<>(names.size());
      for (int j = 0; j < names.size(); j++) {
        cs.add(new Contribution(names.get(j), x.values()[r * x.columns() + j], shap[r][j]));
      }
      cs.sort(Comparator.comparingDouble((Contribution c) -> -Math.abs(c.contribution())));
      out.add(new Explanation(shap[r][names.size()], pr.margin()[r], pr.probability()[r], cs));
    }
    return out;
  }

  /** The stored form of the schema and the calibration. */
  record Stored(
      FeatureSchema schema,
      @Nullable IsotonicCalibration calibration,
      int features,
      @Nullable Neighbourhood neighbourhood,
      @Nullable KnownContamination known,
      @Nullable String idColumn) {}

  /**
   * The model as three texts, for a store that keeps text: {@code booster} is XGBoost's UBJSON in
   * base64, {@code model} the schema and calibration (JSON), {@code card} the model card (JSON).
   * {@link #fromFiles} reads them back to a model that predicts the same, bit for bit.
   */
  public record Files(String booster, String model, String card) {}

  /** This model as {@link Files}. */
  public Files toFiles() {
    return new Files(
        java.util.Base64.getEncoder().encodeToString(booster.toBytes()),
        JSON.writerWithDefaultPrettyPrinter()
            .writeValueAsString(
                new Stored(
                    schema, calibration, booster.features(), neighbourhood, known, idColumn)),
        JSON.writerWithDefaultPrettyPrinter().writeValueAsString(card));
  }

  /**
   * Reads a model from its {@link Files}.
   *
   * @throws IllegalArgumentException when a text is not what {@link #toFiles} writes
   */
  public static LikelihoodModel fromFiles(Files files) {
    Stored stored;
    ModelCard card;
    byte[] bytes;
    try {
      stored = JSON.readValue(files.model(), Stored.class);
      card = JSON.readValue(files.card(), ModelCard.class);
      bytes = java.util.Base64.getDecoder().decode(files.booster());
    } catch (tools.jackson.core.JacksonException | IllegalArgumentException e) {
      throw new IllegalArgumentException("not a likelihood model: " + e.getMessage(), e);
    }
    return new LikelihoodModel(
        stored.schema(),
        Booster.fromBytes(bytes, stored.features()),
        stored.calibration(),
        card,
        stored.neighbourhood(),
        stored.known(),
        stored.idColumn());
  }

  /** Writes the model into {@code dir} (created if needed). */
  public void save(Path dir) throws IOException {
    Files f = toFiles();
    java.nio.file.Files.createDirectories(dir);
    java.nio.file.Files.write(
        dir.resolve("model.ubj"), java.util.Base64.getDecoder().decode(f.booster()));
    java.nio.file.Files.writeString(dir.resolve("model.json"), f.model());
    java.nio.file.Files.writeString(dir.resolve("model-card.json"), f.card());
  }

  /**
   * Reads a model written by {@link #save}.
   *
   * @throws IllegalArgumentException naming the file when {@code dir} holds no such model
   */
  public static LikelihoodModel load(Path dir) throws IOException {
    for (String f : List.of("model.ubj", "model.json", "model-card.json")) {
      if (!java.nio.file.Files.isRegularFile(dir.resolve(f))) {
        throw new IllegalArgumentException(
            dir + ": no " + f + " (a model directory written by reclaim likelihood train)");
      }
    }
    return fromFiles(
        new Files(
            java.util.Base64.getEncoder()
                .encodeToString(java.nio.file.Files.readAllBytes(dir.resolve("model.ubj"))),
            java.nio.file.Files.readString(dir.resolve("model.json")),
            java.nio.file.Files.readString(dir.resolve("model-card.json"))));
  }

  static double sigmoid(double margin) {
    return 1 / (1 + Math.exp(-margin));
  }

  @Override
  public void close() {
    booster.close();
  }
}
