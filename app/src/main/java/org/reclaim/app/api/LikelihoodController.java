package org.reclaim.app.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.reclaim.app.likelihood.AreaExplanation;
import org.reclaim.app.likelihood.LikelihoodService;
import org.reclaim.app.likelihood.NoActiveModelException;
import org.reclaim.app.prioritise.CancellationCandidates;
import org.reclaim.domain.hazard.HazardStatus;
import org.reclaim.domain.hazard.HazardousArea;
import org.reclaim.likelihood.ModelCard;
import org.reclaim.store.likelihood.StoredModel;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * Contamination likelihood (docs/likelihood.md): train a model from the register's completed work
 * as a background job, list the models with their cards, choose the active one, read each area's
 * probability and its explanation, and the cancellation candidates report.
 */
@RestController
@RequestMapping("/api/v1/likelihood")
@Tag(name = "Likelihood", description = "Where explosive ordnance is likely to be, and why")
class LikelihoodController {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final int MAX_AREAS = 20_000;

  private final LikelihoodService likelihood;
  private final CancellationCandidates candidates;

  LikelihoodController(LikelihoodService likelihood, CancellationCandidates candidates) {
    this.likelihood = likelihood;
    this.candidates = candidates;
  }

  /**
   * A model version or its training job.
   *
   * @param id model id
   * @param status TRAINING, READY or FAILED
   * @param progress the training's last step, while training
   * @param error why it failed
   * @param active whether rankings, method recommendations and the map use it
   * @param labelled areas it was trained on
   * @param rocAuc grouped cross-validation ROC-AUC of the calibrated model
   * @param brier grouped cross-validation Brier score of the calibrated model
   */
  record ModelView(
      long id,
      String status,
      String submittedBy,
      Instant submittedAt,
      Instant updatedAt,
      String progress,
      String error,
      boolean active,
      Integer labelled,
      Double rocAuc,
      Double brier) {
    static ModelView of(StoredModel m) {
      return new ModelView(
          m.id(),
          m.status().name(),
          m.submittedBy(),
          m.submittedAt(),
          m.updatedAt(),
          m.progress(),
          m.error(),
          m.active(),
          m.labelled(),
          m.rocAuc(),
          m.brier());
    }
  }

  /** A model with its card (features and sources, data, grouped-CV figures, calibration). */
  record ModelDetail(ModelView model, ModelCard card) {}

  /** Which model to make active; {@code null} for none. */
  record ActiveRequest(Long modelId) {}

  /** An area's probability of contamination. */
  record AreaProbability(long areaId, double probability) {}

  /** The active model's probabilities for the areas in a box. */
  record AreaProbabilities(long modelId, LocalDate asOf, List<AreaProbability> areas) {}

  @Operation(
      summary = "Train a model from the register's completed work (background job)",
      description =
          "Answers 202 with the job; poll GET /models/{id}. The model is kept with its card but"
              + " not made active: choose it with PUT /active.")
  @PostMapping("/models")
  @ResponseStatus(HttpStatus.ACCEPTED)
  ResponseEntity<ModelView> train(Principal user) {
    StoredModel job = likelihood.submit(user.getName());
    return ResponseEntity.accepted()
        .location(URI.create("/api/v1/likelihood/models/" + job.id()))
        .body(ModelView.of(job));
  }

  @Operation(summary = "Every model version, newest first")
  @GetMapping("/models")
  ResponseEntity<List<ModelView>> list(
      @RequestParam @io.swagger.v3.oas.annotations.Parameter(description = Paging.PARAMETERS)
          java.util.Map<String, String> params,
      jakarta.servlet.http.HttpServletRequest request) {
    return Paging.of(
        likelihood.list().stream().map(ModelView::of).toList(),
        ModelView.class,
        params,
        100,
        request);
  }

  @Operation(summary = "A model version with its model card")
  @GetMapping("/models/{id}")
  ModelDetail get(@PathVariable long id) {
    StoredModel m = likelihood.get(id);
    return new ModelDetail(
        ModelView.of(m), m.card() == null ? null : JSON.readValue(m.card(), ModelCard.class));
  }

  @Operation(summary = "The active model")
  @GetMapping("/active")
  ModelView active() {
    return ModelView.of(
        likelihood.get(likelihood.activeId().orElseThrow(NoActiveModelException::new)));
  }

  @Operation(
      summary = "Choose the active model (or none)",
      description = "Only a READY model can be active; rankings made from now on record it.")
  @PutMapping("/active")
  ResponseEntity<ModelView> activate(@RequestBody ActiveRequest request, Principal user) {
    StoredModel m = likelihood.activate(request.modelId(), user.getName());
    return m == null ? ResponseEntity.noContent().build() : ResponseEntity.ok(ModelView.of(m));
  }

  @Operation(
      summary = "The active model's probability for the unreleased areas in a box",
      description = "bbox = minLon,minLat,maxLon,maxLat (WGS 84); without it, every area.")
  @GetMapping("/areas")
  AreaProbabilities areas(
      @RequestParam(required = false) String bbox,
      @RequestParam(defaultValue = "" + MAX_AREAS) int limit) {
    if (limit < 1 || limit > MAX_AREAS) {
      throw new RequestFieldException("limit", "must be in 1.." + MAX_AREAS + ", was " + limit);
    }
    Envelope box = bbox == null ? null : FeatureController.parseBbox(bbox);
    LikelihoodService.AreaScores s = likelihood.scores().orElseThrow(NoActiveModelException::new);
    List<AreaProbability> out = new ArrayList<>();
    for (int i = 0; i < s.areas().size() && out.size() < limit; i++) {
      HazardousArea a = s.areas().get(i);
      if (a.status() != HazardStatus.RELEASED
          && (box == null || box.intersects(a.geometry().getEnvelopeInternal()))) {
        out.add(new AreaProbability(a.id(), s.probability()[i]));
      }
    }
    return new AreaProbabilities(s.modelId(), s.asOf(), out);
  }

  @Operation(
      summary = "An area's probability, explained",
      description =
          "The features pushing the probability up and down most, each with its TreeSHAP"
              + " contribution in log-odds.")
  @GetMapping("/areas/{areaId}")
  AreaExplanation explain(@PathVariable long areaId) {
    return likelihood.explain(areaId);
  }

  @Operation(
      summary = "Cancellation candidates",
      description =
          "Areas the active model finds very likely clean (below the profile's cancelBelow, no"
              + " direct evidence), recommended for cancellation by non-technical survey, most m²"
              + " per survey hour first, each explained.")
  @GetMapping("/cancellation-candidates")
  CancellationCandidates.Report cancellationCandidates(
      @RequestParam(defaultValue = "civilian-safety") String profile,
      @RequestParam(defaultValue = "100") int limit) {
    if (limit < 1 || limit > MAX_AREAS) {
      throw new RequestFieldException("limit", "must be in 1.." + MAX_AREAS + ", was " + limit);
    }
    return candidates.compute(profile, limit);
  }
}
