package org.reclaim.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reclaim.app.CliForTest.Run;
import org.reclaim.domain.DomainForTest;
import org.reclaim.domain.handover.Handover;
import org.reclaim.domain.hazard.HazardStatus;
import org.reclaim.domain.hazard.LandUse;
import org.reclaim.domain.quality.NonConformity;
import org.reclaim.domain.quality.QcResult;
import org.reclaim.domain.release.CompletionReport;
import org.reclaim.domain.release.LandRelease;
import org.reclaim.domain.release.ReleaseCategory;
import org.reclaim.domain.task.TaskStatus;
import org.reclaim.store.ReclaimStore;
import org.reclaim.store.audit.AuditLog;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code reclaim release …} and {@code reclaim funding …} over a register, checked in the store: a
 * task taken from planning to handover and land use, refusals that name the record and the field,
 * the reason of a transition in the audit log, a failed QC that reopens the task, funding records
 * with an earmark that refuses a cost, and an indicator graded from its baseline.
 */
class ReleaseCliIT {
  @TempDir Path dir;

  private static ReclaimStore open(String name) {
    return CliForTest.open(name);
  }

  /** Runs a command on register {@code db}, as user {@code fm-ostroh} when it records. */
  private static Run exec(String db, String... args) {
    List<String> all = new java.util.ArrayList<>(List.of(args));
    all.addAll(List.of("--db-url", CliForTest.url(db)));
    if (!args[0].equals("report")) {
      all.addAll(List.of("--user", "fm-ostroh"));
    }
    return CliForTest.exec(all.toArray(String[]::new));
  }

  private static String ok(String db, String... args) {
    Run r = exec(db, args);
    assertThat(r.code()).as(r.out() + r.err()).isZero();
    return r.out();
  }

  /** Assigns and starts a task. */
  private static void start(String db, long task) {
    ok(db, "release", "transition", "--task", String.valueOf(task), "--to", "ASSIGNED");
    ok(db, "release", "transition", "--task", String.valueOf(task), "--to", "IN_PROGRESS");
  }

  /** A QC inspection of task 100 on 2026-05-02 finding no bad box and {@code items} items. */
  private static Run qc(String db, int items) {
    return exec(
        db,
        "release",
        "qc",
        "--task",
        "100",
        "--on",
        "2026-05-02",
        "--inspector",
        "NMAA QC",
        "--non-conforming",
        "0",
        "--items",
        String.valueOf(items));
  }

  private static Run cost(String db, String grantId, String on, String amountUsd) {
    return exec(
        db,
        "funding",
        "cost",
        "--task",
        "100",
        "--grant",
        grantId,
        "--on",
        on,
        "--amount-usd",
        amountUsd);
  }

  private static void seed(String db) {
    try (ReclaimStore s = open(db)) {
      s.inTransaction(
          () -> {
            s.regions().insert(DomainForTest.country(), "t");
            s.operators().insert(DomainForTest.operator(1), "t");
            s.teams().insert(DomainForTest.team(90, 1), "t");
            s.hazardousAreas().insert(ReleaseForTest.area(10, 36.2).build(), "t");
            s.hazardousAreas().insert(ReleaseForTest.area(11, 36.3).build(), "t");
            s.tasks().insert(ReleaseForTest.task(100, 10, TaskStatus.PLANNED), "t");
            s.tasks().insert(ReleaseForTest.task(101, 11, TaskStatus.PLANNED), "t");
          });
    }
  }

  private static <T> T read(String db, java.util.function.Function<ReclaimStore, T> f) {
    try (ReclaimStore s = open(db)) {
      return f.apply(s);
    }
  }

  private static TaskStatus taskStatus(String db, long id) {
    return read(db, s -> s.tasks().getById(id).value().status());
  }

  private static HazardStatus areaStatus(String db, long id) {
    return read(db, s -> s.hazardousAreas().getById(id).value().status());
  }

  private static double taskCost(String db, long id) {
    return read(db, s -> s.tasks().getById(id).value().costUsd());
  }

  private static int count(String db, String table) {
    return read(
        db,
        s ->
            new JdbcTemplate(s.dataSource())
                .queryForObject("SELECT COUNT(*) FROM " + table, Integer.class));
  }

  private Path completion(double reducedM2, double clearedM2) throws Exception {
    Path file = dir.resolve("completion-" + reducedM2 + "-" + clearedM2 + ".json");
    Files.writeString(
        file,
        """
        {"startedOn":"2026-04-01","completedOn":"2026-04-20","cancelledM2":0,
         "reducedM2":%s,"clearedM2":%s,"clearanceDepthCm":13,
         "items":[{"type":"AP_MINE","depthCm":10,"count":3},{"type":"UXO_ERW","depthCm":25,"count":1}]}"""
            .formatted(reducedM2, clearedM2));
    return file;
  }

  @Test
  void aTaskGoesFromPlanningToHandoverAndLandUse() throws Exception {
    String db = "rel-cli-flow";
    seed(db);
    ok(db, "release", "transition", "--task", "100", "--to", "assigned");
    String started =
        ok(
            db,
            "release",
            "transition",
            "--task",
            "100",
            "--to",
            "IN_PROGRESS",
            "--reason",
            "team on site after access agreed");
    assertThat(started).contains("task 100: ASSIGNED -> IN_PROGRESS").contains("area 10 is");
    assertThat(areaStatus(db, 10)).isEqualTo(HazardStatus.IN_PROGRESS);
    // The reason is kept beside the change, with who gave it.
    List<AuditLog.Entry> audit = read(db, s -> s.audit().listFor("Task", 100));
    assertThat(audit)
        .filteredOn(e -> e.action() == AuditLog.Action.TRANSITION)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.actor()).isEqualTo("fm-ostroh");
              assertThat(e.afterJson())
                  .contains("\"IN_PROGRESS\"")
                  .contains("team on site after access agreed");
            });

    double m2 = completeTheWholeArea(db);
    inspect(db, m2);
    handOverAndFarm(db, m2);
  }

  private double completeTheWholeArea(String db) throws Exception {
    // 40 % reduced + 60 % cleared = the whole area: it is released.
    double m2 = read(db, s -> s.hazardousAreas().getById(10).value().areaM2());
    String done =
        ok(
            db,
            "release",
            "complete",
            "--task",
            "100",
            "--file",
            completion(0.4 * m2, 0.6 * m2).toString());
    assertThat(done).contains("4 items").contains("area 10 is RELEASED");
    CompletionReport report = read(db, s -> s.completionReports().findByTask(100L).orElseThrow());
    assertThat(report.reducedM2()).isCloseTo(0.4 * m2, within(1e-6));
    assertThat(report.clearedM2()).isCloseTo(0.6 * m2, within(1e-6));
    assertThat(taskStatus(db, 100)).isEqualTo(TaskStatus.COMPLETED);
    double booked =
        read(
            db,
            s -> s.landReleases().listByTask(100L).stream().mapToDouble(LandRelease::areaM2).sum());
    assertThat(booked).isCloseTo(m2, within(1e-6));
    return m2;
  }

  private void inspect(String db, double m2) {
    // The QC sample is drawn from the lot in 100 m² boxes.
    String plan = ok(db, "release", "qc-plan", "--task", "100");
    assertThat(plan).contains("lot " + (int) Math.ceil(m2 / 100) + " units");
    Run passed = qc(db, 0);
    assertThat(passed.code()).isZero();
    String qc = passed.out();
    assertThat(qc).contains("PASSED");
    assertThat((QcResult) read(db, s -> s.qcInspections().listByTask(100L).getFirst().result()))
        .isEqualTo(QcResult.PASSED);

    String visit =
        ok(
            db,
            "release",
            "qa-visit",
            "--task",
            "100",
            "--on",
            "2026-04-10",
            "--inspector",
            "NMAA QA",
            "--notes",
            "lanes marked");
    long visitId = Long.parseLong(visit.replaceAll("(?s)^QA visit (\\d+) .*", "$1"));
    ok(
        db,
        "release",
        "non-conformity",
        "--visit",
        String.valueOf(visitId),
        "--type",
        "marking",
        "--severity",
        "MINOR",
        "--corrective-action",
        "re-mark lane 4",
        "--closed-on",
        "2026-04-11");
    assertThat(read(db, s -> s.nonConformities().listByVisit(visitId)).stream())
        .extracting(NonConformity::severity)
        .containsExactly(NonConformity.Severity.MINOR);
  }

  private void handOverAndFarm(String db, double m2) throws Exception {
    Path cert = dir.resolve("cert.html");
    String handover =
        ok(
            db,
            "release",
            "handover",
            "--area",
            "10",
            "--on",
            "2026-05-10",
            "--recipient",
            "Ostroh hromada",
            "--out",
            cert.toString());
    Handover h = read(db, s -> s.handovers().listByArea(10L).getFirst());
    assertThat(handover).contains(h.certificateNo());
    assertThat(h.releasedM2()).isCloseTo(m2, within(1e-6));
    assertThat(h.landUseAfter()).isEqualTo(LandUse.PASTURE);
    assertThat(Files.readString(cert)).contains(h.certificateNo()).contains("Ostroh hromada");

    ok(
        db,
        "release",
        "land-use",
        "--area",
        "10",
        "--use",
        "AGRICULTURE",
        "--returned-on",
        "2026-06-01");
    Handover farmed = read(db, s -> s.handovers().getById(h.id()).value());
    assertThat(farmed.landUseAfter()).isEqualTo(LandUse.AGRICULTURE);
    assertThat(farmed.returnedToUseOn()).isEqualTo(LocalDate.of(2026, 6, 1));
  }

  @Test
  void refusalsNameTheRecordAndTheFieldAndChangeNothing() throws Exception {
    String db = "rel-cli-refusals";
    seed(db);
    Run illegal = exec(db, "release", "transition", "--task", "101", "--to", "IN_PROGRESS");
    assertThat(illegal.code()).isEqualTo(2);
    assertThat(illegal.err())
        .contains("reclaim release transition: task 101: Task.status:")
        .contains("cannot move from PLANNED to IN_PROGRESS")
        .contains("allowed: [ASSIGNED, SUSPENDED]");
    assertThat(taskStatus(db, 101)).isEqualTo(TaskStatus.PLANNED);

    Run area =
        exec(db, "release", "transition", "--area", "11", "--to", "IN_PROGRESS", "--reason", "x");
    assertThat(area.code()).isEqualTo(2);
    assertThat(area.err())
        .contains("area 11: HazardousArea.status: cannot move from SUSPECTED to IN_PROGRESS")
        .doesNotContain("Exception");
    // A refused change leaves no reason behind either.
    assertThat(read(db, s -> s.audit().listFor("HazardousArea", 11)).stream())
        .noneMatch(e -> e.action() == AuditLog.Action.TRANSITION);

    Run unknown = exec(db, "release", "transition", "--task", "101", "--to", "FINISHED");
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err()).contains("Task.status: --to FINISHED is not a status");

    start(db, 101);
    double m2 = read(db, s -> s.hazardousAreas().getById(11).value().areaM2());
    Run over =
        exec(
            db,
            "release",
            "complete",
            "--task",
            "101",
            "--file",
            completion(0.5 * m2, 0.6 * m2).toString());
    assertThat(over.code()).isEqualTo(2);
    assertThat(over.err())
        .contains("task 101: LandRelease.areaM2:")
        .contains("never more than the area's size");
    assertThat(count(db, "completion_report")).isZero();
    assertThat(taskStatus(db, 101)).isEqualTo(TaskStatus.IN_PROGRESS);

    Path typo = dir.resolve("typo.json");
    Files.writeString(typo, "{\"startedOn\":\"2026-04-01\",\"clearM2\":10}");
    Run badFile = exec(db, "release", "complete", "--task", "101", "--file", typo.toString());
    assertThat(badFile.code()).isEqualTo(2);
    assertThat(badFile.err())
        .contains("task 101: CompletionReport.clearM2: in typo.json: Unrecognized");

    Run missing =
        exec(db, "release", "qa-visit", "--task", "999", "--on", "2026-04-10", "--inspector", "QA");
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("task 999").contains("999 does not exist");
  }

  @Test
  void aFailedQcReopensTheTaskAndBlocksHandover() throws Exception {
    String db = "rel-cli-qc";
    seed(db);
    start(db, 100);
    double m2 = read(db, s -> s.hazardousAreas().getById(10).value().areaM2());
    ok(db, "release", "complete", "--task", "100", "--file", completion(0, m2).toString());
    Run failed = qc(db, 1);
    assertThat(failed.code()).isEqualTo(1);
    assertThat(failed.out()).contains("FAILED");
    assertThat(taskStatus(db, 100)).isEqualTo(TaskStatus.IN_PROGRESS);
    assertThat(areaStatus(db, 10)).isEqualTo(HazardStatus.IN_PROGRESS);
    Run early =
        exec(db, "release", "handover", "--area", "10", "--on", "2026-05-10", "--recipient", "H");
    assertThat(early.code()).isEqualTo(2);
    assertThat(early.err()).contains("area 10: Handover.hazardousAreaId: cannot hand over");
    assertThat(count(db, "handover")).isZero();
  }

  /** A donor, its pledge and a grant earmarked to region 1, manual clearance, March–June 2026. */
  private static String recordDonorPledgeAndGrant(String db) {
    String donor = ok(db, "funding", "donor", "--name", "Norway", "--country", "NO");
    long donorId = Long.parseLong(donor.replaceAll("(?s)^donor (\\d+):.*", "$1"));
    String pledge =
        ok(
            db,
            "funding",
            "pledge",
            "--donor",
            String.valueOf(donorId),
            "--on",
            "2026-01-10",
            "--amount-usd",
            "500000",
            "--from",
            "2026-01-01",
            "--to",
            "2026-12-31");
    long pledgeId = Long.parseLong(pledge.replaceAll("(?s)^pledge (\\d+):.*", "$1"));
    String grant =
        ok(
            db,
            "funding",
            "grant",
            "--donor",
            String.valueOf(donorId),
            "--pledge",
            String.valueOf(pledgeId),
            "--reference",
            "NO-UA-26-01",
            "--amount-usd",
            "20000",
            "--committed-on",
            "2026-02-01",
            "--region",
            "1",
            "--activity",
            "MANUAL_CLEARANCE",
            "--from",
            "2026-03-01",
            "--to",
            "2026-06-30");
    return grant.replaceAll("(?s)^grant (\\d+):.*", "$1");
  }

  @Test
  void fundingRecordsAnEarmarkedGrantAndRefusesACostOutsideIt() {
    String db = "rel-cli-funding";
    seed(db);
    String grantId = recordDonorPledgeAndGrant(db);
    ok(
        db,
        "funding",
        "disbursement",
        "--grant",
        grantId,
        "--on",
        "2026-03-05",
        "--amount-usd",
        "8000");
    assertThat(cost(db, grantId, "2026-04-15", "7500").code()).isZero();
    assertThat(taskCost(db, 100)).isEqualTo(7500);

    // Booked after the earmark's period ends: refused naming grantId, nothing booked.
    Run late = cost(db, grantId, "2026-07-15", "100");
    assertThat(late.code()).isEqualTo(2);
    assertThat(late.err()).contains("task 100: CostBooking.grantId: grant NO-UA-26-01");
    // Beyond the grant's amount: 7,500 + 13,000 > 20,000, refused naming amountUsd.
    Run beyond = cost(db, grantId, "2026-05-15", "13000");
    assertThat(beyond.err()).contains("CostBooking.amountUsd");
    assertThat(count(db, "cost_booking")).isEqualTo(1);
    assertThat(taskCost(db, 100)).isEqualTo(7500);
    assertThat(count(db, "disbursement")).isEqualTo(1);
  }

  @Test
  void anIndicatorIsGradedFromItsBaseline() {
    String db = "rel-cli-indicator";
    seed(db);
    try (ReclaimStore s = open(db)) {
      // 2026: 0.021 km² released in two bookings.
      s.landReleases()
          .insert(
              new LandRelease(
                  20, 10, null, ReleaseCategory.CANCELLED, 15_000, LocalDate.of(2026, 3, 2), 0),
              "t");
      s.landReleases()
          .insert(
              new LandRelease(
                  21, 11, null, ReleaseCategory.CLEARED, 6_000, LocalDate.of(2026, 9, 9), 2),
              "t");
    }
    String indicator =
        ok(
            db,
            "funding",
            "indicator",
            "--code",
            "S1.1",
            "--name",
            "km² released per year",
            "--measure",
            "RELEASED_KM2",
            "--baseline-year",
            "2024",
            "--baseline-value",
            "0.012");
    String id = indicator.replaceAll("(?s)^indicator (\\d+):.*", "$1");
    Run same =
        exec(db, "funding", "target", "--indicator", id, "--year", "2026", "--value", "0.012");
    assertThat(same.code()).isEqualTo(2);
    assertThat(same.err()).contains("IndicatorTarget.targetValue: equals the baseline 0.012");
    ok(
        db,
        "funding",
        "target",
        "--indicator",
        id,
        "--year",
        "2026",
        "--value",
        "0.030",
        "--budget-usd",
        "1000000");
    String sheet = exec(db, "report", "indicators").out();
    // (0.021 − 0.012) / (0.030 − 0.012) = 0.5 → PROGRESSING (against zero it would be 70 %).
    assertThat(sheet)
        .containsPattern(
            "S1\\.1\t2026\t0\\.03\t0\\.02[0-9]*\t50\\.00\tPROGRESSING\t1000000\\.00\t");
  }
}
