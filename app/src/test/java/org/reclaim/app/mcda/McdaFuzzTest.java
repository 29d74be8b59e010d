package org.reclaim.app.mcda;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Coverage-guided fuzzing of the MCDA/AHP input (Jazzer): whatever JSON a caller sends to {@code
 * POST /api/v1/mcda} or {@code reclaim mcda}, reading it either fails as unreadable JSON or the
 * scoring answers — a ranking, or an {@link IllegalArgumentException} naming the field (the API's
 * 400/422). Anything else would be a server error. Regression mode in the build over the seed
 * corpus ({@code McdaFuzzTestInputs/}); {@code JAZZER_FUZZ=1 ./mvnw -pl app test
 * -Dtest=McdaFuzzTest} fuzzes (docs/reliability.md).
 */
class McdaFuzzTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @FuzzTest(maxDuration = "10s")
  void anyMatrixIsScoredOrRefusedByName(byte[] data) {
    McdaRequest request;
    try {
      request = JSON.readValue(new String(data, StandardCharsets.UTF_8), McdaRequest.class);
    } catch (JacksonException unreadable) {
      return;
    }
    if (request == null) {
      return;
    }
    try {
      McdaService.evaluate(request);
    } catch (IllegalArgumentException refusedByName) {
      // the API answers 400/422 with the field; the command line exits 2
    }
  }
}
