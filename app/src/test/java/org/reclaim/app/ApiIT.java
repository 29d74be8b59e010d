package org.reclaim.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reclaim.domain.DomainForTest;
import org.reclaim.domain.evidence.EvidenceType;
import org.reclaim.store.ReclaimStore;
import org.reclaim.store.StoreConfig;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The HTTP API end to end: a real server on a random port over an in-memory register. */
class ApiIT {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static ReclaimStore store;
  private static ConfigurableApplicationContext server;
  private static String base;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    store = ReclaimStore.open(StoreConfig.inMemory("api-it"));
    store.inTransaction(
        () -> {
          store.regions().insertAll(List.of(DomainForTest.country()), "test", "fixture");
          for (int i = 1; i <= 30; i++) {
            store
                .hazardousAreas()
                .insert(
                    DomainForTest.area(i, 36.0 + (i % 10) * 0.01, 50.0 + (i / 10) * 0.01), "test");
          }
          // Direct evidence (an EO sighting) not yet linked to any area.
          store
              .evidence()
              .insert(DomainForTest.evidence(500, EvidenceType.EO_SIGHTING, 36.0205, 50.0005), "t");
        });
    server = ReclaimServer.start(store, 0, Map.of("analyst", "pw-a", "donor", "pw-d"));
    int port = ((WebServerApplicationContext) server).getWebServer().getPort();
    base = "http://localhost:" + port;
  }

  @AfterAll
  static void stop() {
    server.close();
    store.close();
  }

  private HttpResponse<String> send(
      String method, String path, String user, String body, String... headers) throws Exception {
    return new ApiClient(base, Map.of("analyst", "pw-a", "donor", "pw-d"), "application/geo+json")
        .send(method, path, user, body, headers);
  }

  private static String feature(String code, String wkt) {
    String coords = wkt;
    return """
        {"type":"Feature","properties":{"code":"%s","name":"Orchard <b>east</b>",
         "contamination":"AP_MINE;UXO_ERW","land_use":"AGRICULTURE","terrain":"FLAT",
         "vegetation":"LIGHT","hazard_class":"SHA","status":"SUSPECTED"},
         "geometry":%s}"""
        .formatted(code, coords);
  }

  private static final String GOOD_POLYGON =
      "{\"type\":\"Polygon\",\"coordinates\":[[[36.5,50.5],[36.501,50.5],[36.501,50.501],"
          + "[36.5,50.501],[36.5,50.5]]]}";
  private static final String BOW_TIE =
      "{\"type\":\"Polygon\",\"coordinates\":[[[36.5,50.5],[36.6,50.6],[36.6,50.5],"
          + "[36.5,50.6],[36.5,50.5]]]}";

  @Test
  void healthAndOpenApiArePublic() throws Exception {
    JsonNode health = JSON.readTree(send("GET", "/actuator/health", null, null).body());
    assertThat(health.get("status").asString()).isEqualTo("UP");
    assertThat(health.get("components").get("db").get("status").asString()).isEqualTo("UP");
    HttpResponse<String> doc = send("GET", "/v3/api-docs", null, null);
    assertThat(doc.statusCode()).isEqualTo(200);
    assertThat(doc.body()).contains("/api/v1/{layer}").contains("/api/v1/imports/{layer}");
    assertThat(send("GET", "/swagger-ui/index.html", null, null).statusCode()).isEqualTo(200);
  }

  @Test
  void theOpenApiDocumentDeclaresWhatTheCodeSends() throws Exception {
    JsonNode doc = JSON.readTree(send("GET", "/v3/api-docs", null, null).body());
    JsonNode paths = doc.get("paths");
    assertThat(ref(paths.get("/api/v1/{layer}").get("get"), "200"))
        .endsWith("/GeoJsonFeatureCollection");
    assertThat(ref(paths.get("/api/v1/{layer}/{id}").get("get"), "200"))
        .endsWith("/GeoJsonFeature");
    assertThat(ref(paths.get("/api/v1/plans/{id}").get("get"), "200")).endsWith("/PlanJobView");
    assertThat(ref(paths.get("/api/v1/plans/{id}/result").get("get"), "200"))
        .endsWith("/PlanResult");
    assertThat(ref(paths.get("/api/v1/imports/{layer}").get("post"), "201"))
        .endsWith("/ImportView");
    // no endpoint answers with an untyped map
    JsonNode schemas = doc.get("components").get("schemas");
    assertThat(schemas.get("PlanJobView").get("properties").has("improvementOverGreedy")).isTrue();
    assertThat(schemas.get("OperationsView").get("properties").has("groups")).isTrue();
  }

  /** The schema reference of one response of an operation. */
  private static String ref(JsonNode operation, String status) {
    JsonNode content = operation.get("responses").get(status).get("content");
    JsonNode media = content.values().iterator().next();
    return media.get("schema").get("$ref").asString();
  }

  @Test
  void theRegisterNeedsALogin() throws Exception {
    assertThat(send("GET", "/api/v1/hazardous-areas", null, null).statusCode()).isEqualTo(401);
  }

  @Test
  void bboxQueryReturnsAPagedFeatureCollection() throws Exception {
    // Areas sit on a grid 0.01° apart from (36.0, 50.0); the box holds columns 0–4 of rows 0–1:
    // ids 10 (row 1, col 0), 1–4 (row 0), 11–14 (row 1) → 9 areas.
    HttpResponse<String> r =
        send(
            "GET", "/api/v1/hazardous-areas?bbox=35.99,49.99,36.045,50.015&limit=5", "donor", null);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("application/geo+json");
    JsonNode json = JSON.readTree(r.body());
    assertThat(json.get("type").asString()).isEqualTo("FeatureCollection");
    assertThat(json.get("numberMatched").asLong()).isEqualTo(9);
    assertThat(json.get("numberReturned").asInt()).isEqualTo(5);
    assertThat(json.get("links").get(0).get("href").asString()).contains("offset=5");
    JsonNode f = json.get("features").get(0);
    assertThat(f.get("geometry").get("type").asString()).isEqualTo("Polygon");
    assertThat(f.get("properties").get("area_m2").asDouble()).isBetween(7000.0, 9000.0);
  }

  @Test
  void badBboxIsAProblemNamingTheField() throws Exception {
    HttpResponse<String> r =
        send("GET", "/api/v1/hazardous-areas?bbox=36,50,oops,51", "donor", null);
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(JSON.readTree(r.body()).get("field").asString()).isEqualTo("bbox");
  }

  @Test
  void createThenUpdateWithOptimisticVersions() throws Exception {
    HttpResponse<String> created =
        send("POST", "/api/v1/hazardous-areas", "analyst", feature("HA-NEW-1", GOOD_POLYGON));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String location = created.headers().firstValue("Location").orElseThrow();
    assertThat(created.headers().firstValue("ETag")).hasValue("\"1\"");
    // The name is stored as given, markup and all; it is data, never interpreted.
    assertThat(JSON.readTree(created.body()).get("properties").get("name").asString())
        .isEqualTo("Orchard <b>east</b>");

    String edited = feature("HA-NEW-1", GOOD_POLYGON).replace("SUSPECTED", "CONFIRMED");
    assertThat(send("PUT", location, "analyst", edited).statusCode()).isEqualTo(428);
    HttpResponse<String> ok = send("PUT", location, "analyst", edited, "If-Match", "\"1\"");
    assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
    assertThat(ok.headers().firstValue("ETag")).hasValue("\"2\"");
    HttpResponse<String> stale = send("PUT", location, "analyst", edited, "If-Match", "\"1\"");
    assertThat(stale.statusCode()).isEqualTo(412);
    assertThat(JSON.readTree(stale.body()).get("field").asString()).isEqualTo("If-Match");
  }

  @Test
  void anInvalidPolygonIsRefusedNamingTheField() throws Exception {
    HttpResponse<String> r =
        send("POST", "/api/v1/hazardous-areas", "analyst", feature("HA-BAD", BOW_TIE));
    assertThat(r.statusCode()).isEqualTo(422);
    JsonNode problem = JSON.readTree(r.body());
    assertThat(problem.get("field").asString()).isEqualTo("geometry");
    assertThat(problem.get("issues").get(0).get("reason").asString()).contains("Self-intersection");
  }

  @Test
  void readersCannotChangeTheRegister() throws Exception {
    assertThat(
            send("POST", "/api/v1/hazardous-areas", "donor", feature("HA-DONOR", GOOD_POLYGON))
                .statusCode())
        .isEqualTo(403);
  }

  @Test
  void unknownLayerAndRecordAreNotFound() throws Exception {
    assertThat(send("GET", "/api/v1/minefields", "donor", null).statusCode()).isEqualTo(404);
    assertThat(send("GET", "/api/v1/hazardous-areas/999999", "donor", null).statusCode())
        .isEqualTo(404);
  }

  private HttpResponse<String> upload(String layer, String fileName, String content)
      throws Exception {
    String boundary = "reclaim-test-boundary";
    String body =
        "--"
            + boundary
            + "\r\n"
            + "Content-Disposition: form-data; name=\"file\"; filename=\""
            + fileName
            + "\"\r\n"
            + "Content-Type: text/csv\r\n\r\n"
            + content
            + "\r\n--"
            + boundary
            + "--\r\n";
    return http.send(
        HttpRequest.newBuilder(URI.create(base + "/api/v1/imports/" + layer))
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString("analyst:pw-a".getBytes(StandardCharsets.UTF_8)))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void anImportReferringToAMissingRegionImportsNothing() throws Exception {
    long before = store.settlements().count();
    // Line 3 names region 77, which is not in the register (only the country, id 1, is).
    String csv =
        "name,population,region_id,lon,lat\nDovhenke,800,1,37.1,48.9\n"
            + "Kamianka,350,77,37.2,48.8\n";
    HttpResponse<String> r = upload("settlements", "villages.csv", csv);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
    JsonNode issue = JSON.readTree(r.body()).get("issues").get(0);
    assertThat(issue.get("line").asInt()).isEqualTo(3);
    assertThat(issue.get("field").asString()).isEqualTo("region_id");
    assertThat(store.settlements().count()).isEqualTo(before);
  }

  @Test
  void aCleanImportStoresEveryRecord() throws Exception {
    long before = store.settlements().count();
    String csv =
        "name,population,region_id,lon,lat\nDovhenke,800,1,37.1,48.9\n"
            + "Kamianka,350,,37.2,48.8\n";
    HttpResponse<String> r = upload("settlements", "villages.csv", csv);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    assertThat(JSON.readTree(r.body()).get("recordsRead").asLong()).isEqualTo(2);
    assertThat(store.settlements().count()).isEqualTo(before + 2);
  }

  @Test
  void anImportThatWouldOverReleaseAnAreaImportsNothing() throws Exception {
    // Area 3 is a 0.001° square at 50° N, about 7,960 m²: 5,000 + 4,000 m² is too much, so the
    // second row (line 3) is refused, naming area_m2, and the first is not stored either.
    long before = store.landReleases().count();
    String csv =
        "hazardous_area_id,category,area_m2,released_on\n3,CANCELLED,5000,2026-03-01\n"
            + "3,CLEARED,4000,2026-03-02\n";
    HttpResponse<String> r = upload("land-releases", "releases.csv", csv);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
    JsonNode issue = JSON.readTree(r.body()).get("issues").get(0);
    assertThat(issue.get("line").asInt()).isEqualTo(3);
    assertThat(issue.get("field").asString()).isEqualTo("area_m2");
    assertThat(issue.get("reason").asString()).contains("IMAS 07.11");
    assertThat(store.landReleases().count()).isEqualTo(before);
  }

  @Test
  void linkingDirectEvidenceConfirmsAnArea() throws Exception {
    assertThat(store.evidence().findById(500)).isPresent();
    assertThat(store.hazardousAreas().getById(2).value().hazardClass().name()).isEqualTo("SHA");
    HttpResponse<String> r =
        upload(
            "evidence-links",
            "links.csv",
            "evidence_id,hazardous_area_id,relation\n500,2,SUPPORTS\n");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    assertThat(store.hazardousAreas().getById(2).value().hazardClass().name()).isEqualTo("CHA");
    assertThat(store.hazardousAreas().getById(2).version()).isEqualTo(2);
  }

  @Test
  void anIllegalStatusChangeIsRefusedNamingTheField() throws Exception {
    HttpResponse<String> created =
        send(
            "POST",
            "/api/v1/hazardous-areas",
            "analyst",
            feature("HA-NEW-2", GOOD_POLYGON.replace("36.5", "36.7")));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String location = created.headers().firstValue("Location").orElseThrow();
    // SUSPECTED cannot jump to IN_PROGRESS: it must be tasked first (IMAS 07.11 life cycle).
    String jumped =
        feature("HA-NEW-2", GOOD_POLYGON.replace("36.5", "36.7"))
            .replace("SUSPECTED", "IN_PROGRESS");
    HttpResponse<String> r = send("PUT", location, "analyst", jumped, "If-Match", "\"1\"");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
    assertThat(JSON.readTree(r.body()).get("field").asString()).isEqualTo("status");
  }

  @Test
  void propertiesFilterTheCollection() throws Exception {
    // The fixture's 30 areas are all SUSPECTED; the country is the only COUNTRY-level region.
    JsonNode regions =
        JSON.readTree(send("GET", "/api/v1/regions?level=COUNTRY", "donor", null).body());
    assertThat(regions.get("numberMatched").asLong()).isEqualTo(1);
    JsonNode none =
        JSON.readTree(send("GET", "/api/v1/regions?level=OBLAST", "donor", null).body());
    assertThat(none.get("numberMatched").asLong()).isZero();
    HttpResponse<String> unknown = send("GET", "/api/v1/hazardous-areas?colour=red", "donor", null);
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(unknown.body()).get("field").asString()).isEqualTo("colour");
  }

  private static final String LEADER =
      """
      {"method":"topsis",
       "criteria":[{"name":"experience","direction":"benefit"},
         {"name":"education","direction":"benefit"},{"name":"charisma","direction":"benefit"},
         {"name":"age","direction":"cost"}],
       "alternatives":[{"id":"Tom","values":[10,7,9,50]},{"id":"Dick","values":[30,6,4,60]},
         {"id":"Harry","values":[5,9,6,30]}],
       "pairwise":[[1,4,3,7],[0.25,1,0.3333333333,3],[0.3333333333,3,1,5],
         [0.1428571429,0.3333333333,0.2,1]]}
      """;

  @Test
  void mcdaElicitsAhpWeightsAndExplainsTheRanking() throws Exception {
    HttpResponse<String> r =
        send("POST", "/api/v1/mcda", "donor", LEADER, "Content-Type", "application/json");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode json = JSON.readTree(r.body());
    // Haas & Meixner's leader example: published priorities 0.547, 0.127, 0.270, 0.056, CR 0.044.
    assertThat(json.get("weights").get("experience").asDouble()).isBetween(0.546, 0.548);
    assertThat(json.get("weights").get("age").asDouble()).isBetween(0.055, 0.057);
    assertThat(json.get("ahp").get("consistencyRatio").asDouble()).isBetween(0.043, 0.045);
    JsonNode best = json.get("ranking").get(0);
    assertThat(best.get("rank").asInt()).isEqualTo(1);
    assertThat(best.get("contributions")).hasSize(4);
  }

  @Test
  void anInconsistentPairwiseMatrixIsRefusedNamingTheComparisons() throws Exception {
    // experience > education > charisma, yet charisma 8× experience: CR far above 0.10.
    String body =
        LEADER.replace("[[1,4,3,7]", "[[1,4,0.125,7]").replace("[0.3333333333,3,1,5]", "[8,3,1,5]");
    HttpResponse<String> r =
        send("POST", "/api/v1/mcda", "donor", body, "Content-Type", "application/json");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
    JsonNode problem = JSON.readTree(r.body());
    assertThat(problem.get("field").asString()).isEqualTo("pairwise");
    assertThat(problem.get("consistencyRatio").asDouble()).isGreaterThan(0.10);
    assertThat(problem.get("mostInconsistent").size()).isPositive();
  }

  private static final String PLAN_PROBLEM =
      """
      {"horizonStart": "2026-03-02", "horizonDays": 10,
       "teams": [{"id": "A", "dayRateUsd": 100}, {"id": "B", "dayRateUsd": 200},
                 {"id": "C", "dayRateUsd": 100, "availability": [[0, 4]]}],
       "tasks": [{"id": "t1", "weight": 10, "durations": {"A": 3, "B": 2}},
                 {"id": "t2", "weight": 8, "durations": {"A": 2, "C": 2}},
                 {"id": "t3", "weight": 6, "durations": {"B": 4, "C": 3}},
                 {"id": "t4", "weight": 5, "durationDays": 4},
                 {"id": "t5", "weight": 3, "durationDays": 2, "eligibleTeams": ["A"]},
                 {"id": "t6", "weight": 1, "durations": {"C": 6}}]}
      """;

  private JsonNode awaitPlan(long id, String status) throws Exception {
    for (int i = 0; i < 300; i++) {
      JsonNode job = JSON.readTree(send("GET", "/api/v1/plans/" + id, "donor", null).body());
      if (job.get("status").asString().equals(status)) {
        return job;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("job " + id + " never reached " + status);
  }

  @Test
  void aPlanJobIsSolvedAndStoredWithItsScoreAnalysis() throws Exception {
    HttpResponse<String> r =
        send(
            "POST",
            "/api/v1/plans?timeLimitSeconds=1",
            "analyst",
            PLAN_PROBLEM,
            "Content-Type",
            "application/json");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
    long id = JSON.readTree(r.body()).get("id").asLong();
    assertThat(r.headers().firstValue("Location")).hasValue("/api/v1/plans/" + id);
    JsonNode job = awaitPlan(id, "COMPLETED");
    assertThat(job.get("hardScore").asLong()).isZero();
    assertThat(job.get("objective").asDouble())
        .isLessThanOrEqualTo(job.get("greedyObjective").asDouble());
    JsonNode plan =
        JSON.readTree(send("GET", "/api/v1/plans/" + id + "/result", "donor", null).body());
    assertThat(plan.get("schedule").size()).isEqualTo(5);
    assertThat(plan.get("greedy").get("planner").asString()).isEqualTo("greedy");
    assertThat(plan.get("unassigned").get(0).get("task").asString()).isEqualTo("t6");
    JsonNode analysis =
        JSON.readTree(send("GET", "/api/v1/plans/" + id + "/analysis", "donor", null).body());
    assertThat(analysis.findValuesAsString("constraint")).contains("Value-weighted completion");
    // the job is a row in the register's database, not an entry in a map
    assertThat(store.planJobs().getById(id).value().status().name()).isEqualTo("COMPLETED");

    // a day on, t2 is under way on its team: re-plan from this job's plan
    String team = null;
    for (JsonNode line : plan.get("schedule")) {
      if (line.get("task").asString().equals("t2")) {
        team = line.get("team").asString();
      }
    }
    String now =
        PLAN_PROBLEM.replace(
            "\"id\": \"t2\", \"weight\": 8,",
            "\"id\": \"t2\", \"weight\": 8, \"inProgressTeam\": \"" + team + "\",");
    HttpResponse<String> again =
        send(
            "POST",
            "/api/v1/plans?timeLimitSeconds=1&replanPriceDays=2.5&previousJobId=" + id,
            "analyst",
            now,
            "Content-Type",
            "application/json");
    assertThat(again.statusCode()).as(again.body()).isEqualTo(202);
    assertThat(JSON.readTree(again.body()).get("replanPriceDays").asDouble()).isEqualTo(2.5);
    assertThat(store.planJobs().getById(id).value().replanPriceDays()).isNull();
    long replan = JSON.readTree(again.body()).get("id").asLong();
    awaitPlan(replan, "COMPLETED");
    JsonNode changes =
        JSON.readTree(send("GET", "/api/v1/plans/" + replan + "/result", "donor", null).body())
            .get("changes");
    int kept = changes.get("kept").asInt();
    int moved = changes.get("moved").asInt();
    assertThat(kept + moved + changes.get("dropped").asInt()).isEqualTo(5);
    assertThat(kept).isGreaterThanOrEqualTo(3);
  }

  @Test
  void aBadPlanProblemIsRefusedNamingTheField() throws Exception {
    HttpResponse<String> r =
        send(
            "POST",
            "/api/v1/plans",
            "analyst",
            PLAN_PROBLEM.replace("\"A\": 3, \"B\": 2", "\"A\": 0, \"B\": 2"),
            "Content-Type",
            "application/json");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
    assertThat(JSON.readTree(r.body()).get("field").asString()).isEqualTo("tasks[0].durations.A");
    HttpResponse<String> limit =
        send(
            "POST",
            "/api/v1/plans?timeLimitSeconds=0",
            "analyst",
            PLAN_PROBLEM,
            "Content-Type",
            "application/json");
    assertThat(JSON.readTree(limit.body()).get("field").asString()).isEqualTo("timeLimitSeconds");
    HttpResponse<String> donor =
        send("POST", "/api/v1/plans", "donor", PLAN_PROBLEM, "Content-Type", "application/json");
    assertThat(donor.statusCode()).isEqualTo(403);
    HttpResponse<String> unknown =
        send(
            "POST",
            "/api/v1/plans?previousJobId=999999",
            "analyst",
            PLAN_PROBLEM,
            "Content-Type",
            "application/json");
    assertThat(unknown.statusCode()).as(unknown.body()).isEqualTo(404);
    for (String query : List.of("replanPriceDays=2", "previousJobId=1&replanPriceDays=-1")) {
      HttpResponse<String> price =
          send(
              "POST",
              "/api/v1/plans?" + query,
              "analyst",
              PLAN_PROBLEM,
              "Content-Type",
              "application/json");
      assertThat(price.statusCode()).as(price.body()).isEqualTo(400);
      assertThat(JSON.readTree(price.body()).get("field").asString()).isEqualTo("replanPriceDays");
    }
  }

  @Test
  void aRunningPlanJobCanBeCancelledAndKeepsItsBestPlan() throws Exception {
    HttpResponse<String> r =
        send(
            "POST",
            "/api/v1/plans?timeLimitSeconds=600",
            "analyst",
            PLAN_PROBLEM,
            "Content-Type",
            "application/json");
    long id = JSON.readTree(r.body()).get("id").asLong();
    HttpResponse<String> early = send("GET", "/api/v1/plans/" + id + "/result", "donor", null);
    assertThat(early.statusCode()).as(early.body()).isEqualTo(409);
    HttpResponse<String> cancel = send("POST", "/api/v1/plans/" + id + "/cancel", "analyst", null);
    assertThat(cancel.statusCode()).as(cancel.body()).isEqualTo(202);
    awaitPlan(id, "CANCELLED");
    HttpResponse<String> result = send("GET", "/api/v1/plans/" + id + "/result", "donor", null);
    if (store.planDocuments().listByJob(id).isEmpty()) {
      // cancelled while still queued: it never ran, so there is no plan
      assertThat(result.statusCode()).isEqualTo(409);
    } else {
      assertThat(JSON.readTree(result.body()).get("feasible").asBoolean()).isTrue();
    }
  }
}
