package org.reclaim.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.reclaim.domain.DomainForTest;
import org.reclaim.domain.geometry.AreaOp;
import org.reclaim.domain.hazard.ContaminationType;
import org.reclaim.domain.hazard.HazardStatus;
import org.reclaim.domain.hazard.HazardousArea;
import org.reclaim.domain.task.ReleaseMethod;
import org.reclaim.domain.task.Task;
import org.reclaim.domain.task.TaskStatus;
import org.reclaim.store.ReclaimStore;
import org.reclaim.store.StoreConfig;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Land release to the end over HTTP: status changes with If-Match, a completion report that
 * releases an area, a failed QC that reopens it and blocks handover, rework and re-inspection,
 * handover with its certificate, land use after release and the nexus figure; a drawn partial
 * release; and what a donor may not see.
 */
class ReleaseWorkflowIT {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static ReclaimStore store;
  private static ConfigurableApplicationContext server;
  private static String base;
  private static ApiClient api;

  private static HazardousArea area(long id, double lon) {
    return HazardousArea.builder()
        .id(id)
        .code("HA-" + id)
        .name("Orchard <b>" + id + "</b>")
        .regionId(1L)
        .contamination(EnumSet.of(ContaminationType.AP_MINE))
        .geometry(DomainForTest.wkt(DomainForTest.squareWkt(lon, 50.0, 0.002)))
        .build();
  }

  private static Task task(long id, long areaId) {
    return ReleaseForTest.task(id, areaId, TaskStatus.PLANNED);
  }

  private static final Map<String, String> USERS =
      Map.of(
          "analyst", "pw-a",
          "donor", "pw-d",
          "operator", "pw-o",
          "operator-1", "pw-o1",
          "operator-2", "pw-o2");

  @BeforeAll
  static void start() {
    store = ReclaimStore.open(StoreConfig.inMemory("release-it"));
    store.inTransaction(
        () -> {
          store.regions().insertAll(List.of(DomainForTest.country()), "test", "fixture");
          store.operators().insert(DomainForTest.operator(1), "test");
          store.teams().insert(DomainForTest.team(90, 1), "test");
          store.hazardousAreas().insert(area(10, 36.2), "test");
          store.hazardousAreas().insert(area(11, 36.3), "test");
          store.hazardousAreas().insert(area(13, 36.4), "test");
          store.tasks().insert(task(100, 10), "test");
          store.tasks().insert(task(101, 11), "test");
          store.operators().insert(DomainForTest.operator(2), "test");
          store.hazardousAreas().insert(area(14, 36.6), "test");
          store.tasks().insert(task(104, 14), "test");
          // A CHA that a completed NTS confirmed, under a farmland parcel at 36.5 E.
          store
              .hazardousAreas()
              .insert(
                  DomainForTest.area(12, 36.5005, 50.0005)
                      .withHazardClass(org.reclaim.domain.hazard.HazardClass.CHA),
                  "test");
          store
              .tasks()
              .insert(
                  new Task(
                      102,
                      12,
                      ReleaseMethod.NTS,
                      90L,
                      TaskStatus.COMPLETED,
                      LocalDate.of(2026, 3, 1),
                      null,
                      100,
                      0),
                  "test");
          store.parcels().insert(DomainForTest.parcel(60, 36.5, 50.0), "test");
        });
    server = ReclaimServer.start(store, 0, USERS);
    base = "http://localhost:" + ((WebServerApplicationContext) server).getWebServer().getPort();
    api = new ApiClient(base, USERS, "application/json");
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

  private HttpResponse<String> move(long task, String status, String etag) throws Exception {
    return send(
        "POST",
        "/api/v1/tasks/" + task + "/transitions",
        "analyst",
        "{\"status\":\"" + status + "\"}",
        "If-Match",
        etag);
  }

  private static HazardStatus areaStatus(long id) {
    return store.hazardousAreas().getById(id).value().status();
  }

  private static String etag(HttpResponse<String> r) {
    return r.headers().firstValue("ETag").orElseThrow();
  }

  private HttpResponse<String> qc(long task, int nonConforming, int items, String on)
      throws Exception {
    return send(
        "POST",
        "/api/v1/tasks/" + task + "/qc-inspections",
        "analyst",
        """
        {"inspectedOn":"%s","inspector":"NMAA QC","nonConformingUnits":%d,"itemsFound":%d}"""
            .formatted(on, nonConforming, items));
  }

  @Test
  void anAreaGoesFromTaskingToHandoverThroughAFailedQc() throws Exception {
    // An illegal transition is refused with the reason, naming status.
    HttpResponse<String> illegal = move(100, "IN_PROGRESS", "\"1\"");
    assertThat(illegal.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(illegal.body()).get("field").asString()).isEqualTo("status");
    assertThat(illegal.body()).contains("cannot move from PLANNED to IN_PROGRESS");

    HttpResponse<String> assigned = move(100, "ASSIGNED", "\"1\"");
    assertThat(assigned.statusCode()).isEqualTo(200);
    assertThat(areaStatus(10)).isEqualTo(HazardStatus.TASKED);
    // The version read before the change is stale now.
    assertThat(move(100, "IN_PROGRESS", "\"1\"").statusCode()).isEqualTo(412);
    assertThat(
            send("POST", "/api/v1/tasks/100/transitions", "analyst", "{\"status\":\"ASSIGNED\"}")
                .statusCode())
        .isEqualTo(428);
    HttpResponse<String> started = move(100, "IN_PROGRESS", etag(assigned));
    assertThat(areaStatus(10)).isEqualTo(HazardStatus.IN_PROGRESS);

    double m2 = completeTheWholeArea(etag(started));
    failQcAndReopen(m2);
    reworkAndReinspect();
    handOverAndFarm(m2);
  }

  @Test
  void anAreaMovesByItselfWithAReasonKeptInTheAuditLog() throws Exception {
    HttpResponse<String> illegal =
        send(
            "POST",
            "/api/v1/hazardous-areas/13/transitions",
            "analyst",
            "{\"status\":\"IN_PROGRESS\"}",
            "If-Match",
            "\"1\"");
    assertThat(illegal.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(illegal.body()).get("field").asString()).isEqualTo("status");
    assertThat(illegal.body()).contains("cannot move from SUSPECTED to IN_PROGRESS");
    HttpResponse<String> confirmed =
        send(
            "POST",
            "/api/v1/hazardous-areas/13/transitions",
            "analyst",
            "{\"status\":\"CONFIRMED\",\"reason\":\"mine seen by the village council\"}",
            "If-Match",
            "\"1\"");
    assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
    assertThat(etag(confirmed)).isEqualTo("\"2\"");
    assertThat(areaStatus(13)).isEqualTo(HazardStatus.CONFIRMED);
    assertThat(store.audit().listFor("HazardousArea", 13))
        .anySatisfy(
            e ->
                assertThat(e.afterJson())
                    .contains("CONFIRMED")
                    .contains("mine seen by the village council"));
  }

  private double completeTheWholeArea(String taskVersion) throws Exception {
    double m2 = store.hazardousAreas().getById(10).value().areaM2();
    // 40 % reduced + 60 % cleared = the whole area: it is released.
    String report =
        """
        {"startedOn":"2026-04-01","completedOn":"2026-04-20","cancelledM2":0,
         "reducedM2":%s,"clearedM2":%s,"clearanceDepthCm":13,
         "items":[{"type":"AP_MINE","depthCm":10,"count":3},{"type":"UXO_ERW","depthCm":25,"count":1}]}"""
            .formatted(0.4 * m2, 0.6 * m2);
    HttpResponse<String> done =
        send(
            "POST",
            "/api/v1/tasks/100/completion-report",
            "analyst",
            report,
            "If-Match",
            taskVersion);
    assertThat(done.statusCode()).as(done.body()).isEqualTo(201);
    assertThat(JSON.readTree(done.body()).get("properties").get("items").asString())
        .isEqualTo("AP_MINE@10=3;UXO_ERW@25=1");
    assertThat(areaStatus(10)).isEqualTo(HazardStatus.RELEASED);
    assertThat(store.tasks().getById(100).value().status()).isEqualTo(TaskStatus.COMPLETED);
    // Two bookings, 0.4 m2 + 0.6 m2, 4 items on the cleared one.
    Double booked =
        new JdbcTemplate(store.dataSource())
            .queryForObject(
                "SELECT SUM(area_m2) FROM land_release WHERE task_id = 100", Double.class);
    assertThat(booked).isCloseTo(m2, within(1e-6));
    assertThat(
            new JdbcTemplate(store.dataSource())
                .queryForObject(
                    "SELECT items_found FROM land_release WHERE task_id = 100"
                        + " AND category = 'CLEARED'",
                    Integer.class))
        .isEqualTo(4);
    return m2;
  }

  private void failQcAndReopen(double m2) throws Exception {
    // The lot is the area in 100 m² boxes; the plan is ISO 2859-1's for that many boxes.
    JsonNode plan =
        JSON.readTree(send("GET", "/api/v1/tasks/100/qc-sampling-plan", "analyst", null).body());
    assertThat(plan.get("lotSize").asInt()).isEqualTo((int) Math.ceil(m2 / 100));

    // A QC inspection that finds an item fails, reopens task and area, blocks handover.
    HttpResponse<String> failed = qc(100, 0, 1, "2026-05-02");
    assertThat(failed.statusCode()).as(failed.body()).isEqualTo(201);
    assertThat(JSON.readTree(failed.body()).get("result").asString()).isEqualTo("FAILED");
    assertThat(store.tasks().getById(100).value().status()).isEqualTo(TaskStatus.IN_PROGRESS);
    assertThat(areaStatus(10)).isEqualTo(HazardStatus.IN_PROGRESS);
    JsonNode check =
        JSON.readTree(
            send("GET", "/api/v1/hazardous-areas/10/handover-check", "analyst", null).body());
    assertThat(check.get("ready").asBoolean()).isFalse();
    HttpResponse<String> early =
        send(
            "POST",
            "/api/v1/hazardous-areas/10/handover",
            "analyst",
            "{\"handedOverOn\":\"2026-05-10\",\"recipient\":\"Hromada\"}");
    assertThat(early.statusCode()).isEqualTo(400);
    assertThat(early.body()).contains("failed QC inspection");
    // A reopened task is not re-inspected before its rework is finished.
    assertThat(qc(100, 0, 0, "2026-05-03").statusCode()).isEqualTo(400);
  }

  private void reworkAndReinspect() throws Exception {
    // Rework done: the task completes again without a second report, the area is released.
    String version = "\"" + store.tasks().getById(100).version() + "\"";
    assertThat(move(100, "COMPLETED", version).statusCode()).isEqualTo(200);
    assertThat(areaStatus(10)).isEqualTo(HazardStatus.RELEASED);
    assertThat(
            new JdbcTemplate(store.dataSource())
                .queryForObject(
                    "SELECT COUNT(*) FROM land_release WHERE task_id = 100", Long.class))
        .isEqualTo(2);
    // Still blocked: the latest inspection failed. A re-inspection that passes unblocks it.
    assertThat(
            JSON.readTree(
                    send("GET", "/api/v1/hazardous-areas/10/handover-check", "analyst", null)
                        .body())
                .get("ready")
                .asBoolean())
        .isFalse();
    assertThat(JSON.readTree(qc(100, 0, 0, "2026-05-09").body()).get("result").asString())
        .isEqualTo("PASSED");
  }

  private void handOverAndFarm(double m2) throws Exception {
    HttpResponse<String> handed =
        send(
            "POST",
            "/api/v1/hazardous-areas/10/handover",
            "analyst",
            "{\"handedOverOn\":\"2026-05-10\",\"recipient\":\"Hromada <council>\","
                + "\"landUseAfter\":\"AGRICULTURE\"}");
    assertThat(handed.statusCode()).as(handed.body()).isEqualTo(201);
    JsonNode h = JSON.readTree(handed.body());
    long handoverId = h.get("id").asLong();
    assertThat(h.get("properties").get("released_m2").asDouble()).isCloseTo(m2, within(1e-6));
    HttpResponse<String> cert =
        send("GET", "/api/v1/handovers/" + handoverId + "/certificate", "analyst", null);
    assertThat(cert.statusCode()).isEqualTo(200);
    assertThat(cert.body())
        .contains(h.get("properties").get("certificate_no").asString())
        .contains("Orchard &lt;b&gt;10&lt;/b&gt;")
        .contains("Hromada &lt;council&gt;")
        .doesNotContain("<b>10</b>");

    // Back in production in June: the nexus counts m2 / 10,000 ha for the area's region (1).
    HttpResponse<String> used =
        send(
            "PUT",
            "/api/v1/handovers/" + handoverId + "/land-use",
            "analyst",
            "{\"landUseAfter\":\"AGRICULTURE\",\"returnedToUseOn\":\"2026-06-15\"}",
            "If-Match",
            etag(handed));
    assertThat(used.statusCode()).as(used.body()).isEqualTo(200);
    JsonNode nexus =
        JSON.readTree(send("GET", "/api/v1/reports/nexus?period=month", "donor", null).body());
    assertThat(nexus.get("regions").get("1").get("2026-06").asDouble())
        .isCloseTo(m2 / 10_000, within(1e-9));
  }

  @Test
  void aDrawnPartialReleaseLeavesTheRestOnTheRegister() throws Exception {
    String assigned = etag(move(101, "ASSIGNED", "\"1\""));
    String started = etag(move(101, "IN_PROGRESS", assigned));
    Geometry west =
        DomainForTest.wkt(
            "POLYGON ((36.3 50.0, 36.301 50.0, 36.301 50.002, 36.3 50.002, 36.3 50.0))");
    double westM2 = AreaOp.areaM2(west);
    String body =
        """
        {"startedOn":"2026-04-01","completedOn":"2026-04-10","cancelledM2":0,"reducedM2":0,
         "clearedM2":%s,"clearanceDepthCm":13,
         "releasedGeometry":{"type":"Polygon","coordinates":[[[36.3,50.0],[36.301,50.0],
         [36.301,50.002],[36.3,50.002],[36.3,50.0]]]}}"""
            .formatted(westM2);
    HttpResponse<String> done =
        send("POST", "/api/v1/tasks/101/completion-report", "analyst", body, "If-Match", started);
    assertThat(done.statusCode()).as(done.body()).isEqualTo(201);
    HazardousArea a = store.hazardousAreas().getById(11).value();
    assertThat(a.status()).isEqualTo(HazardStatus.IN_PROGRESS);
    Geometry rest = store.completionReports().findByTask(101L).orElseThrow().remainingGeometry();
    // What remains is the east half: area − released, to 1e-5 of the area.
    assertThat(AreaOp.areaM2(rest)).isCloseTo(a.areaM2() - westM2, within(1e-5 * a.areaM2()));
    // A second report on the same task is refused.
    HttpResponse<String> again =
        send("POST", "/api/v1/tasks/101/completion-report", "analyst", body, "If-Match", "\"9\"");
    assertThat(again.statusCode()).isEqualTo(400);
    assertThat(again.body()).contains("has a completion report already");
  }

  @Test
  void compensationPreCheckMeasuresFromAnImportedContactLine() throws Exception {
    String line =
        """
        {"type":"Feature","properties":{"kind":"CONTACT_LINE","name":"contact line 2026-05",
         "valid_on":"2026-05-01"},
         "geometry":{"type":"LineString","coordinates":[[36.9,49.7],[36.9,50.0],[36.9,50.3]]}}""";
    HttpResponse<String> created = send("POST", "/api/v1/reference-lines", "analyst", line);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    // The parcel's east edge is 36.502; the line 0.398° east: 0.398 × 111.32 × cos 50° ≈ 28.5 km.
    JsonNode ok =
        JSON.readTree(
            send(
                    "GET",
                    "/api/v1/parcels/60/compensation-check?minKmFromContactLine=20",
                    "analyst",
                    null)
                .body());
    assertThat(ok.get("eligible").asBoolean()).as(ok.toString()).isTrue();
    JsonNode near =
        JSON.readTree(
            send(
                    "GET",
                    "/api/v1/parcels/60/compensation-check?minKmFromContactLine=30",
                    "analyst",
                    null)
                .body());
    assertThat(near.get("eligible").asBoolean()).isFalse();
    assertThat(near.get("findings").get(1).get("detail").asString())
        .startsWith("28.5 km from the contact line")
        .contains("requires more than 30.0 km");
  }

  @Test
  void donorsSeeAggregatesNotTaskRecordsAndCannotWrite() throws Exception {
    assertThat(send("GET", "/api/v1/tasks/100/completion-report", "donor", null).statusCode())
        .isEqualTo(403);
    assertThat(send("GET", "/api/v1/tasks/100/qc-inspections", "donor", null).statusCode())
        .isEqualTo(403);
    assertThat(send("GET", "/api/v1/reports/nexus", "donor", null).statusCode()).isEqualTo(200);
    assertThat(
            send("POST", "/api/v1/tasks/100/transitions", "donor", "{\"status\":\"PLANNED\"}")
                .statusCode())
        .isEqualTo(403);
    assertThat(
            send("POST", "/api/v1/tasks/100/transitions", "operator", "{\"status\":\"PLANNED\"}")
                .statusCode())
        .isEqualTo(403);
  }

  @Test
  void anOperatorsFieldManagerReportsOnTheOwnTeamsTasksOnly() throws Exception {
    // task 104 is worked by team 90 of operator 1
    HttpResponse<String> other =
        send(
            "POST",
            "/api/v1/tasks/104/transitions",
            "operator-2",
            "{\"status\":\"ASSIGNED\"}",
            "If-Match",
            "\"1\"");
    assertThat(other.statusCode()).as(other.body()).isEqualTo(403);
    assertThat(JSON.readTree(other.body()).get("detail").asString())
        .isEqualTo("task 104 is worked by a team of operator 1; operator-2 reports for operator 2");
    assertThat(store.tasks().getById(104).value().status()).isEqualTo(TaskStatus.PLANNED);

    HttpResponse<String> own =
        send(
            "POST",
            "/api/v1/tasks/104/transitions",
            "operator-1",
            "{\"status\":\"ASSIGNED\",\"reason\":\"team 90 on site Monday\"}",
            "If-Match",
            "\"1\"");
    assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
    assertThat(store.tasks().getById(104).value().status()).isEqualTo(TaskStatus.ASSIGNED);
    // field managers report; they do not run QC or hand land over
    assertThat(qcAs("operator-1", 104).statusCode()).isEqualTo(403);
  }

  private HttpResponse<String> qcAs(String user, long task) throws Exception {
    return send(
        "POST",
        "/api/v1/tasks/" + task + "/qc-inspections",
        user,
        "{\"inspectedOn\":\"2026-05-01\",\"inspector\":\"x\",\"nonConformingUnits\":0}");
  }
}
