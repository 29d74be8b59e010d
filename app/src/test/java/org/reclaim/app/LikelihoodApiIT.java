package org.reclaim.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reclaim.app.web.DemoSite;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /api/v1/likelihood} on the demo register: a model trained from the register's completed
 * work as a background job, kept with its card, made active; its probabilities, explanations and
 * cancellation candidates; rankings that record and use it.
 */
class LikelihoodApiIT {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static DemoSite site;
  private static ApiClient api;

  @BeforeAll
  static void start() {
    site = DemoSite.start("likelihood-api-it", 0.3);
    Map<String, String> users = new HashMap<>();
    for (String user : new String[] {"analyst", "donor"}) {
      users.put(user, DemoSite.PASSWORD);
    }
    api = new ApiClient(site.base(), users, "application/json");
  }

  @AfterAll
  static void stop() {
    site.close();
  }

  @Test
  void aModelIsTrainedAsAJobMadeActiveAndUsedByRankings() throws Exception {
    // nothing is active yet: the map layer says so instead of inventing probabilities
    HttpResponse<String> none = api.send("GET", "/api/v1/likelihood/areas", "analyst", null);
    assertThat(none.statusCode()).isEqualTo(404);
    assertThat(none.body()).contains("no likelihood model is active");
    // a donor may not train
    assertThat(api.send("POST", "/api/v1/likelihood/models", "donor", null).statusCode())
        .isEqualTo(403);

    HttpResponse<String> submitted = api.send("POST", "/api/v1/likelihood/models", "analyst", null);
    assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(202);
    long id = JSON.readTree(submitted.body()).get("id").asLong();
    assertThat(submitted.headers().firstValue("Location"))
        .hasValue("/api/v1/likelihood/models/" + id);
    JsonNode model = awaitReady(id);
    assertThat(model.get("model").get("active").asBoolean()).isFalse();
    JsonNode card = model.get("card");
    assertThat(card.get("label").get("column").asString()).isEqualTo("found");
    assertThat(card.get("data").get("groupColumn").asString()).isEqualTo("region_id");
    assertThat(card.get("data").get("rows").asInt())
        .isEqualTo(model.get("model").get("labelled").asInt());
    assertThat(card.get("validation").get("scheme").asString()).contains("region_id");
    assertThat(card.get("features").size()).isGreaterThan(10);
    assertThat(card.get("libraries").has("xgboost4j")).isTrue();
    // a ranking before activation records no model
    long before = rank();
    assertThat(get("/api/v1/rankings/" + before).get("run").get("likelihoodModelId").isNull())
        .isTrue();

    HttpResponse<String> activated =
        api.send("PUT", "/api/v1/likelihood/active", "analyst", "{\"modelId\":" + id + "}");
    assertThat(activated.statusCode()).as(activated.body()).isEqualTo(200);
    assertThat(get("/api/v1/likelihood/active").get("id").asLong()).isEqualTo(id);

    JsonNode areas = get("/api/v1/likelihood/areas?bbox=22,44,41,53");
    assertThat(areas.get("modelId").asLong()).isEqualTo(id);
    assertThat(areas.get("areas").size()).isPositive();
    long someArea = areas.get("areas").get(0).get("areaId").asLong();
    for (JsonNode a : areas.get("areas")) {
      assertThat(a.get("probability").asDouble()).isBetween(0.0, 1.0);
    }

    // an explanation adds up: bias + listed contributions + the rest = the margin
    JsonNode why = get("/api/v1/likelihood/areas/" + someArea);
    double sum = why.get("bias").asDouble() + why.get("others").asDouble();
    for (String side : new String[] {"up", "down"}) {
      for (JsonNode f : why.get(side)) {
        sum += f.get("contribution").asDouble();
        assertThat(f.get("contribution").asDouble() > 0).isEqualTo(side.equals("up"));
      }
    }
    assertThat(sum).isCloseTo(why.get("margin").asDouble(), within(1e-3));
    assertThat(why.get("up").size() + why.get("down").size()).isPositive();

    // a ranking now records the model, and its recommendations say why
    long after = rank();
    JsonNode run = get("/api/v1/rankings/" + after + "?limit=5000");
    assertThat(run.get("run").get("likelihoodModelId").asLong()).isEqualTo(id);
    int withProbability = 0;
    for (JsonNode e : run.get("areas")) {
      if (e.get("method").isNull()) {
        continue;
      }
      assertThat(e.get("methodReason").asString()).contains("probability");
      withProbability++;
    }
    assertThat(withProbability).isPositive();

    // cancellation candidates: below the threshold, no direct evidence, best m² per hour first
    JsonNode report = get("/api/v1/likelihood/cancellation-candidates?limit=20");
    assertThat(report.get("modelId").asLong()).isEqualTo(id);
    double threshold = report.get("cancelBelow").asDouble();
    double previous = Double.MAX_VALUE;
    for (JsonNode c : report.get("areas")) {
      assertThat(c.get("probability").asDouble()).isLessThan(threshold);
      assertThat(c.get("m2PerSurveyHour").asDouble()).isLessThanOrEqualTo(previous);
      previous = c.get("m2PerSurveyHour").asDouble();
      assertThat(c.get("reason").asString()).contains("non-technical survey");
      assertThat(c.get("explanation").get("areaId").asLong()).isEqualTo(c.get("areaId").asLong());
    }
    assertThat(report.get("candidates").asInt()).isGreaterThanOrEqualTo(report.get("areas").size());

    // none active again: rankings fall back to the class rule
    HttpResponse<String> off =
        api.send("PUT", "/api/v1/likelihood/active", "analyst", "{\"modelId\":null}");
    assertThat(off.statusCode()).isEqualTo(204);
    assertThat(api.send("GET", "/api/v1/likelihood/active", "analyst", null).statusCode())
        .isEqualTo(404);
  }

  @Test
  void onlyAReadyModelCanBeActive() throws Exception {
    HttpResponse<String> missing =
        api.send("PUT", "/api/v1/likelihood/active", "analyst", "{\"modelId\":987654}");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(api.send("GET", "/api/v1/likelihood/models/987654", "analyst", null).statusCode())
        .isEqualTo(404);
  }

  private static long rank() throws Exception {
    HttpResponse<String> r =
        api.send(
            "POST",
            "/api/v1/rankings",
            "analyst",
            "{\"profile\":\"civilian-safety\",\"samples\":0}");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    return JSON.readTree(r.body()).get("id").asLong();
  }

  private static JsonNode awaitReady(long id) throws Exception {
    Instant until = Instant.now().plus(Duration.ofSeconds(120));
    while (Instant.now().isBefore(until)) {
      JsonNode m = get("/api/v1/likelihood/models/" + id);
      String status = m.get("model").get("status").asString();
      if (!status.equals("TRAINING")) {
        assertThat(status).as(m.toString()).isEqualTo("READY");
        return m;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("model " + id + " still training after 120 s");
  }

  private static JsonNode get(String path) throws Exception {
    HttpResponse<String> r = api.send("GET", path, "analyst", null);
    assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
    return JSON.readTree(r.body());
  }
}
