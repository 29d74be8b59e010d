package org.reclaim.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.reclaim.domain.DomainForTest;
import org.reclaim.store.audit.AuditChain;
import tools.jackson.databind.json.JsonMapper;

/**
 * Concurrent writers over HTTP: 200 clients creating records at once all succeed, none is lost and
 * the audit log's chain stays intact; two clients changing one record from the same version —
 * exactly one wins, the other is told it was changed meanwhile (412).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConcurrentWritesIT {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private ServedRegister register;
  private ApiClient api;

  @BeforeAll
  void start() {
    register =
        ServedRegister.start(
            "concurrent-writes-it",
            s -> s.regions().insert(DomainForTest.country(), "test"),
            Map.of("analyst", "pw-concurrent"));
    api = new ApiClient(register.base, Map.of("analyst", "pw-concurrent"), "application/geo+json");
  }

  @AfterAll
  void stop() {
    register.close();
  }

  private static String evidence(int i) {
    double lon = 30 + (i % 20) * 0.01;
    double lat = 48 + (i / 20) * 0.01;
    return """
        {"type":"Feature","properties":{"type":"EO_SIGHTING","observed_on":"2026-05-01",
         "source":"writer %d","reliability":0.7},
         "geometry":{"type":"Point","coordinates":[%s,%s]}}"""
        .formatted(i, lon, lat);
  }

  private static String area(String name) {
    return """
        {"type":"Feature","properties":{"code":"HA-RACE","name":"%s",
         "contamination":"AP_MINE","land_use":"AGRICULTURE","terrain":"FLAT",
         "vegetation":"LIGHT","hazard_class":"SHA","status":"SUSPECTED"},
         "geometry":{"type":"Polygon","coordinates":[[[36.5,50.5],[36.501,50.5],
         [36.501,50.501],[36.5,50.501],[36.5,50.5]]]}}"""
        .formatted(name);
  }

  @Test
  void twoHundredWritersAtOnceLoseNothing() throws Exception {
    long before = register.store.evidence().count();
    ExecutorService pool = Executors.newFixedThreadPool(200);
    List<Future<HttpResponse<String>>> answers = new ArrayList<>();
    try {
      for (int i = 0; i < 200; i++) {
        int n = i;
        Callable<HttpResponse<String>> write =
            () -> api.send("POST", "/api/v1/evidence", "analyst", evidence(n));
        answers.add(pool.submit(write));
      }
      Set<Long> ids = new HashSet<>();
      for (Future<HttpResponse<String>> f : answers) {
        HttpResponse<String> r = f.get();
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        ids.add(JSON.readTree(r.body()).get("id").asLong());
      }
      assertThat(ids).hasSize(200);
    } finally {
      pool.shutdown();
    }
    assertThat(register.store.evidence().count()).isEqualTo(before + 200);
    AuditChain.Verification v = register.store.audit().chain().verify();
    assertThat(v.intact()).as(String.join("; ", v.problems())).isTrue();
    assertThat(register.store.audit().list("Evidence", null, "analyst", null, null, 1000))
        .hasSize(200);
  }

  @Test
  void twoEditsFromTheSameVersionOneWins() throws Exception {
    HttpResponse<String> created =
        api.send("POST", "/api/v1/hazardous-areas", "analyst", area("A"));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    long id = JSON.readTree(created.body()).get("id").asLong();
    String etag = created.headers().firstValue("ETag").orElseThrow();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<HttpResponse<String>> first =
          pool.submit(
              () ->
                  api.send(
                      "PUT",
                      "/api/v1/hazardous-areas/" + id,
                      "analyst",
                      area("B"),
                      "If-Match",
                      etag));
      Future<HttpResponse<String>> second =
          pool.submit(
              () ->
                  api.send(
                      "PUT",
                      "/api/v1/hazardous-areas/" + id,
                      "analyst",
                      area("C"),
                      "If-Match",
                      etag));
      List<Integer> codes = List.of(first.get().statusCode(), second.get().statusCode());
      assertThat(codes).containsExactlyInAnyOrder(200, 412);
      String winner = first.get().statusCode() == 200 ? "B" : "C";
      assertThat(register.store.hazardousAreas().getById(id).value().name()).isEqualTo(winner);
    } finally {
      pool.shutdown();
    }
  }
}
