package org.reclaim.app.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import org.reclaim.analysis.criteria.CriterionId;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The prioritisation criteria a profile may weigh, in column order: what the policy editor offers
 * and the ranking's explanations name (docs/prioritisation.md, "Criteria").
 */
@RestController
@Tag(name = "Profiles", description = "Named, versioned priority policies")
class CriteriaController {

  /**
   * One criterion.
   *
   * @param key the name profiles and explanations use
   * @param unit unit of the raw value
   * @param direction {@code benefit} (more is more urgent) or {@code cost}
   * @param sourceLayer the register layer behind the value, or {@code null} when derived
   */
  record CriterionView(String key, String unit, String direction, String sourceLayer) {}

  @Operation(summary = "The criteria a policy profile may weigh, in column order")
  @GetMapping("/api/v1/criteria")
  List<CriterionView> list() {
    return CriterionId.all().stream()
        .map(
            c ->
                new CriterionView(
                    c.key(),
                    c.unit(),
                    c.direction().name().toLowerCase(Locale.ROOT),
                    c.source().layer().isEmpty() ? null : c.source().layer()))
        .toList();
  }
}
