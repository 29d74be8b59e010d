package org.reclaim.app.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.reclaim.analysis.profile.PolicyProfile;
import org.reclaim.analysis.scoring.AhpOp;
import org.reclaim.analysis.scoring.AhpResult;
import org.reclaim.analysis.scoring.Inconsistency;
import org.reclaim.analysis.scoring.PairwiseComparisons;
import org.reclaim.app.prioritise.ProfileCatalog;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Policy profiles: read them, save a change as a new version (If-Match names the version the edit
 * started from; {@code "0"} creates a profile), and evaluate an AHP matrix while editing.
 */
@RestController
@RequestMapping("/api/v1/profiles")
@Tag(name = "Profiles", description = "Named, versioned priority policies")
class ProfileController {
  private final ProfileCatalog catalog;

  ProfileController(ProfileCatalog catalog) {
    this.catalog = catalog;
  }

  /** An AHP matrix to evaluate: criterion keys and Saaty-scale comparisons. */
  record AhpRequest(List<String> criteria, double[][] matrix) {}

  /**
   * An {@link AhpResult} as JSON: the weights by criterion key (normalised, matrix order), then
   * Saaty's figures and the comparisons to revisit.
   */
  record AhpView(
      Map<String, Double> weights,
      double lambdaMax,
      double consistencyIndex,
      double randomIndex,
      double consistencyRatio,
      double consistencyThreshold,
      boolean consistent,
      List<Inconsistency> mostInconsistent) {
    static AhpView of(AhpResult r) {
      return new AhpView(
          r.weights().asMap(),
          r.lambdaMax(),
          r.consistencyIndex(),
          r.randomIndex(),
          r.consistencyRatio(),
          r.consistencyThreshold(),
          r.consistent(),
          r.mostInconsistent());
    }
  }

  @Operation(summary = "The latest version of every profile")
  @GetMapping
  ResponseEntity<List<PolicyProfile>> list(
      @RequestParam @io.swagger.v3.oas.annotations.Parameter(description = Paging.PARAMETERS)
          java.util.Map<String, String> params,
      jakarta.servlet.http.HttpServletRequest request) {
    return Paging.of(catalog.listLatest(), PolicyProfile.class, params, 100, request);
  }

  @Operation(summary = "The latest version of a profile; ETag = its version")
  @GetMapping("/{name}")
  ResponseEntity<PolicyProfile> get(@PathVariable String name) {
    PolicyProfile p = catalog.getLatest(name);
    return ResponseEntity.ok().eTag("\"" + p.version() + "\"").body(p);
  }

  @Operation(summary = "Every version of a profile, oldest first")
  @GetMapping("/{name}/versions")
  ResponseEntity<List<PolicyProfile>> versions(
      @PathVariable String name,
      @RequestParam @io.swagger.v3.oas.annotations.Parameter(description = Paging.PARAMETERS)
          java.util.Map<String, String> params,
      jakarta.servlet.http.HttpServletRequest request) {
    return Paging.of(catalog.listVersions(name), PolicyProfile.class, params, 100, request);
  }

  @Operation(summary = "One version of a profile")
  @GetMapping("/{name}/versions/{version}")
  PolicyProfile version(@PathVariable String name, @PathVariable int version) {
    return catalog.get(name, version);
  }

  @Operation(summary = "Save a change as the next version; If-Match = version edited (0 = new)")
  @PutMapping(value = "/{name}", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<PolicyProfile> save(
      @PathVariable String name,
      @RequestHeader(value = "If-Match", required = false) String ifMatch,
      @RequestBody String body,
      Principal user) {
    long expected = FeatureController.version(ifMatch);
    PolicyProfile edited = ProfileCatalog.parse(body);
    PolicyProfile saved = catalog.save(name, edited, expected, user.getName());
    return ResponseEntity.ok().eTag("\"" + saved.version() + "\"").body(saved);
  }

  @Operation(summary = "Weights, λmax, CI and CR of a pairwise matrix, and what to revisit")
  @PostMapping(value = "/ahp", consumes = MediaType.APPLICATION_JSON_VALUE)
  AhpView ahp(@RequestBody AhpRequest request) {
    if (request.criteria() == null || request.matrix() == null) {
      throw new RequestFieldException("matrix", "criteria and matrix are required");
    }
    try {
      return AhpView.of(
          AhpOp.evaluate(PairwiseComparisons.of(request.criteria(), request.matrix())));
    } catch (IllegalArgumentException e) {
      throw new RequestFieldException("matrix", e.getMessage());
    }
  }
}
