package org.reclaim.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reclaim.domain.DomainForTest;
import org.reclaim.domain.hazard.HazardousArea;
import org.reclaim.domain.operator.Operator;
import org.reclaim.domain.release.LandRelease;
import org.reclaim.domain.release.ReleaseCategory;
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
 * Funding and the reports over HTTP, each figure checked against a sum computed here independently
 * (by hand in comments, and by SQL over the same tables).
 */
class FundingReportsIT {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static ReclaimStore store;
  private static ConfigurableApplicationContext server;
  private static String base;
  private static ApiClient api;
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static long japanGrant;
  private static long norwayGrant;

  private static Task task(long id, long area, ReleaseMethod m, long team) {
    return new Task(
        id, area, m, team, TaskStatus.COMPLETED, LocalDate.of(2026, 4, 1), null, 5000, 0);
  }

  private static LandRelease release(
      long id, long area, long task, ReleaseCategory c, double m2, String on, int items) {
    return new LandRelease(id, area, task, c, m2, LocalDate.parse(on), items);
  }

  @BeforeAll
  static void start() throws Exception {
    store = ReclaimStore.open(StoreConfig.inMemory("funding-it"));
    store.inTransaction(
        () -> {
          store.regions().insert(DomainForTest.country(), "t");
          store.regions().insert(DomainForTest.oblast(2, "UA-63", 36, 49.5), "t");
          store.operators().insert(DomainForTest.operator(1), "t");
          store
              .operators()
              .insert(new Operator(2, "Second operator", Operator.Kind.NGO, "UA"), "t");
          store.teams().insert(DomainForTest.team(90, 1), "t");
          store.teams().insert(DomainForTest.team(91, 2), "t");
          HazardousArea a10 = DomainForTest.area(10, 36.2, 50.0);
          store.hazardousAreas().insert(withRegion(a10, 2L), "t");
          store.hazardousAreas().insert(withRegion(DomainForTest.area(11, 36.3, 50.0), 1L), "t");
          store.tasks().insert(task(100, 10, ReleaseMethod.MANUAL, 90), "t");
          store.tasks().insert(task(101, 11, ReleaseMethod.TS, 91), "t");
          store
              .landReleases()
              .insert(release(1000, 10, 100, ReleaseCategory.CLEARED, 3000, "2026-04-10", 5), "t");
          store
              .landReleases()
              .insert(release(1001, 10, 100, ReleaseCategory.REDUCED, 1000, "2026-04-12", 0), "t");
          store
              .landReleases()
              .insert(release(1002, 11, 101, ReleaseCategory.REDUCED, 6000, "2026-05-03", 0), "t");
          store
              .landReleases()
              .insert(release(1003, 11, 101, ReleaseCategory.REDUCED, 500, "2026-07-01", 0), "t");
        });
    Map<String, String> users = Map.of("analyst", "pw-a", "donor", "pw-d");
    server = ReclaimServer.start(store, 0, users);
    base = "http://localhost:" + ((WebServerApplicationContext) server).getWebServer().getPort();
    api = new ApiClient(base, users, "application/json");
    fund();
  }

  private static HazardousArea withRegion(HazardousArea a, Long region) {
    return new HazardousArea(
        a.id(),
        a.code(),
        a.name(),
        region,
        a.hazardClass(),
        a.status(),
        a.contamination(),
        a.landUse(),
        a.terrain(),
        a.vegetation(),
        a.geometry(),
        a.areaM2(),
        a.reportedOn());
  }

  private static void fund() throws Exception {
    long japan = id(post("/api/v1/funding/donors", "{\"name\":\"Japan\",\"country\":\"JP\"}"));
    long norway = id(post("/api/v1/funding/donors", "{\"name\":\"Norway\",\"country\":\"NO\"}"));
    post("/api/v1/funding/pledges", pledge(japan, "2026-02-01", 1_000_000));
    post("/api/v1/funding/pledges", pledge(norway, "2026-03-01", 400_000));
    japanGrant =
        id(
            post(
                "/api/v1/funding/grants",
                grant(japan, "JP-1", 500_000, "2", "\"MANUAL_CLEARANCE\"")));
    norwayGrant = id(post("/api/v1/funding/grants", grant(norway, "NO-1", 200_000, null, null)));
    post("/api/v1/funding/disbursements", disbursement(japanGrant, "2026-03-01", 250_000));
    post("/api/v1/funding/disbursements", disbursement(norwayGrant, "2026-04-01", 150_000));
    post("/api/v1/tasks/100/costs", cost(japanGrant, "2026-04-10", 8_000));
    post("/api/v1/tasks/100/costs", cost(null, "2026-04-10", 2_000));
    post("/api/v1/tasks/101/costs", cost(norwayGrant, "2026-05-03", 6_500));
  }

  private static String pledge(long donor, String on, double usd) {
    return """
        {"donorId":%d,"pledgedOn":"%s","amountUsd":%s,"periodFrom":"2026-01-01",
         "periodTo":"2027-12-31"}"""
        .formatted(donor, on, usd);
  }

  private static String grant(long donor, String ref, double usd, String region, String activity) {
    return """
        {"donorId":%d,"reference":"%s","amountUsd":%s,"committedOn":"2026-02-15",
         "regionId":%s,"activity":%s,"periodFrom":"2026-01-01","periodTo":"2026-12-31"}"""
        .formatted(donor, ref, usd, region, activity);
  }

  private static String disbursement(long grant, String on, double usd) {
    return "{\"grantId\":%d,\"disbursedOn\":\"%s\",\"amountUsd\":%s}".formatted(grant, on, usd);
  }

  private static String cost(Long grant, String on, double usd) {
    return "{\"grantId\":%s,\"bookedOn\":\"%s\",\"amountUsd\":%s}".formatted(grant, on, usd);
  }

  private static long id(HttpResponse<String> r) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    return JSON.readTree(r.body()).get("id").asLong();
  }

  private static HttpResponse<String> post(String path, String body) throws Exception {
    return send("POST", path, "analyst", body);
  }

  private static HttpResponse<String> send(String method, String path, String user, String body)
      throws Exception {
    return api.send(method, path, user, body);
  }

  private static JsonNode get(String path, String user) throws Exception {
    HttpResponse<String> r = send("GET", path, user, null);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return JSON.readTree(r.body());
  }

  private static double sql(String query, Object... args) {
    Double v = new JdbcTemplate(store.dataSource()).queryForObject(query, Double.class, args);
    return v == null ? 0 : v;
  }

  @AfterAll
  static void stop() {
    server.close();
    store.close();
  }

  @Test
  void costsThatDoNotFitTheirGrantAreRefusedNamingTheField() throws Exception {
    // Task 101 is TS in region 1; Japan's grant is manual clearance in region 2.
    HttpResponse<String> wrong =
        post("/api/v1/tasks/101/costs", cost(japanGrant, "2026-05-03", 10));
    assertThat(wrong.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(wrong.body()).get("field").asString()).isEqualTo("grantId");
    HttpResponse<String> tooMuch =
        post("/api/v1/tasks/101/costs", cost(norwayGrant, "2026-05-03", 300_000));
    assertThat(JSON.readTree(tooMuch.body()).get("field").asString()).isEqualTo("amountUsd");
    // Booked costs add up on the task: 8,000 + 2,000.
    assertThat(store.tasks().getById(100).value().costUsd()).isEqualTo(10_000);
  }

  @Test
  void thePledgeReportPerDonorForTheFirstHalf() throws Exception {
    JsonNode donors = get("/api/v1/reports/donors?half=2026-H1", "donor").get("donors");
    JsonNode japan = donors.get(0);
    JsonNode norway = donors.get(1);
    assertThat(japan.get("pledgedUsd").asDouble()).isEqualTo(1_000_000);
    assertThat(japan.get("committedUsd").asDouble()).isEqualTo(500_000);
    assertThat(japan.get("disbursedUsd").asDouble()).isEqualTo(250_000);
    assertThat(japan.get("spentUsd").asDouble()).isEqualTo(8_000);
    // Task 100 released 3,000 + 1,000 m² in H1; Japan paid 8,000 of its 10,000 → 3,200 m².
    assertThat(japan.get("outputsM2").asDouble()).isCloseTo(3_200, within(1e-9));
    // Task 101 released 6,000 m² in H1 (the 500 m² of July is H2), all paid by Norway.
    assertThat(norway.get("outputsM2").asDouble()).isCloseTo(6_000, within(1e-9));
    // Shares of the 400,000 disbursed in H1, and the SQL total agrees.
    double disbursed =
        sql(
            "SELECT SUM(amount_usd) FROM disbursement WHERE disbursed_on <= ?",
            LocalDate.of(2026, 6, 30));
    assertThat(disbursed).isEqualTo(400_000);
    assertThat(japan.get("sharePercent").asDouble())
        .isCloseTo(100 * 250_000 / disbursed, within(1e-9));
    assertThat(norway.get("sharePercent").asDouble()).isCloseTo(37.5, within(1e-9));
  }

  @Test
  void operationsByRegionEqualTheSqlSums() throws Exception {
    JsonNode r = get("/api/v1/reports/operations?from=2026-04-01&to=2026-06-30&by=region", "donor");
    for (long region : List.of(1L, 2L)) {
      double expected =
          sql(
              "SELECT SUM(l.area_m2) FROM land_release l JOIN hazardous_area a"
                  + " ON a.id = l.hazardous_area_id WHERE a.region_id = ?"
                  + " AND l.released_on BETWEEN ? AND ?",
              region,
              LocalDate.of(2026, 4, 1),
              LocalDate.of(2026, 6, 30));
      assertThat(r.get("groups").get(String.valueOf(region)).get("releasedM2").asDouble())
          .isCloseTo(expected, within(1e-9));
      // groups by region or operator come with the names, for charts and tables
      assertThat(r.get("names").get(String.valueOf(region)).asString())
          .isEqualTo(store.regions().getById(region).value().name());
    }
    // 4,000 (region 2) + 6,000 (region 1); 5 items.
    assertThat(r.get("total").get("releasedM2").asDouble()).isEqualTo(10_000);
    assertThat(r.get("total").get("itemsFound").asInt()).isEqualTo(5);
    HttpResponse<String> html =
        send("GET", "/api/v1/reports/operations/monthly?month=2026-04", "donor", null);
    assertThat(html.body())
        .contains("<strong id=\"total-m2\">4,000</strong>")
        .contains("<strong id=\"total-items\">5</strong>")
        .contains("UA-63");
  }

  @Test
  void theMonthlyReportIsAlsoAPdfWithTheSameFigures() throws Exception {
    HttpRequest req =
        HttpRequest.newBuilder(
                URI.create(base + "/api/v1/reports/operations/monthly.pdf?month=2026-04"))
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString("donor:pw-d".getBytes(StandardCharsets.UTF_8)))
            .build();
    HttpResponse<byte[]> r = HTTP.send(req, HttpResponse.BodyHandlers.ofByteArray());
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
    try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(r.body())) {
      String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
      // April: 3,000 cleared + 1,000 reduced in region UA-63 = 4,000 m², 5 items.
      assertThat(text)
          .contains("Land released in the month: 4,000 m2")
          .contains("UA-63")
          .contains("items found and destroyed: 5");
    }
  }

  @Test
  void costPerSquareMetreByMethod() throws Exception {
    JsonNode r = get("/api/v1/reports/cost-per-m2?by=method", "donor");
    // MANUAL: 10,000 US$ / 4,000 m² = 2.5; TS: 6,500 / (6,000 + 500) = 1.0.
    assertThat(r.get("MANUAL").get("usdPerM2").asDouble()).isCloseTo(2.5, within(1e-12));
    assertThat(r.get("TS").get("usdPerM2").asDouble()).isCloseTo(1.0, within(1e-12));
  }

  @Test
  void indicatorsAreGradedOnTheRegistersActuals() throws Exception {
    long indicator =
        id(
            post(
                "/api/v1/strategy/indicators",
                "{\"code\":\"S1.1\",\"name\":\"km² released per year\",\"measure\":\"RELEASED_KM2\","
                    + "\"baselineYear\":2024,\"baselineValue\":0,\"budgetLine\":\"MA-01\"}"));
    post(
        "/api/v1/strategy/indicators/" + indicator + "/targets",
        "{\"year\":2026,\"targetValue\":0.02,\"budgetUsd\":1000000}");
    JsonNode row = get("/api/v1/reports/indicators", "donor").get(0);
    // 2026: (3,000 + 1,000 + 6,000 + 500) m² = 0.0105 km²; 0.0105 / 0.02 = 0.525 → PROGRESSING.
    assertThat(row.get("actual").asDouble()).isCloseTo(0.0105, within(1e-12));
    assertThat(row.get("achievement").asDouble()).isCloseTo(0.525, within(1e-9));
    assertThat(row.get("grade").asString()).isEqualTo("PROGRESSING");
  }

  @Test
  void donorsReadReportsButNotFundingRecordsAndCannotWrite() throws Exception {
    assertThat(send("GET", "/api/v1/funding/grants", "donor", null).statusCode()).isEqualTo(403);
    assertThat(send("GET", "/api/v1/funding/grants", "analyst", null).statusCode()).isEqualTo(200);
    assertThat(
            send("POST", "/api/v1/funding/donors", "donor", "{\"name\":\"X\",\"country\":\"XX\"}")
                .statusCode())
        .isEqualTo(403);
  }
}
