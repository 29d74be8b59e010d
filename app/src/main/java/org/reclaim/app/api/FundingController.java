package org.reclaim.app.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.time.LocalDate;
import org.reclaim.app.register.RecordFeatures;
import org.reclaim.app.release.FundingService;
import org.reclaim.domain.funding.Earmark;
import org.reclaim.domain.operator.Activity;
import org.reclaim.domain.strategy.Indicator;
import org.reclaim.domain.strategy.Measure;
import org.reclaim.store.Versioned;
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
  private final FundingService funding;
  private final RecordFeatures features;

  FundingController(FundingService funding, RecordFeatures features) {
    this.funding = funding;
    this.features = features;
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
    return created(funding.donor(in.name(), in.country(), user.getName()));
  }

  @Operation(summary = "Add a donor's pledge")
  @PostMapping("/funding/pledges")
  ResponseEntity<byte[]> pledge(@RequestBody PledgeInput in, Principal user) {
    return created(
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
        funding.disbursement(in.grantId(), in.disbursedOn(), in.amountUsd(), user.getName()));
  }

  @Operation(summary = "Book a cost of a task to a grant (checked against its earmark) or to none")
  @PostMapping("/tasks/{id}/costs")
  ResponseEntity<byte[]> cost(@PathVariable long id, @RequestBody CostInput in, Principal user) {
    return created(
        funding.bookCost(id, in.grantId(), in.bookedOn(), in.amountUsd(), user.getName()));
  }

  @Operation(summary = "List funding records: donors, pledges, grants, disbursements, costs")
  @GetMapping("/funding/{kind}")
  ResponseEntity<byte[]> list(@PathVariable String kind) {
    FundingService.Kind k =
        FundingService.Kind.of(kind)
            .orElseThrow(
                () ->
                    new UnknownLayerException(
                        kind + " is not one of donors, pledges, grants, disbursements, costs"));
    FundingService.Listing listing = funding.list(k, FeatureController.MAX_LIMIT);
    return GeoJsonResponses.collection(features.of(listing.records()), listing.total());
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
    return created(funding.indicator(draft, user.getName()));
  }

  @Operation(summary = "Set an indicator's target and budget for a year")
  @PostMapping("/strategy/indicators/{id}/targets")
  ResponseEntity<byte[]> target(
      @PathVariable long id, @RequestBody TargetInput in, Principal user) {
    return created(funding.target(id, in.year(), in.targetValue(), in.budgetUsd(), user.getName()));
  }

  private <T> ResponseEntity<byte[]> created(Versioned<T> v) {
    return GeoJsonResponses.feature(HttpStatus.CREATED, features.of(v), v.version());
  }
}
