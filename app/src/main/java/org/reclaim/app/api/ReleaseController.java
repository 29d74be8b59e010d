package org.reclaim.app.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.reclaim.app.register.RecordFeatures;
import org.reclaim.app.release.CompensationService;
import org.reclaim.app.release.CompletionInput;
import org.reclaim.app.release.HandoverService;
import org.reclaim.app.release.QualityService;
import org.reclaim.app.release.ReleaseService;
import org.reclaim.app.security.Caller;
import org.reclaim.app.security.Role;
import org.reclaim.domain.compensation.CompensationCheck;
import org.reclaim.domain.compensation.CompensationRules;
import org.reclaim.domain.handover.Handover;
import org.reclaim.domain.hazard.HazardStatus;
import org.reclaim.domain.hazard.LandUse;
import org.reclaim.domain.quality.InspectionLevel;
import org.reclaim.domain.quality.NonConformity;
import org.reclaim.domain.quality.QcInspection;
import org.reclaim.domain.quality.QcResult;
import org.reclaim.domain.quality.SamplingPlan;
import org.reclaim.domain.release.CompletionReport;
import org.reclaim.domain.task.TaskStatus;
import org.reclaim.store.Versioned;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Land release to the end (IMAS 07.11, 07.12, 09.20): task status changes with their effect on the
 * area, completion reports, QA visits and non-conformities, QC inspections with their sampling
 * plan, handover with its printable certificate, and land use after release. Changes to a task name
 * its version in {@code If-Match}; records come back as GeoJSON features like the register's
 * layers.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Land release", description = "Workflow, completion, QA/QC and handover")
class ReleaseController {
  private final ReleaseService release;
  private final QualityService quality;
  private final HandoverService handovers;
  private final CompensationService compensation;
  private final RecordFeatures features;

  ReleaseController(
      ReleaseService release,
      QualityService quality,
      HandoverService handovers,
      CompensationService compensation,
      RecordFeatures features) {
    this.release = release;
    this.quality = quality;
    this.handovers = handovers;
    this.compensation = compensation;
    this.features = features;
  }

  /**
   * The body of a status change of a task ({@link TaskStatus}) or an area ({@link HazardStatus});
   * {@code reason} is optional and kept in the audit log.
   */
  record TransitionInput<S extends Enum<S>>(S status, String reason) {
    S required(S[] allowed) {
      if (status == null) {
        throw new RequestFieldException("status", "is required, one of " + List.of(allowed));
      }
      return status;
    }
  }

  @Operation(
      summary = "Move a task along its life cycle; the area follows (If-Match: task version)")
  @PostMapping("/tasks/{id}/transitions")
  ResponseEntity<byte[]> transition(
      @PathVariable long id,
      @RequestHeader(value = "If-Match", required = false) String ifMatch,
      @RequestBody TransitionInput<TaskStatus> in,
      Principal user) {
    TaskStatus status = in.required(TaskStatus.values());
    requireOwnTask(id, user);
    return feature(
        release.transition(
            id, FeatureController.version(ifMatch), status, in.reason(), user.getName()),
        HttpStatus.OK);
  }

  /**
   * An operator's field manager reports only on tasks worked by the own organisation's teams; other
   * roles the security configuration lets through are not limited here.
   *
   * @throws AccessDeniedException (403) for another operator's task or an unassigned one
   */
  private void requireOwnTask(long taskId, Principal user) {
    Caller caller = Caller.of(user);
    if (!caller.is(Role.OPERATOR)) {
      return;
    }
    OptionalLong organisation = caller.organisation();
    if (!release.hasTask(taskId)) {
      return; // the service answers 404
    }
    Optional<Long> operator = release.operatorOfTask(taskId);
    if (organisation.isEmpty()
        || operator.isEmpty()
        || operator.get() != organisation.getAsLong()) {
      throw new AccessDeniedException(
          "task "
              + taskId
              + (operator.isEmpty()
                  ? " has no team yet"
                  : " is worked by a team of operator " + operator.get())
              + "; "
              + user.getName()
              + " reports for "
              + (organisation.isEmpty() ? "no operator" : "operator " + organisation.getAsLong()));
    }
  }

  @Operation(summary = "Move a hazardous area along its life cycle (If-Match: area version)")
  @PostMapping("/hazardous-areas/{id}/transitions")
  ResponseEntity<byte[]> transitionArea(
      @PathVariable long id,
      @RequestHeader(value = "If-Match", required = false) String ifMatch,
      @RequestBody TransitionInput<HazardStatus> in,
      Principal user) {
    HazardStatus status = in.required(HazardStatus.values());
    return feature(
        release.transitionArea(
            id, FeatureController.version(ifMatch), status, in.reason(), user.getName()),
        HttpStatus.OK);
  }

  @Operation(summary = "Complete a task with its completion report (If-Match: task version)")
  @PostMapping("/tasks/{id}/completion-report")
  ResponseEntity<byte[]> complete(
      @PathVariable long id,
      @RequestHeader(value = "If-Match", required = false) String ifMatch,
      @RequestBody CompletionInput in,
      Principal user) {
    requireOwnTask(id, user);
    long version = FeatureController.version(ifMatch);
    Versioned<CompletionReport> r = release.complete(id, version, in, user.getName());
    return GeoJsonResponses.created(
        "/api/v1/tasks/" + id + "/completion-report", features.of(r), r.version());
  }

  @Operation(summary = "The completion report of a task")
  @GetMapping("/tasks/{id}/completion-report")
  ResponseEntity<byte[]> report(@PathVariable long id) {
    return feature(release.getCompletionReport(id), HttpStatus.OK);
  }

  @Operation(summary = "The ISO 2859-1 sampling plan a QC inspection of this task would use")
  @GetMapping("/tasks/{id}/qc-sampling-plan")
  SamplingPlan samplingPlan(
      @PathVariable long id,
      @RequestParam(required = false) Double unitM2,
      @RequestParam(required = false) InspectionLevel level,
      @RequestParam(required = false) Double aqlPercent) {
    release.getTask(id);
    return quality.planFor(id, unitM2, level, aqlPercent);
  }

  @Operation(summary = "Record a QC inspection; a failed one reopens the task and its area")
  @PostMapping("/tasks/{id}/qc-inspections")
  ResponseEntity<QcInspectionView> inspect(
      @PathVariable long id, @RequestBody QualityService.QcInput in, Principal user) {
    Versioned<QcInspection> q = quality.inspect(id, in, user.getName());
    return ResponseEntity.created(URI.create("/api/v1/tasks/" + id + "/qc-inspections"))
        .eTag("\"" + q.version() + "\"")
        .body(QcInspectionView.of(q.value()));
  }

  @Operation(summary = "QC inspections of a task, oldest first, with result and reason")
  @GetMapping("/tasks/{id}/qc-inspections")
  ResponseEntity<List<QcInspectionView>> inspections(
      @PathVariable long id,
      @RequestParam @io.swagger.v3.oas.annotations.Parameter(description = Paging.PARAMETERS)
          java.util.Map<String, String> params,
      jakarta.servlet.http.HttpServletRequest request) {
    release.getTask(id);
    return Paging.of(
        quality.inspections(id).stream().map(QcInspectionView::of).toList(),
        QcInspectionView.class,
        params,
        100,
        request);
  }

  /**
   * A QC inspection as the API shows it.
   *
   * @param plan the ISO 2859-1 sampling plan it used
   * @param reason why it failed, or {@code null}
   */
  record QcInspectionView(
      long id,
      long taskId,
      LocalDate inspectedOn,
      String inspector,
      SamplingPlan plan,
      int nonConformingUnits,
      int itemsFound,
      QcResult result,
      String reason) {
    static QcInspectionView of(QcInspection q) {
      return new QcInspectionView(
          q.id(),
          q.taskId(),
          q.inspectedOn(),
          q.inspector(),
          q.plan(),
          q.nonConformingUnits(),
          q.itemsFound(),
          q.result(),
          q.reason());
    }
  }

  /** The body of a QA visit. */
  record QaVisitInput(LocalDate visitedOn, String inspector, String notes) {}

  @Operation(summary = "Record a QA monitoring visit to a task (IMAS 07.12)")
  @PostMapping("/tasks/{id}/qa-visits")
  ResponseEntity<byte[]> visit(
      @PathVariable long id, @RequestBody QaVisitInput in, Principal user) {
    return feature(
        quality.visit(id, in.visitedOn(), in.inspector(), in.notes(), user.getName()),
        HttpStatus.CREATED);
  }

  /** The body of a non-conformity. */
  record NonConformityInput(
      String type, NonConformity.Severity severity, String correctiveAction, LocalDate closedOn) {}

  @Operation(summary = "Record a non-conformity found on a QA visit")
  @PostMapping("/qa-visits/{id}/non-conformities")
  ResponseEntity<byte[]> nonConformity(
      @PathVariable long id, @RequestBody NonConformityInput in, Principal user) {
    return feature(
        quality.nonConformity(
            id, in.type(), in.severity(), in.correctiveAction(), in.closedOn(), user.getName()),
        HttpStatus.CREATED);
  }

  @Operation(summary = "Whether an area may be handed over, and every reason it may not")
  @GetMapping("/hazardous-areas/{id}/handover-check")
  HandoverCheckView handoverCheck(@PathVariable long id) {
    List<String> blockers = handovers.blockers(id);
    return new HandoverCheckView(id, blockers.isEmpty(), blockers);
  }

  /**
   * Whether an area may be handed over.
   *
   * @param blockers every reason it may not; empty when {@code ready}
   */
  record HandoverCheckView(long hazardousAreaId, boolean ready, List<String> blockers) {}

  /** The body of a handover. */
  record HandoverInput(
      LocalDate handedOverOn, String recipient, LandUse landUseAfter, LocalDate returnedToUseOn) {}

  @Operation(summary = "Hand a released area over and issue its certificate")
  @PostMapping("/hazardous-areas/{id}/handover")
  ResponseEntity<byte[]> handOver(
      @PathVariable long id, @RequestBody HandoverInput in, Principal user) {
    if (in.handedOverOn() == null) {
      throw new RequestFieldException("handedOverOn", "is required");
    }
    Versioned<Handover> h =
        handovers.handOver(
            id,
            in.handedOverOn(),
            in.recipient(),
            in.landUseAfter(),
            in.returnedToUseOn(),
            user.getName());
    return GeoJsonResponses.created(
        "/api/v1/handovers/" + h.value().id(), features.of(h), h.version());
  }

  @Operation(summary = "One handover record")
  @GetMapping("/handovers/{id}")
  ResponseEntity<byte[]> handover(@PathVariable long id) {
    return feature(handovers.get(id), HttpStatus.OK);
  }

  @Operation(summary = "The printable handover certificate (HTML)")
  @GetMapping(value = "/handovers/{id}/certificate", produces = MediaType.TEXT_HTML_VALUE)
  ResponseEntity<String> certificate(@PathVariable long id) {
    return HtmlDocuments.of(handovers.certificate(id));
  }

  /** The body of a land use update. */
  record LandUseInput(LandUse landUseAfter, LocalDate returnedToUseOn) {}

  @Operation(summary = "Record the land's use after release and its return date (If-Match)")
  @PutMapping("/handovers/{id}/land-use")
  ResponseEntity<byte[]> landUse(
      @PathVariable long id,
      @RequestHeader(value = "If-Match", required = false) String ifMatch,
      @RequestBody LandUseInput in,
      Principal user) {
    if (in.landUseAfter() == null) {
      throw new RequestFieldException("landUseAfter", "is required");
    }
    long version = FeatureController.version(ifMatch);
    return feature(
        handovers.returnToUse(id, version, in.landUseAfter(), in.returnedToUseOn(), user.getName()),
        HttpStatus.OK);
  }

  @Operation(
      summary =
          "Agricultural compensation pre-check of a parcel against the programme's rules, with"
              + " every finding")
  @GetMapping("/parcels/{id}/compensation-check")
  CompensationCheck.Result compensation(
      @PathVariable long id,
      @RequestParam(defaultValue = "true") boolean requireNtsConfirmed,
      @RequestParam(defaultValue = "0") double minKmFromContactLine,
      @RequestParam(defaultValue = "0") double minKmFromBorder) {
    return compensation.check(
        id, new CompensationRules(requireNtsConfirmed, minKmFromContactLine, minKmFromBorder));
  }

  @Operation(summary = "Nexus: hectares of farmland back in production by region and period")
  @GetMapping("/reports/nexus")
  NexusView nexus(@RequestParam(defaultValue = "year") String period) {
    if (!period.equals("year") && !period.equals("month")) {
      throw new RequestFieldException("period", "must be year or month, was " + period);
    }
    return new NexusView("ha", period, handovers.nexus(period.equals("month")));
  }

  /**
   * Farmland back in production.
   *
   * @param unit always {@code ha}
   * @param period {@code year} or {@code month}
   * @param regions region id → period (e.g. {@code 2026} or {@code 2026-04}) → hectares
   */
  record NexusView(String unit, String period, Map<Long, Map<String, Double>> regions) {}

  private <T> ResponseEntity<byte[]> feature(Versioned<T> v, HttpStatus status) {
    return GeoJsonResponses.feature(status, features.of(v), v.version());
  }
}
