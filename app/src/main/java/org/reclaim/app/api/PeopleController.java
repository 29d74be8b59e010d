package org.reclaim.app.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reclaim.app.people.EoreCoverage;
import org.reclaim.app.people.PeopleReports;
import org.reclaim.app.people.PersonalDataService;
import org.reclaim.app.plan.TeamReadiness;
import org.reclaim.app.security.Caller;
import org.reclaim.domain.people.PersonalData;
import org.reclaim.domain.people.TeamReadinessOp;
import org.reclaim.io.geojson.Feature;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The people side: disaggregated reports (personnel, training, EORE, casualties; small counts
 * suppressed for donors), qualifications lapsing soon, team readiness, EORE coverage of exposed
 * settlements, referrals open too long, and casualties' personal data for victim assistance (every
 * read audited; erasure on request). Which role reaches which: docs/security.md.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "People", description = "Personnel, training, EORE, casualties, victim assistance")
class PeopleController {
  private final PeopleReports reports;
  private final EoreCoverage coverage;
  private final PersonalDataService personal;
  private final TeamReadiness readiness;
  private final Clock clock;

  PeopleController(
      PeopleReports reports,
      EoreCoverage coverage,
      PersonalDataService personal,
      TeamReadiness readiness,
      Clock clock) {
    this.reports = reports;
    this.coverage = coverage;
    this.personal = personal;
    this.readiness = readiness;
    this.clock = clock;
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  @Operation(summary = "Personnel by role, disaggregated (SADDD, disability, veterans)")
  @GetMapping("/reports/people/personnel")
  PeopleReports.Report personnel(Principal user) {
    return reports.personnel(Caller.of(user), today());
  }

  @Operation(summary = "People trained by year, course and provider, disaggregated")
  @GetMapping("/reports/people/training")
  PeopleReports.Report training(Principal user) {
    return reports.trained(Caller.of(user));
  }

  @Operation(summary = "EORE beneficiaries by year and method, disaggregated")
  @GetMapping("/reports/people/eore")
  PeopleReports.Report eore(Principal user) {
    return reports.eore(Caller.of(user));
  }

  @Operation(summary = "Casualties by year, outcome and category, disaggregated")
  @GetMapping("/reports/people/casualties")
  PeopleReports.Report casualties(Principal user) {
    return reports.casualties(Caller.of(user));
  }

  @Operation(summary = "Qualifications lapsing in the next days (default 90)")
  @GetMapping("/reports/people/expiring-qualifications")
  List<PeopleReports.Expiring> expiring(
      @RequestParam(defaultValue = "90") int days, Principal user) {
    requireRange("days", days, 1, 3650);
    return reports.expiring(Caller.of(user), today(), days);
  }

  @Operation(summary = "Referrals open for more than the given days (default 30)")
  @GetMapping("/reports/people/open-referrals")
  List<PeopleReports.OpenReferral> openReferrals(@RequestParam(defaultValue = "30") int days) {
    requireRange("days", days, 0, 3650);
    return reports.openReferrals(today(), days);
  }

  @Operation(summary = "Each team's readiness by its people's qualifications, today")
  @GetMapping("/reports/people/team-readiness")
  List<TeamReadinessOp.Readiness> teamReadiness() {
    return readiness.check(today());
  }

  @Operation(
      summary =
          "Settlements exposed to land not yet released, and whether EORE reached them in the"
              + " last months (GeoJSON points; reached=false first)")
  @GetMapping("/reports/people/eore-coverage")
  ResponseEntity<byte[]> eoreCoverage(
      @RequestParam(defaultValue = "12") int months,
      @RequestParam(defaultValue = "5000") double radiusM,
      @RequestParam(defaultValue = "false") boolean unreachedOnly) {
    requireRange("months", months, 1, 120);
    if (!(radiusM >= 100 && radiusM <= 50_000)) {
      throw new RequestFieldException("radiusM", "must be between 100 and 50000, was " + radiusM);
    }
    List<EoreCoverage.Exposed> exposed = coverage.exposed(today(), months, radiusM);
    Map<String, Object> members = new LinkedHashMap<>();
    members.put("exposed", exposed.size());
    members.put("unreached", exposed.stream().filter(e -> !e.reached()).count());
    List<Feature> features = new ArrayList<>();
    for (EoreCoverage.Exposed e : exposed) {
      if (unreachedOnly && e.reached()) {
        continue;
      }
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("name", e.name());
      p.put("population", e.population());
      p.put("regionId", e.regionId());
      p.put("nearestHazardM", e.nearestHazardM());
      p.put("lastSessionOn", e.lastSessionOn() == null ? null : e.lastSessionOn().toString());
      p.put("reached", e.reached());
      features.add(new Feature(e.settlementId(), p, e.location()));
    }
    return ResponseEntity.ok()
        .contentType(FeatureController.GEO_JSON)
        .body(GeoJsonResponses.collectionBytes(features, 6, members));
  }

  /**
   * A casualty's personal data, with why it is read.
   *
   * @param casualtyId the casualty
   * @param sex sex
   * @param ageGroup SADDD age group
   * @param outcome killed or injured
   * @param personal the personal data, or {@code null} when none is held (never given, or erased)
   */
  record PersonalView(
      long casualtyId, String sex, String ageGroup, String outcome, PersonalData personal) {}

  @Operation(summary = "A casualty's personal data (victim assistance, admin); the read is audited")
  @GetMapping("/casualties/{id}/personal")
  PersonalView readPersonal(
      @PathVariable long id,
      @RequestParam(defaultValue = "case management") String purpose,
      Principal user) {
    PersonalDataService.Named n = personal.read(id, Caller.of(user), purpose);
    return new PersonalView(
        id,
        n.casualty().sex().name(),
        n.casualty().ageGroup().label(),
        n.casualty().outcome().name(),
        n.personal());
  }

  @Operation(summary = "Store or replace a casualty's personal data (victim assistance, admin)")
  @PutMapping("/casualties/{id}/personal")
  ResponseEntity<Void> writePersonal(
      @PathVariable long id, @RequestBody PersonalData data, Principal user) {
    personal.write(id, data, Caller.of(user));
    return ResponseEntity.noContent().build();
  }

  @Operation(
      summary =
          "Erase a casualty's personal data on the person's request; the counted record and the"
              + " aggregates stay")
  @DeleteMapping("/casualties/{id}/personal")
  ResponseEntity<Map<String, Object>> erasePersonal(
      @PathVariable long id, @RequestParam String reason, Principal user) {
    boolean erased = personal.erase(id, Caller.of(user), reason);
    return ResponseEntity.ok(Map.of("casualtyId", id, "erased", erased));
  }

  private static void requireRange(String field, int value, int min, int max) {
    if (value < min || value > max) {
      throw new RequestFieldException(
          field, "must be between " + min + " and " + max + ", was " + value);
    }
  }
}
