package org.reclaim.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
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

/**
 * Rankings and profiles over HTTP: run, explain, reproduce, export, compare, save a profile version
 * (and refuse a stale one), evaluate an AHP matrix, and the live ranking's answer to a new accident
 * report. A real server over an in-memory register.
 */
class RankingApiIT {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static ReclaimStore store;
  private static ConfigurableApplicationContext server;
  private static String base;
  private static ApiClient api;

  @BeforeAll
  static void start() {
    store = ReclaimStore.open(StoreConfig.inMemory("ranking-api-it"));
    store.inTransaction(
        () -> {
          store.regions().insertAll(List.of(DomainForTest.country()), "test", "fixture");
          // twelve areas 0.01° (~700 m) apart along latitude 50.0
          for (int i = 1; i <= 12; i++) {
            store.hazardousAreas().insert(DomainForTest.area(i, 36.0 + i * 0.01, 50.0), "test");
          }
          // a village right beside area 1 (population 1,200), another near area 12
          store.settlements().insert(DomainForTest.settlement(1, 36.0105, 50.0015), "test");
          store.settlements().insert(DomainForTest.settlement(2, 36.1205, 50.0015), "test");
          store
              .evidence()
              .insert(DomainForTest.evidence(500, EvidenceType.EO_SIGHTING, 36.05, 50.0), "t");
          store.operators().insert(DomainForTest.operator(1), "test");
          store.teams().insert(DomainForTest.team(1, 1), "test");
        });
    Map<String, String> users = Map.of("analyst", "pw-a", "donor", "pw-d");
    server = ReclaimServer.start(store, 0, users);
    base = "http://localhost:" + ((WebServerApplicationContext) server).getWebServer().getPort();
    api = new ApiClient(base, users, "application/json");
  }

  @AfterAll
  static void stop() {
    server.close();
    store.close();
  }

  private HttpResponse<String> send(
      String method, String path, String user, String body, String... headers) throws Exception {
    return api.send(method, path, user, body, headers);
  }

  private long run(String profile) throws Exception {
    HttpResponse<String> r =
        send(
            "POST",
            "/api/v1/rankings",
            "analyst",
            "{\"profile\":\"" + profile + "\",\"asOf\":\"2026-11-01\",\"samples\":50}");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    return JSON.readTree(r.body()).get("id").asLong();
  }

  @Test
  void aRunIsExplainedReproducibleAndExportable() throws Exception {
    long id = run("civilian-safety");
    JsonNode run = JSON.readTree(send("GET", "/api/v1/rankings/" + id, "donor", null).body());
    assertThat(run.get("run").get("areaCount").asInt()).isEqualTo(12);
    JsonNode areas = run.get("areas");
    assertThat(areas).hasSize(12);
    // area 1 has the village 0 m away inside its radius: most people exposed, ranked first
    assertThat(areas.get(0).get("areaId").asLong()).isEqualTo(1);
    for (JsonNode a : areas) {
      double sum = 0;
      for (JsonNode c : a.get("criteria")) {
        sum += c.get("contribution").asDouble();
      }
      // weighted sum: the score is the sum of the contributions
      assertThat(sum)
          .isCloseTo(a.get("score").asDouble(), org.assertj.core.data.Offset.offset(1e-9));
      assertThat(a.get("criteria")).hasSize(14);
      assertThat(a.get("stability").get("p5Rank").asInt())
          .isLessThanOrEqualTo(a.get("stability").get("p95Rank").asInt());
    }
    JsonNode one =
        JSON.readTree(send("GET", "/api/v1/rankings/" + id + "/areas/1", "donor", null).body());
    JsonNode population = one.get("criteria").get(0);
    assertThat(population.get("criterion").asString()).isEqualTo("population_exposed");
    assertThat(population.get("sourceLayer").asString()).isEqualTo("settlements");
    assertThat(population.get("sources").get(0).asLong()).isEqualTo(1);
    assertThat(population.get("weight").asDouble()).isGreaterThan(0);

    JsonNode again =
        JSON.readTree(
            send("POST", "/api/v1/rankings/" + id + "/reproduce", "analyst", null).body());
    assertThat(again.get("identical").asBoolean()).isTrue();
    assertThat(again.get("areas").asInt()).isEqualTo(12);

    HttpResponse<String> csv =
        send("GET", "/api/v1/rankings/" + id + "/export?format=csv", "donor", null);
    assertThat(csv.statusCode()).isEqualTo(200);
    String[] lines = csv.body().split("\n");
    assertThat(lines).hasSize(13);
    assertThat(lines[0]).startsWith("rank,area_id,code,name,score,method,population_exposed");
    assertThat(lines[1]).startsWith("1,1,HA-1,Field 1,");
    JsonNode geo =
        JSON.readTree(
            send("GET", "/api/v1/rankings/" + id + "/export?format=geojson", "donor", null).body());
    assertThat(geo.get("features")).hasSize(12);
    assertThat(geo.get("features").get(0).get("properties").get("rank").asInt()).isEqualTo(1);
    assertThat(
            send("GET", "/api/v1/rankings/" + id + "/export?format=xls", "donor", null)
                .statusCode())
        .isEqualTo(400);

    // the rows of the table and the map: all, best first, with the areas' codes and names
    JsonNode rows =
        JSON.readTree(send("GET", "/api/v1/rankings/" + id + "/rows", "donor", null).body());
    // (a page of 100 by default: all 12)
    assertThat(rows).hasSize(12);
    assertThat(rows.get(0).get("areaId").asLong()).isEqualTo(1);
    assertThat(rows.get(0).get("code").asString()).isEqualTo("HA-1");
    assertThat(rows.get(0).get("name").asString()).isEqualTo("Field 1");
    assertThat(rows.get(0).get("p5Rank").asInt()).isPositive();
    // with a box: only the areas in it (areas 11 and 12 lie east of 36.105°)
    JsonNode east =
        JSON.readTree(
            send(
                    "GET",
                    "/api/v1/rankings/" + id + "/rows?bbox=36.105,49.9,36.2,50.1",
                    "donor",
                    null)
                .body());
    assertThat(east.findValuesAsString("code")).containsExactlyInAnyOrder("HA-11", "HA-12");
  }

  @Test
  void theTableIsFilteredSortedAndPagedByTheServer() throws Exception {
    long id = run("balanced");
    String rows = "/api/v1/rankings/" + id + "/rows";
    HttpResponse<String> first = send("GET", rows + "?limit=5", "donor", null);
    assertThat(JSON.readTree(first.body())).hasSize(5);
    assertThat(first.headers().firstValue("X-Total-Count")).contains("12");
    assertThat(first.headers().firstValue("Link"))
        .hasValueSatisfying(l -> assertThat(l).contains("offset=5").contains("rel=\"next\""));
    HttpResponse<String> last = send("GET", rows + "?limit=5&offset=10", "donor", null);
    assertThat(JSON.readTree(last.body()).findValuesAsString("code")).hasSize(2);
    assertThat(last.headers().firstValue("Link")).isEmpty();

    JsonNode worst = JSON.readTree(send("GET", rows + "?sort=-rank&limit=1", "donor", null).body());
    assertThat(worst.get(0).get("rank").asInt()).isEqualTo(12);
    List<String> byName =
        JSON.readTree(send("GET", rows + "?sort=name", "donor", null).body())
            .findValuesAsString("name");
    assertThat(byName).hasSize(12).isSorted();
    List<Double> byScore = new java.util.ArrayList<>();
    JSON.readTree(send("GET", rows + "?sort=-score", "donor", null).body())
        .forEach(r -> byScore.add(r.get("score").asDouble()));
    assertThat(byScore).isSortedAccordingTo(java.util.Comparator.reverseOrder());

    HttpResponse<String> named = send("GET", rows + "?q=FIELD%201&sort=code", "donor", null);
    assertThat(JSON.readTree(named.body()).findValuesAsString("name"))
        .containsExactlyInAnyOrder("Field 1", "Field 10", "Field 11", "Field 12");
    assertThat(named.headers().firstValue("X-Total-Count")).contains("4");
    assertThat(JSON.readTree(send("GET", rows + "?q=%25", "donor", null).body()))
        .as("a % is a character to find, not a wildcard")
        .isEmpty();
    JsonNode inView =
        JSON.readTree(
            send("GET", rows + "?bbox=36.105,49.9,36.2,50.1&sort=-rank", "donor", null).body());
    assertThat(inView).hasSize(2);
    assertThat(inView.get(0).get("rank").asInt()).isGreaterThan(inView.get(1).get("rank").asInt());

    HttpResponse<String> badSort = send("GET", rows + "?sort=colour", "donor", null);
    assertThat(badSort.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(badSort.body()).get("field").asString()).isEqualTo("sort");
    assertThat(send("GET", rows + "?limit=5001", "donor", null).statusCode()).isEqualTo(400);
  }

  @Test
  void everyListIsPagedSortedAndFilteredTheSameWay() throws Exception {
    run("balanced");
    run("balanced");
    HttpResponse<String> one = send("GET", "/api/v1/rankings?limit=1&sort=id", "analyst", null);
    JsonNode runs = JSON.readTree(one.body());
    assertThat(runs).hasSize(1);
    long total = Long.parseLong(one.headers().firstValue("X-Total-Count").orElseThrow());
    assertThat(total).isGreaterThanOrEqualTo(2);
    assertThat(one.headers().firstValue("Link")).isPresent();
    JsonNode newest =
        JSON.readTree(send("GET", "/api/v1/rankings?sort=-id", "analyst", null).body());
    assertThat(newest.get(0).get("id").asLong()).isGreaterThan(runs.get(0).get("id").asLong());
    JsonNode balanced =
        JSON.readTree(send("GET", "/api/v1/profiles?name=balanced", "analyst", null).body());
    assertThat(balanced.findValuesAsString("name")).containsExactly("balanced");
    HttpResponse<String> unknown = send("GET", "/api/v1/profiles?colour=red", "analyst", null);
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(unknown.body()).get("field").asString()).isEqualTo("colour");
    HttpResponse<String> odd = send("GET", "/api/v1/rankings?offset=-1", "analyst", null);
    assertThat(JSON.readTree(odd.body()).get("field").asString()).isEqualTo("offset");
  }

  @Test
  void largeAnswersTravelCompressedToClientsThatAcceptIt() throws Exception {
    long id = run("balanced");
    HttpResponse<String> zipped =
        send("GET", "/api/v1/rankings/" + id, "analyst", null, "Accept-Encoding", "gzip");
    assertThat(zipped.statusCode()).isEqualTo(200);
    assertThat(zipped.headers().firstValue("Content-Encoding")).contains("gzip");
    HttpResponse<String> plain = send("GET", "/api/v1/rankings/" + id, "analyst", null);
    assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
    assertThat(JSON.readTree(plain.body()).get("areas")).hasSize(12);
  }

  @Test
  void runningNeedsAnAnalystAndAKnownProfile() throws Exception {
    String body = "{\"profile\":\"civilian-safety\"}";
    assertThat(send("POST", "/api/v1/rankings", "donor", body).statusCode()).isEqualTo(403);
    HttpResponse<String> missing = send("POST", "/api/v1/rankings", "analyst", "{}");
    assertThat(missing.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(missing.body()).get("field").asString()).isEqualTo("profile");
    assertThat(send("POST", "/api/v1/rankings", "analyst", "{\"profile\":\"nope\"}").statusCode())
        .isEqualTo(404);
  }

  @Test
  void aProfileChangeIsANewVersionAndAStaleOneIsRefused() throws Exception {
    HttpResponse<String> got =
        send("GET", "/api/v1/profiles/critical-infrastructure", "donor", null);
    assertThat(got.headers().firstValue("ETag")).hasValue("\"1\"");
    String edited =
        got.body().replace("\"infrastructure_blocked\":0.3", "\"infrastructure_blocked\":0.6");
    assertThat(edited).isNotEqualTo(got.body());
    HttpResponse<String> saved =
        send(
            "PUT",
            "/api/v1/profiles/critical-infrastructure",
            "analyst",
            edited,
            "If-Match",
            "\"1\"");
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
    assertThat(JSON.readTree(saved.body()).get("version").asInt()).isEqualTo(2);
    // a second editor who also started from version 1 does not overwrite version 2
    HttpResponse<String> stale =
        send(
            "PUT",
            "/api/v1/profiles/critical-infrastructure",
            "analyst",
            edited,
            "If-Match",
            "\"1\"");
    assertThat(stale.statusCode()).isEqualTo(412);
    assertThat(
            JSON.readTree(
                send("GET", "/api/v1/profiles/critical-infrastructure/versions", "donor", null)
                    .body()))
        .hasSize(2);
    HttpResponse<String> bad =
        send(
            "PUT",
            "/api/v1/profiles/critical-infrastructure",
            "analyst",
            edited.replace("\"roads_blocked_m\"", "\"roads_blocked\""),
            "If-Match",
            "\"2\"");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(bad.body()).get("field").asString())
        .isEqualTo("weights.roads_blocked");
  }

  @Test
  void anInconsistentAhpMatrixSaysWhatToRevisit() throws Exception {
    // a > b (5), b > c (5) but c > a (5): circular, CR far above 0.10
    String body =
        "{\"criteria\":[\"population_exposed\",\"accident_severity\",\"release_cost_usd\"],"
            + "\"matrix\":[[1,5,0.2],[0.2,1,5],[5,0.2,1]]}";
    JsonNode r = JSON.readTree(send("POST", "/api/v1/profiles/ahp", "analyst", body).body());
    assertThat(r.get("consistencyRatio").asDouble()).isGreaterThan(0.10);
    assertThat(r.get("mostInconsistent")).isNotEmpty();
    // the weights come back by criterion key, summing to 1
    assertThat(r.get("weights").propertyNames())
        .containsExactly("population_exposed", "accident_severity", "release_cost_usd");
    assertThat(
            r.get("weights").get("population_exposed").asDouble()
                + r.get("weights").get("accident_severity").asDouble()
                + r.get("weights").get("release_cost_usd").asDouble())
        .isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void aNewAccidentMovesTheAreaItHappenedInAndComparisonSaysWhy() throws Exception {
    long first = run("civilian-safety");
    int before = rankOf(first, 8);
    String accident =
        """
        {"type":"Feature","properties":{"type":"ACCIDENT","observed_on":"2026-10-30",
         "source":"police report","reliability":0.95,"casualties":3},
         "geometry":{"type":"Point","coordinates":[36.08,50.0]}}""";
    HttpResponse<String> r =
        send(
            "POST",
            "/api/v1/evidence",
            "analyst",
            accident,
            "Content-Type",
            "application/geo+json");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    JsonNode ranking = JSON.readTree(r.body()).get("ranking");
    assertThat(ranking.get("runId").asLong()).isEqualTo(first);
    JsonNode affected = ranking.get("update").get("affected");
    JsonNode area8 = null;
    for (JsonNode a : affected) {
      if (a.get("areaId").asLong() == 8) {
        area8 = a;
      }
    }
    assertThat(area8).as(affected.toString()).isNotNull();
    assertThat(area8.get("rankBefore").asInt()).isEqualTo(before);
    assertThat(area8.get("rankAfter").asInt()).isLessThan(before);
    JsonNode live =
        JSON.readTree(send("GET", "/api/v1/rankings/live?limit=12", "donor", null).body());
    assertThat(live.get("top").toString())
        .contains("\"areaId\":8,\"rank\":" + area8.get("rankAfter").asInt());

    long second = run("civilian-safety");
    assertThat(rankOf(second, 8)).isEqualTo(area8.get("rankAfter").asInt());
    JsonNode cmp =
        JSON.readTree(
            send("GET", "/api/v1/rankings/compare?from=" + first + "&to=" + second, "donor", null)
                .body());
    JsonNode move = null;
    for (JsonNode m : cmp.get("moved")) {
      if (m.get("areaId").asLong() == 8) {
        move = m;
      }
    }
    assertThat(move).isNotNull();
    // before the report no area had an accident: the constant column normalised to 1 for all,
    // so accident severity contributed its full weight to every area already; what moved area 8
    // most is the new direct evidence inside it (0 -> 1, weight 0.10)
    JsonNode reasons = move.get("reasons");
    assertThat(reasons.get(0).get("criterion").asString()).isEqualTo("direct_evidence");
    assertThat(reasons.get(0).get("rawFrom").asDouble()).isEqualTo(0);
    assertThat(reasons.get(0).get("rawTo").asDouble()).isEqualTo(1);
    JsonNode severity = null;
    for (JsonNode reason : reasons) {
      if (reason.get("criterion").asString().equals("accident_severity")) {
        severity = reason;
      }
    }
    // (1 + 3 casualties) x 0.5^(2 days / 365) = 3.98483...
    assertThat(severity).as(reasons.toString()).isNotNull();
    assertThat(severity.get("rawFrom").asDouble()).isEqualTo(0);
    assertThat(severity.get("rawTo").asDouble())
        .isCloseTo(4 * Math.pow(0.5, 2 / 365.0), org.assertj.core.data.Offset.offset(1e-9));
  }

  private int rankOf(long runId, long areaId) throws Exception {
    return JSON.readTree(
            send("GET", "/api/v1/rankings/" + runId + "/areas/" + areaId, "donor", null).body())
        .get("rank")
        .asInt();
  }
}
