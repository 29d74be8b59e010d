package org.reclaim.store.likelihood;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A contamination-likelihood model as the register keeps it: a training job while it trains, then
 * the trained model (its files as text) with its card, or the reason it failed. At most one READY
 * model is active. Plain text and numbers: the store knows nothing of the likelihood engine.
 *
 * @param id model id (also its version number for users)
 * @param status where the job stands
 * @param submittedBy who asked for it
 * @param submittedAt when
 * @param updatedAt last change
 * @param progress the training's last progress line, or {@code null}
 * @param error why it failed, or {@code null}
 * @param active whether rankings and recommendations use it
 * @param labelled labelled areas it was trained on, once READY
 * @param rocAuc grouped cross-validation ROC-AUC, once READY
 * @param brier grouped cross-validation Brier score (calibrated), once READY
 * @param card the model card (JSON), once READY
 * @param model the schema and calibration (JSON), once READY
 * @param booster the booster (XGBoost UBJSON, base64), once READY
 */
public record StoredModel(
    long id,
    Status status,
    String submittedBy,
    Instant submittedAt,
    Instant updatedAt,
    @Nullable String progress,
    @Nullable String error,
    boolean active,
    @Nullable Integer labelled,
    @Nullable Double rocAuc,
    @Nullable Double brier,
    @Nullable String card,
    @Nullable String model,
    @Nullable String booster) {
  /** Where a model stands. */
  public enum Status {
    TRAINING,
    READY,
    FAILED;

    /** Whether the model will not change any more (but for being made active or not). */
    public boolean isFinal() {
      return this != TRAINING;
    }
  }

  public StoredModel {
    Objects.requireNonNull(status, "StoredModel.status");
    Objects.requireNonNull(submittedBy, "StoredModel.submittedBy");
    if (active && status != Status.READY) {
      throw new IllegalArgumentException("a model is active only when READY");
    }
  }

  /** A training job just submitted. */
  public static StoredModel training(long id, String user, Instant at) {
    return new StoredModel(
        id,
        Status.TRAINING,
        user,
        at,
        at,
        "queued",
        null,
        false,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  /** This job with a new progress line. */
  public StoredModel withProgress(String line, Instant at) {
    return new StoredModel(
        id,
        status,
        submittedBy,
        submittedAt,
        at,
        line,
        error,
        active,
        labelled,
        rocAuc,
        brier,
        card,
        model,
        booster);
  }

  /** The job done: the trained model's files and figures. */
  public StoredModel ready(
      Instant at,
      int labelled,
      double rocAuc,
      double brier,
      String card,
      String model,
      String booster) {
    return new StoredModel(
        id,
        Status.READY,
        submittedBy,
        submittedAt,
        at,
        "done",
        null,
        false,
        labelled,
        rocAuc,
        brier,
        card,
        model,
        booster);
  }

  /** The job failed, and why. */
  public StoredModel failed(Instant at, String why) {
    return new StoredModel(
        id,
        Status.FAILED,
        submittedBy,
        submittedAt,
        at,
        progress,
        why,
        false,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  /** This model made active or not. */
  public StoredModel withActive(boolean on, Instant at) {
    return new StoredModel(
        id,
        status,
        submittedBy,
        submittedAt,
        at,
        progress,
        error,
        on,
        labelled,
        rocAuc,
        brier,
        card,
        model,
        booster);
  }
}
