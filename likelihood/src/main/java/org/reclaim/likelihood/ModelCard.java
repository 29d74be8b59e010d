package org.reclaim.likelihood;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.reclaim.likelihood.validation.Validation;

/**
 * What a trained model is and how far to trust it, saved beside it as {@code model-card.json}
 * (after Mitchell et al. 2019, "Model Cards for Model Reporting"): the features and where they come
 * from, the training data (its SHA-256, rows and contaminated share), the label's definition, the
 * grouped cross-validation's figures for the model and its baselines, the calibration, the
 * settings, the library versions and the date.
 *
 * @param model what the model is
 * @param createdAt when it was trained
 * @param label the label column and what 1 and 0 mean
 * @param features each feature a model sees, in order, and its source
 * @param ignored columns of the training data not read, and why
 * @param data the training data
 * @param validation grouped cross-validation
 * @param calibration how probabilities are calibrated
 * @param parameters the learners' settings
 * @param libraries library name → version
 * @param limits what the model cannot be trusted for
 */
public record ModelCard(
    String model,
    Instant createdAt,
    Label label,
    List<Feature> features,
    Map<String, String> ignored,
    Data data,
    Validation validation,
    String calibration,
    Map<String, Object> parameters,
    Map<String, String> libraries,
    List<String> limits) {
  public ModelCard {
    features = List.copyOf(features);
    ignored = Map.copyOf(ignored);
    parameters = Map.copyOf(parameters);
    libraries = Map.copyOf(libraries);
    limits = List.copyOf(limits);
  }

  /**
   * The label.
   *
   * @param column its column
   * @param definition what 1 and 0 mean
   */
  public record Label(String column, String definition) {}

  /**
   * One feature.
   *
   * @param name as the model sees it ({@code column=value} for a category)
   * @param source where its values come from
   */
  public record Feature(String name, String source) {}

  /**
   * The training data.
   *
   * @param sha256 hash of its cells (column names, then every cell by column), hex
   * @param rows labelled rows trained on
   * @param positives contaminated among them
   * @param unlabelled rows left out for want of a label
   * @param groupColumn the region column
   * @param groups regions
   */
  public record Data(
      String sha256, int rows, int positives, int unlabelled, String groupColumn, int groups) {}
}
