package org.reclaim.app.mcda;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.reclaim.analysis.scoring.AhpOp;
import org.reclaim.analysis.scoring.AhpResult;
import org.reclaim.analysis.scoring.Criterion;
import org.reclaim.analysis.scoring.DecisionMatrix;
import org.reclaim.analysis.scoring.Direction;
import org.reclaim.analysis.scoring.Normalisation;
import org.reclaim.analysis.scoring.PairwiseComparisons;
import org.reclaim.analysis.scoring.Ranking;
import org.reclaim.analysis.scoring.TopsisOp;
import org.reclaim.analysis.scoring.WeightedSumOp;
import org.reclaim.analysis.scoring.Weights;

/**
 * Runs Reclaim's scoring methods on a plain decision matrix, so analysts can use them on any data
 * and check them against published worked examples. Shared by the API and the CLI.
 *
 * <p>Thread safe: stateless.
 */
public final class McdaService {
  private McdaService() {}

  /**
   * Scores the alternatives of {@code request}.
   *
   * @throws IllegalArgumentException naming the field at fault
   * @throws org.reclaim.analysis.scoring.InconsistentComparisonsException when the pairwise matrix
   *     has a consistency ratio above 0.10 and {@code insist} is false
   */
  public static McdaResponse evaluate(McdaRequest request) {
    require(
        request.criteria() != null && !request.criteria().isEmpty(),
        "criteria",
        "at least one criterion is required");
    require(
        request.alternatives() != null && !request.alternatives().isEmpty(),
        "alternatives",
        "at least one alternative is required");
    List<Criterion> criteria = new ArrayList<>();
    for (McdaRequest.CriterionSpec c : request.criteria()) {
      criteria.add(new Criterion(c.name(), direction(c), c.unit()));
    }
    List<String> ids = new ArrayList<>();
    double[][] values = new double[request.alternatives().size()][];
    for (int i = 0; i < values.length; i++) {
      McdaRequest.AlternativeSpec a = request.alternatives().get(i);
      ids.add(a.id());
      values[i] = a.values();
    }
    DecisionMatrix matrix = DecisionMatrix.of(ids, criteria, values);
    List<String> names = criteria.stream().map(Criterion::name).toList();
    AhpResult ahp = null;
    Weights weights;
    if (request.pairwise() != null) {
      require(request.weights() == null, "weights", "give weights or a pairwise matrix, not both");
      ahp = AhpOp.evaluate(PairwiseComparisons.of(names, request.pairwise()));
      weights = ahp.requireConsistent(request.insists()).weights();
    } else {
      require(request.weights() != null, "weights", "give weights or a pairwise matrix");
      weights = Weights.of(request.weights());
    }
    String method = request.method() == null ? "weighted-sum" : request.method();
    Ranking ranking =
        switch (method.toLowerCase(Locale.ROOT)) {
          case "weighted-sum" -> new WeightedSumOp(normalisation(request)).apply(matrix, weights);
          case "topsis" -> TopsisOp.rank(matrix, weights);
          default ->
              throw new IllegalArgumentException(
                  "method: '" + method + "' is not weighted-sum or topsis");
        };
    return new McdaResponse(
        ranking.method(),
        weights.asMap(),
        ranking.alternatives(),
        ahp == null
            ? null
            : new McdaResponse.Ahp(
                ahp.lambdaMax(),
                ahp.consistencyIndex(),
                ahp.randomIndex(),
                ahp.consistencyRatio(),
                ahp.consistent(),
                ahp.mostInconsistent()));
  }

  private static Direction direction(McdaRequest.CriterionSpec c) {
    String d = c.direction() == null ? "" : c.direction().toUpperCase(Locale.ROOT);
    return switch (d) {
      case "BENEFIT" -> Direction.BENEFIT;
      case "COST" -> Direction.COST;
      default ->
          throw new IllegalArgumentException(
              "criteria: direction of '"
                  + c.name()
                  + "' must be benefit or cost, was "
                  + c.direction());
    };
  }

  private static Normalisation normalisation(McdaRequest request) {
    String n = request.normalisation() == null ? "min-max" : request.normalisation();
    return switch (n.toLowerCase(Locale.ROOT)) {
      case "min-max" -> Normalisation.MIN_MAX;
      case "rank" -> Normalisation.RANK;
      default ->
          throw new IllegalArgumentException("normalisation: '" + n + "' is not min-max or rank");
    };
  }

  private static void require(boolean ok, String field, String reason) {
    if (!ok) {
      throw new IllegalArgumentException(field + ": " + reason);
    }
  }
}
