package org.reclaim.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reclaim.app.web.DemoSite;
import org.reclaim.domain.task.Task;
import org.reclaim.domain.task.TaskStatus;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code POST /api/v1/plans/from-register} on the demo register: ranked areas become a plan. */
class PlanFromRegisterIT {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static DemoSite site;
  private static ApiClient api;

  @BeforeAll
  static void start() {
    site = DemoSite.start("plan-from-register-it", 0.05);
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
  void theBestRankedAreasArePlannedWithTheirMethodsAndRePlanned() throws Exception {
    long runId = api.rank("analyst", "civilian-safety");
    Map<String, String> methodByArea = recommendedMethods(runId);
    HttpResponse<String> r =
        api.send(
            "POST",
            "/api/v1/plans/from-register",
            "analyst",
            "{\"rankingRunId\":"
                + runId
                + ",\"horizonStart\":\"2026-07-01\",\"horizonDays\":60,"
                + "\"timeLimitSeconds\":2,\"maxAreas\":25}");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
    JsonNode submitted = JSON.readTree(r.body());
    assertThat(submitted.get("source").get("rankingRunId").asLong()).isEqualTo(runId);
    assertThat(
            submitted.get("source").get("areas").asInt()
                + submitted.get("source").get("skipped").asInt())
        .isEqualTo(25);
    long id = submitted.get("id").asLong();
    JsonNode job = awaitFinished(id);
    assertThat(job.get("status").asString()).isEqualTo("COMPLETED");
    assertThat(job.get("hardScore").asLong()).isZero();

    JsonNode plan = get("/api/v1/plans/" + id + "/result");
    assertThat(plan.get("feasible").asBoolean()).isTrue();
    assertThat(plan.get("schedule").size()).isPositive();
    assertThat(plan.get("kpis").get("releasedKm2By60").asDouble()).isPositive();
    JsonNode problem = get("/api/v1/plans/" + id + "/problem");
    assertLapsedTeamRefused(problem);
    Map<String, JsonNode> tasks = new HashMap<>();
    problem.get("tasks").forEach(t -> tasks.put(t.get("id").asString(), t));
    java.util.Set<String> reassigned = new java.util.HashSet<>();
    int underWay = underWay(problem.get("source").get("refusedTeams"), reassigned);
    int fromRanking = 0;
    for (JsonNode line : plan.get("schedule")) {
      // each task is a ranked area with its recommended method, or a task already under way in
      // the register, pinned to its team
      JsonNode task = tasks.get(line.get("task").asString());
      if (task.hasNonNull("inProgressTeam")) {
        assertThat(line.get("team").asString()).isEqualTo(task.get("inProgressTeam").asString());
        assertThat(line.path("pinned").asBoolean()).as(line.toString()).isTrue();
      } else if (!reassigned.contains(task.get("areaId").asString())) {
        assertThat(methodByArea)
            .as(line.toString())
            .containsEntry(
                String.valueOf(task.get("areaId").asLong()), task.get("method").asString());
        fromRanking++;
      }
    }
    long inProgress = tasks.values().stream().filter(t -> t.hasNonNull("inProgressTeam")).count();
    assertThat(inProgress).isEqualTo(underWay);
    assertThat(submitted.get("source").get("inProgress").asInt()).isEqualTo(underWay);
    assertThat(fromRanking).isPositive();
    for (JsonNode task : tasks.values()) {
      assertThat(problem.get("source").get("areaNames").has(task.get("areaId").asString()))
          .isTrue();
    }

    // re-plan from that plan with the register as it stands: same horizon, moves reported
    HttpResponse<String> again =
        api.send(
            "POST",
            "/api/v1/plans/from-register",
            "analyst",
            "{\"previousJobId\":" + id + ",\"timeLimitSeconds\":1,\"replanPriceDays\":0}");
    assertThat(again.statusCode()).as(again.body()).isEqualTo(202);
    assertThat(JSON.readTree(again.body()).get("replanPriceDays").asDouble()).isZero();
    long replan = JSON.readTree(again.body()).get("id").asLong();
    assertThat(awaitFinished(replan).get("hardScore").asLong()).isZero();
    JsonNode replanned = get("/api/v1/plans/" + replan + "/result");
    JsonNode changes = replanned.get("changes");
    assertThat(
            changes.get("kept").asInt()
                + changes.get("moved").asInt()
                + changes.get("dropped").asInt())
        .isEqualTo(plan.get("schedule").size());
    assertThat(replanned.get("schedule").get(0).get("startDate").asString())
        .isGreaterThanOrEqualTo("2026-07-01");
  }

  @Test
  void badParametersAreRefusedNamingTheFieldAndDonorsMayNotPlan() throws Exception {
    HttpResponse<String> bad =
        api.send(
            "POST",
            "/api/v1/plans/from-register",
            "analyst",
            "{\"horizonDays\":0,\"profile\":\"civilian-safety\"}");
    assertThat(bad.statusCode()).as(bad.body()).isEqualTo(400);
    assertThat(bad.body()).contains("horizonDays");
    int runs = get("/api/v1/rankings").size();
    HttpResponse<String> price =
        api.send(
            "POST",
            "/api/v1/plans/from-register",
            "analyst",
            "{\"replanPriceDays\":2,\"profile\":\"civilian-safety\"}");
    assertThat(price.statusCode()).as(price.body()).isEqualTo(400);
    assertThat(price.body()).contains("replanPriceDays");
    assertThat(get("/api/v1/rankings").size()).as("refused before ranking afresh").isEqualTo(runs);
    HttpResponse<String> donor =
        api.send(
            "POST", "/api/v1/plans/from-register", "donor", "{\"profile\":\"civilian-safety\"}");
    assertThat(donor.statusCode()).isEqualTo(403);
  }

  /** Area id → the method the ranking recommends, for the run's best 25 areas. */
  private static Map<String, String> recommendedMethods(long runId) throws Exception {
    Map<String, String> methodByArea = new HashMap<>();
    for (JsonNode e :
        JSON.readTree(
                api.send("GET", "/api/v1/rankings/" + runId + "?limit=25", "donor", null).body())
            .get("areas")) {
      if (e.hasNonNull("method")) {
        methodByArea.put(String.valueOf(e.get("areaId").asLong()), e.get("method").asString());
      }
    }
    return methodByArea;
  }

  private static JsonNode get(String path) throws Exception {
    return JSON.readTree(api.send("GET", path, "donor", null).body());
  }

  private static JsonNode awaitFinished(long id) throws Exception {
    for (int i = 0; i < 600; i++) {
      JsonNode job = JSON.readTree(api.send("GET", "/api/v1/plans/" + id, "donor", null).body());
      String status = job.get("status").asString();
      if (!status.equals("QUEUED") && !status.equals("SOLVING")) {
        return job;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("job " + id + " did not finish");
  }

  /** IMAS 06.10: the team whose medic's qualification lapsed is not planned, and says why. */
  private static void assertLapsedTeamRefused(JsonNode problem) {
    JsonNode refused = problem.get("source").get("refusedTeams");
    assertThat(refused.size()).as(problem.get("source").toString()).isPositive();
    String lapsedTeam = refused.propertyNames().iterator().next();
    assertThat(refused.get(lapsedTeam).asString()).contains("MEDIC qualification lapsed on");
    problem.get("teams").forEach(t -> assertThat(t.get("id").asString()).isNotEqualTo(lapsedTeam));
  }

  /**
   * Tasks under way in the register on teams still qualified; the areas of those whose team stood
   * down (their work goes back to the pool) are added to {@code reassigned}.
   */
  private static int underWay(JsonNode refused, java.util.Set<String> reassigned) {
    int n = 0;
    for (Task t : site.store().tasks().listAll()) {
      if (t.status() == TaskStatus.IN_PROGRESS && t.teamId() != null) {
        if (refused.has(String.valueOf(t.teamId()))) {
          reassigned.add(String.valueOf(t.hazardousAreaId()));
        } else {
          n++;
        }
      }
    }
    return n;
  }
}
