package org.reclaim.app.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.reclaim.analysis.scoring.AhpResult;
import org.reclaim.analysis.scoring.InconsistentComparisonsException;
import org.reclaim.app.mcda.McdaRequest;
import org.reclaim.app.mcda.McdaResponse;
import org.reclaim.app.mcda.McdaService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Scoring on a plain decision matrix: weighted sum or TOPSIS, weights given or elicited by AHP. An
 * inconsistent pairwise matrix (CR &gt; 0.10) is refused with 422 naming the comparisons to
 * revisit, unless {@code insist} is true.
 */
@RestController
@RequestMapping("/api/v1/mcda")
@Tag(name = "MCDA", description = "Weighted sum, TOPSIS and AHP on a plain decision matrix")
class McdaController {
  private static final List<String> FIELDS =
      List.of("criteria", "alternatives", "weights", "pairwise", "method", "normalisation");

  @Operation(summary = "Rank alternatives of a decision matrix and explain each score")
  @PostMapping
  McdaResponse evaluate(@RequestBody McdaRequest request) {
    try {
      return McdaService.evaluate(request);
    } catch (InconsistentComparisonsException e) {
      throw e;
    } catch (IllegalArgumentException e) {
      String message = e.getMessage() == null ? "invalid decision problem" : e.getMessage();
      String field =
          FIELDS.stream()
              .filter(f -> message.startsWith(f + ":"))
              .findFirst()
              .orElse(message.contains("weight") ? "weights" : "alternatives");
      throw new RequestFieldException(field, message.replaceFirst("^" + field + ": ", ""));
    }
  }

  @ExceptionHandler(InconsistentComparisonsException.class)
  ProblemDetail inconsistent(InconsistentComparisonsException e) {
    AhpResult r = e.result();
    ProblemDetail p =
        ApiProblem.of(
            HttpStatus.UNPROCESSABLE_CONTENT,
            "inconsistent-comparisons",
            "Pairwise comparisons are inconsistent",
            e.getMessage());
    p.setProperty("field", "pairwise");
    p.setProperty("consistencyRatio", r.consistencyRatio());
    p.setProperty("mostInconsistent", r.mostInconsistent());
    p.setProperty("hint", "revisit these comparisons, or send insist=true to use the weights");
    return p;
  }
}
