package org.reclaim.app.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import org.reclaim.app.release.FundingService;
import org.reclaim.domain.funding.Earmark;
import org.reclaim.domain.operator.Activity;
import org.reclaim.domain.strategy.Indicator;
import org.reclaim.domain.strategy.Measure;
import org.reclaim.store.ReclaimStore;
import org.reclaim.store.Versioned;
import org.reclaim.store.jdbc.JdbcRepository;
import org.reclaim.store.jdbc.TableMapping;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Funding (donors, pledges, earmarked grants, disbursements, costs per task) and the national
 * strategy's indicators and targets. Records come back as GeoJSON features without geometry, like
 * the register's other records; the reports built on them are in {@link ReportController}.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Funding and strategy", description = "Donors, grants, costs, indicators")
class FundingController {
  private final ReclaimStore store;
  private final FundingService funding;

  FundingController(ReclaimStore store) {
    this.store = store;
    this.funding = new FundingService(store);
  }

  record DonorInput(String name, String country) {}

  record PledgeInput(
      long donorId,
      LocalDate pledgedOn,
      double amountUsd,
      LocalDate periodFrom,
      LocalDate periodTo) {}

  record GrantInput(
      long donorId,
      Long pledgeId,
      String reference,
      double amountUsd,
      LocalDate committedOn,
      Long regionId,
      Activity activity,
      LocalDate periodFrom,
      LocalDate periodTo) {}

  record DisbursementInput(long grantId, LocalDate disbursedOn, double amountUsd) {}

  record CostInput(Long grantId, LocalDate bookedOn, double amountUsd) {}

  record IndicatorInput(
      String code,
      String name,
      Measure measure,
      int baselineYear,
      double baselineValue,
      String budgetLine) {}

  record TargetInput(int year, double targetValue, double budgetUsd) {}

  @Operation(summary = "Add a donor")
  @PostMapping("/funding/donors")
  ResponseEntity<byte[]> donor(@RequestBody DonorInput in, Principal user) {
    return created(
        store.donors().mapping(), funding.donor(in.name(), in.country(), user.getName()));
  }

  @Operation(summary = "Add a donor's pledge")
  @PostMapping("/funding/pledges")
  ResponseEntity<byte[]> pledge(@RequestBody PledgeInput in, Principal user) {
    return created(
        store.pledges().mapping(),
        funding.pledge(
            in.donorId(),
            in.pledgedOn(),
            in.amountUsd(),
            in.periodFrom(),
            in.periodTo(),
            user.getName()));
  }

  @Operation(summary = "Add a grant with its earmark (region, activity, period)")
  @PostMapping("/funding/grants")
  ResponseEntity<byte[]> grant(@RequestBody GrantInput in, Principal user) {
    Earmark earmark = new Earmark(in.regionId(), in.activity(), in.periodFrom(), in.periodTo());
    return created(
        store.grants().mapping(),
        funding.grant(
            in.donorId(),
            in.pledgeId(),
            in.reference(),
            in.amountUsd(),
            in.committedOn(),
            earmark,
            user.getName()));
  }

  @Operation(summary = "Record a disbursement under a grant")
  @PostMapping("/funding/disbursements")
  ResponseEntity<byte[]> disbursement(@RequestBody DisbursementInput in, Principal user) {
    return created(
        store.disbursements().mapping(),
        funding.disbursement(in.grantId(), in.disbursedOn(), in.amountUsd(), user.getName()));
  }

  @Operation(summary = "Book a cost of a task to a grant (checked against its earmark) or to none")
  @PostMapping("/tasks/{id}/costs")
  ResponseEntity<byte[]> cost(@PathVariable long id, @RequestBody CostInput in, Principal user) {
    return created(
        store.costBookings().mapping(),
        funding.bookCost(id, in.grantId(), in.bookedOn(), in.amountUsd(), user.getName()));
  }

  @Operation(summary = "List funding records: donors, pledges, grants, disbursements, costs")
  @GetMapping("/funding/{kind}")
  ResponseEntity<byte[]> list(@PathVariable String kind) {
    JdbcRepository<?> repo =
        switch (kind) {
          case "donors" -> store.donors();
          case "pledges" -> store.pledges();
          case "grants" -> store.grants();
          case "disbursements" -> store.disbursements();
          case "costs" -> store.costBookings();
          default ->
              throw new UnknownLayerException(
                  kind + " is not one of donors, pledges, grants, disbursements, costs");
        };
    return all(repo);
  }

  private static <T> ResponseEntity<byte[]> all(JdbcRepository<T> repo) {
    List<Versioned<T>> records = repo.list(0, FeatureController.MAX_LIMIT);
    return ResponseEntity.ok()
        .contentType(FeatureController.GEO_JSON)
        .body(FeatureWriter.collection(repo.mapping(), records, repo.count(), 0, null));
  }

  @Operation(summary = "Add a national strategy indicator")
  @PostMapping("/strategy/indicators")
  ResponseEntity<byte[]> indicator(@RequestBody IndicatorInput in, Principal user) {
    Indicator draft =
        new Indicator(
            1,
            in.code(),
            in.name(),
            in.measure(),
            in.baselineYear(),
            in.baselineValue(),
            in.budgetLine());
    return created(store.indicators().mapping(), funding.indicator(draft, user.getName()));
  }

  @Operation(summary = "Set an indicator's target and budget for a year")
  @PostMapping("/strategy/indicators/{id}/targets")
  ResponseEntity<byte[]> target(
      @PathVariable long id, @RequestBody TargetInput in, Principal user) {
    return created(
        store.indicatorTargets().mapping(),
        funding.target(id, in.year(), in.targetValue(), in.budgetUsd(), user.getName()));
  }

  private static <T> ResponseEntity<byte[]> created(TableMapping<T> mapping, Versioned<T> v) {
    return ResponseEntity.status(HttpStatus.CREATED)
        .eTag("\"" + v.version() + "\"")
        .contentType(FeatureController.GEO_JSON)
        .body(FeatureWriter.single(mapping, v));
  }
}
