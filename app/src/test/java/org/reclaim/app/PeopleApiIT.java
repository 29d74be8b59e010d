package org.reclaim.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.reclaim.app.web.DemoSite;
import org.reclaim.domain.people.Person;
import org.reclaim.store.audit.AuditLog;
import org.reclaim.store.people.PersonalDataVault;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The people side over HTTP on the demo register: donors get suppressed counts while analysts get
 * exact ones; a personal read is audited; erasure keeps the count; an operator sees the own staff
 * only; the public view answers without a login; the planner leaves out a team whose medic's
 * qualification lapsed, and says why.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PeopleApiIT {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private DemoSite site;
  private ApiClient api;

  @BeforeAll
  void start() {
    site = DemoSite.start("people-api-it", 0.05);
    api =
        new ApiClient(
            site.base(),
            Map.of(
                "donor",
                "demo",
                "analyst",
                "demo",
                "va",
                "demo",
                "admin",
                "demo",
                "operator-1",
                "demo"),
            "application/json");
  }

  @AfterAll
  void stop() {
    site.close();
  }

  private JsonNode get(String path, String user) throws Exception {
    HttpResponse<String> r = api.send("GET", path, user, null);
    assertThat(r.statusCode()).as(path + " as " + user + ": " + r.body()).isEqualTo(200);
    return JSON.readTree(r.body());
  }

  @Test
  void donorsGetSmallCountsSuppressedAndAnalystsExactCounts() throws Exception {
    JsonNode exact = get("/api/v1/reports/people/casualties", "analyst").get("table");
    JsonNode published = get("/api/v1/reports/people/casualties", "donor");
    assertThat(published.get("suppressed").asBoolean()).isTrue();
    JsonNode rows = published.get("table").get("rows");
    int small = 0;
    for (int i = 0; i < rows.size(); i++) {
      JsonNode cells = rows.get(i).get("cells");
      JsonNode truth = exact.get("rows").get(i).get("cells");
      for (int j = 0; j < cells.size(); j++) {
        long n = truth.get(j).asLong();
        if (n > 0 && n < 5) {
          small++;
          assertThat(cells.get(j).isNull()).as("row %d col %d (%d)", i, j, n).isTrue();
        } else if (!cells.get(j).isNull()) {
          assertThat(cells.get(j).asLong()).isEqualTo(n);
        }
      }
    }
    assertThat(small).as("the demo has small cells to suppress").isPositive();
    assertThat(get("/api/v1/reports/people/casualties", "analyst").get("suppressed").asBoolean())
        .isFalse();
  }

  @Test
  void aPersonalReadIsAuditedAndErasureKeepsTheCount() throws Exception {
    long before = site.store().people().casualties().count();
    JsonNode read = get("/api/v1/casualties/2/personal?purpose=referral%20follow-up", "va");
    assertThat(read.get("personal").get("name").asString()).isNotBlank();
    List<AuditLog.Entry> reads =
        site.store().audit().list(PersonalDataVault.ENTITY, 2L, "va", null, null, 10);
    assertThat(reads)
        .anySatisfy(
            e -> {
              assertThat(e.action()).isEqualTo(AuditLog.Action.READ_PERSONAL);
              assertThat(e.afterJson()).contains("referral follow-up");
            });

    HttpResponse<String> erased =
        api.send(
            "DELETE",
            "/api/v1/casualties/2/personal?reason=the%20person%27s%20request",
            "va",
            null);
    assertThat(erased.statusCode()).as(erased.body()).isEqualTo(200);
    assertThat(get("/api/v1/casualties/2/personal", "va").get("personal").isNull()).isTrue();
    assertThat(site.store().people().casualties().count()).isEqualTo(before);
    assertThat(site.store().audit().listFor(PersonalDataVault.ENTITY, 2))
        .extracting(AuditLog.Entry::action)
        .contains(AuditLog.Action.ERASE);
    // the analyst sees the anonymised record, never the name
    String anonymised = api.send("GET", "/api/v1/casualties/2", "analyst", null).body();
    assertThat(anonymised)
        .contains("age_group")
        .doesNotContain(read.get("personal").get("name").asString());
  }

  @Test
  void anOperatorSeesTheOwnStaffOnly() throws Exception {
    JsonNode staff = get("/api/v1/personnel?limit=5000", "operator-1");
    assertThat(staff.get("features").size()).isPositive();
    for (JsonNode f : staff.get("features")) {
      assertThat(f.get("properties").get("operator_id").asLong()).isEqualTo(1);
    }
    Person other =
        site.store().people().personnel().listAll().stream()
            .filter(p -> p.operatorId() != 1)
            .findFirst()
            .orElseThrow();
    assertThat(api.send("GET", "/api/v1/personnel/" + other.id(), "operator-1", null).statusCode())
        .isEqualTo(403);
    assertThat(get("/api/v1/personnel?limit=5000", "analyst").get("numberMatched").asLong())
        .isGreaterThan(staff.get("numberMatched").asLong());
  }

  @Test
  void thePublicReadsWarningsReleasedLandAndAggregatesWithoutALogin() throws Exception {
    JsonNode warnings = get("/api/v1/public/hazard-warnings", null);
    assertThat(warnings.get("features").size()).isPositive();
    JsonNode f = warnings.get("features").get(0);
    assertThat(f.get("properties").has("warning")).isTrue();
    long id = f.get("id").asLong();
    // a warning zone is larger than the surveyed area, not its exact polygon
    var area = site.store().hazardousAreas().getById(id).value();
    assertThat(area.geometry().toText()).isNotEqualTo(f.get("geometry").toString());
    // made once per version of the areas: a new area is published with the next request
    int before = warnings.get("features").size();
    site.store()
        .hazardousAreas()
        .insert(org.reclaim.domain.DomainForTest.area(990_777, 36.4, 49.9), "test");
    assertThat(get("/api/v1/public/hazard-warnings", null).get("features").size())
        .isEqualTo(before + 1);
    JsonNode aggregates = get("/api/v1/public/aggregates", null);
    assertThat(aggregates.get("casualties").get("suppressed").asBoolean()).isTrue();
    assertThat(api.send("GET", "/api/v1/casualties", null, null).statusCode()).isEqualTo(401);
  }

  @Test
  void exportsOfCasualtiesCarryNoPersonalData() throws Exception {
    String name =
        site.store().people().personalData().find(3, "test", "check").orElseThrow().name();
    HttpResponse<String> csv = api.send("GET", "/api/v1/exports/casualties?format=csv", "va", null);
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.body()).contains("age_group").doesNotContain(name);
    HttpResponse<String> geojson =
        api.send("GET", "/api/v1/exports/casualties?format=geojson", "analyst", null);
    assertThat(geojson.body()).doesNotContain(name);
  }

  @Test
  void anIndicatorTargetsTheShareOfWomenAmongDeminers() throws Exception {
    site.store()
        .inTransaction(
            () -> {
              site.store()
                  .indicators()
                  .insert(
                      new org.reclaim.domain.strategy.Indicator(
                          901,
                          "G1.1",
                          "Women among deminers and team leaders",
                          org.reclaim.domain.strategy.Measure.WOMEN_IN_DEMINING_PCT,
                          2024,
                          10,
                          "HR-01"),
                      "test");
              site.store()
                  .indicatorTargets()
                  .insert(
                      new org.reclaim.domain.strategy.IndicatorTarget(902, 901, 2026, 25, 0),
                      "test");
            });
    List<Person> deminers =
        site.store().people().personnel().listAll().stream()
            .filter(
                p ->
                    p.role() == org.reclaim.domain.people.PersonnelRole.DEMINER
                        || p.role() == org.reclaim.domain.people.PersonnelRole.TEAM_LEADER)
            .filter(p -> p.employedFrom().getYear() <= 2026)
            .toList();
    double share =
        100.0
            * deminers.stream().filter(p -> p.sex() == org.reclaim.domain.people.Sex.FEMALE).count()
            / deminers.size();
    JsonNode sheet = get("/api/v1/reports/indicators", "donor");
    JsonNode line = null;
    for (JsonNode l : sheet) {
      if (l.get("code").asString().equals("G1.1") && l.get("year").asInt() == 2026) {
        line = l;
      }
    }
    assertThat(line).as(sheet.toString()).isNotNull();
    assertThat(line.get("actual").asDouble())
        .isCloseTo(share, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(line.get("target").asDouble()).isEqualTo(25);
  }

  @Test
  void theAuditChainIsIntactAndTheAdminReadsTheLog() throws Exception {
    JsonNode verify = get("/api/v1/audit/verify", "admin");
    assertThat(verify.get("intact").asBoolean()).as(verify.toString()).isTrue();
    JsonNode entries = get("/api/v1/audit?actor=demo-generator&limit=5", "admin");
    assertThat(entries.size()).isEqualTo(5);
  }

  @Test
  void anAdminCreatesAnAccountThatCanSignIn() throws Exception {
    HttpResponse<String> created =
        api.send(
            "POST",
            "/api/v1/users",
            "admin",
            "{\"username\":\"va2\",\"role\":\"VICTIM_ASSISTANCE\",\"password\":\"long-enough-pw\"}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    ApiClient va2 = new ApiClient(site.base(), Map.of("va2", "long-enough-pw"), "application/json");
    assertThat(va2.send("GET", "/api/v1/referrals", "va2", null).statusCode()).isEqualTo(200);
    assertThat(va2.send("GET", "/api/v1/users", "va2", null).statusCode()).isEqualTo(403);
    HttpResponse<String> weak =
        api.send(
            "POST",
            "/api/v1/users",
            "admin",
            "{\"username\":\"x1\",\"role\":\"ANALYST\",\"password\":\"short\"}");
    assertThat(weak.statusCode()).isEqualTo(400);
    assertThat(weak.body()).contains("password");
  }

  @Test
  void theTeamWhoseMedicsQualificationLapsedIsNotReady() throws Exception {
    JsonNode readiness = get("/api/v1/reports/people/team-readiness", "analyst");
    List<String> notReady = new java.util.ArrayList<>();
    readiness.forEach(
        r -> {
          if (r.get("status").asString().equals("NOT_READY")) {
            notReady.add(r.get("reason").asString());
          }
        });
    assertThat(notReady).anySatisfy(r -> assertThat(r).contains("MEDIC qualification lapsed on"));
  }
}
