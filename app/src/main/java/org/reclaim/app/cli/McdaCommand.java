package org.reclaim.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.reclaim.analysis.scoring.Contribution;
import org.reclaim.analysis.scoring.InconsistentComparisonsException;
import org.reclaim.analysis.scoring.RankedAlternative;
import org.reclaim.app.mcda.McdaRequest;
import org.reclaim.app.mcda.McdaResponse;
import org.reclaim.app.mcda.McdaService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code reclaim mcda problem.json}: ranks the alternatives of a plain decision matrix (the same
 * JSON as {@code POST /api/v1/mcda}) and prints the ranking with each score's breakdown, or JSON.
 */
@Command(
    name = "mcda",
    mixinStandardHelpOptions = true,
    description = "Rank a plain decision matrix: weighted sum or TOPSIS, weights or AHP.")
final class McdaCommand implements Callable<Integer> {
  private static final JsonMapper JSON =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  @Parameters(index = "0", paramLabel = "PROBLEM", description = "Decision problem as JSON.")
  Path problem;

  @Option(names = "--json", description = "Print the full answer as JSON.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    McdaRequest request;
    try {
      request = JSON.readValue(Files.readString(problem), McdaRequest.class);
    } catch (JacksonException e) {
      System.err.println("reclaim mcda: cannot read " + problem + ": " + e.getOriginalMessage());
      return 2;
    }
    McdaResponse response;
    try {
      response = McdaService.evaluate(request);
    } catch (InconsistentComparisonsException e) {
      System.err.println("reclaim mcda: " + e.getMessage());
      return 1;
    } catch (IllegalArgumentException e) {
      System.err.println("reclaim mcda: " + e.getMessage());
      return 2;
    }
    if (json) {
      System.out.println(JSON.writeValueAsString(response));
      return 0;
    }
    System.out.println("method: " + response.method());
    if (response.ahp() != null) {
      System.out.printf(
          Locale.ROOT,
          "AHP: lambda max %.4f, CI %.4f, RI %.2f, CR %.4f (%s)%n",
          response.ahp().lambdaMax(),
          response.ahp().consistencyIndex(),
          response.ahp().randomIndex(),
          response.ahp().consistencyRatio(),
          response.ahp().consistent() ? "consistent" : "inconsistent, used as insisted");
    }
    response
        .weights()
        .forEach((k, v) -> System.out.printf(Locale.ROOT, "weight %-20s %.4f%n", k, v));
    for (RankedAlternative a : response.ranking()) {
      System.out.printf(Locale.ROOT, "%3d. %-20s %.6f%n", a.rank(), a.alternative(), a.score());
      for (Contribution c : a.contributions()) {
        System.out.printf(
            Locale.ROOT,
            "       %-20s raw %12.4f  normalised %.4f  weight %.4f" + "  contribution %.4f%n",
            c.criterion(),
            c.raw(),
            c.normalised(),
            c.weight(),
            c.contribution());
      }
    }
    return 0;
  }
}
