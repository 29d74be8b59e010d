package org.reclaim.app.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import org.reclaim.app.plan.PlanJobService;
import org.reclaim.app.plan.PlanRequest;
import org.reclaim.app.plan.RegisterPlanning;
import org.reclaim.store.Versioned;
import org.reclaim.store.jobs.PlanDocument;
import org.reclaim.store.jobs.PlanJob;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Tasking plans as solve jobs: submit a {@code problem.json} (202 with the job and its address),
 * then read the job's status, the plan beside the greedy baseline, and the score analysis; cancel a
 * job that is queued or solving. Jobs live in the store, so they outlive the request and the server
 * process. A problem the planner refuses is a 400 problem document naming the field.
 */
@RestController
@RequestMapping("/api/v1/plans")
@Tag(name = "Plans", description = "Tasking plans: solve jobs, results, score analysis")
class PlanController {
  private final PlanJobService jobs;
  private final RegisterPlanning register;

  PlanController(PlanJobService jobs, RegisterPlanning register) {
    this.jobs = jobs;
    this.register = register;
  }

  @Operation(
      summary =
          "Submit a problem.json to plan (with previousJobId: re-plan from that job's plan, a"
              + " task of it moving to another team only for a gain above replanPriceDays days of"
              + " its value, default 1); returns the job id (202)")
  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @ResponseStatus(HttpStatus.ACCEPTED)
  ResponseEntity<PlanJobView> submit(
      @RequestBody @Schema(implementation = PlanDocs.Problem.class) String problem,
      @RequestParam(defaultValue = "30") int timeLimitSeconds,
      @RequestParam(required = false) Long previousJobId,
      @RequestParam(required = false) Double replanPriceDays,
      Principal user) {
    PlanJob job;
    try {
      job = jobs.submit(problem, timeLimitSeconds, user.getName(), previousJobId, replanPriceDays);
    } catch (IllegalArgumentException e) {
      throw fieldError(e);
    }
    return ResponseEntity.accepted()
        .location(URI.create("/api/v1/plans/" + job.id()))
        .body(PlanJobView.of(job, 1L));
  }

  @Operation(
      summary =
          "Plan the best-ranked areas of a ranking run from the register (teams, accreditations,"
              + " tasks in progress, earmarks); with previousJobId: re-plan from that job's plan"
              + " (at replanPriceDays, default 1)")
  @PostMapping(value = "/from-register", consumes = MediaType.APPLICATION_JSON_VALUE)
  @ResponseStatus(HttpStatus.ACCEPTED)
  ResponseEntity<FromRegisterView> fromRegister(@RequestBody PlanRequest request, Principal user) {
    RegisterPlanning.Submitted s;
    try {
      s = register.submit(request, user.getName());
    } catch (IllegalArgumentException e) {
      throw fieldError(e);
    }
    SourceView source =
        new SourceView(
            s.rankingRunId(),
            s.profile(),
            s.areas(),
            s.skipped(),
            s.inProgress(),
            s.earmarks(),
            request.previousJobId());
    return ResponseEntity.accepted()
        .location(URI.create("/api/v1/plans/" + s.job().id()))
        .body(new FromRegisterView(PlanJobView.of(s.job(), 1L), source));
  }

  @Operation(summary = "Recent solve jobs, newest first")
  @GetMapping
  ResponseEntity<List<PlanJobView>> list(
      @RequestParam(defaultValue = "0") long offset,
      @RequestParam(defaultValue = "20") int limit,
      jakarta.servlet.http.HttpServletRequest request) {
    if (limit < 1 || limit > 500) {
      throw new RequestFieldException("limit", "must be in [1, 500]");
    }
    if (offset < 0) {
      throw new RequestFieldException("offset", "must be >= 0, was " + offset);
    }
    return Paging.page(
        jobs.listRecent(offset, limit).stream().map(j -> PlanJobView.of(j, null)).toList(),
        jobs.countJobs(),
        offset,
        limit,
        request);
  }

  @Operation(summary = "Status and headline figures of a solve job")
  @GetMapping("/{id}")
  PlanJobView status(@PathVariable long id) {
    Versioned<PlanJob> job = jobs.getJob(id);
    return PlanJobView.of(job.value(), job.version());
  }

  @Operation(summary = "The plan (schedule, KPIs, unassigned with reasons) beside the greedy one")
  @ApiResponse(
      responseCode = "200",
      content = @Content(schema = @Schema(implementation = PlanDocs.Result.class)))
  @GetMapping(value = "/{id}/result", produces = MediaType.APPLICATION_JSON_VALUE)
  String result(@PathVariable long id) {
    return document(id, PlanDocument.Kind.RESULT);
  }

  @Operation(summary = "The problem as submitted (with its source when built from the register)")
  @ApiResponse(
      responseCode = "200",
      content = @Content(schema = @Schema(implementation = PlanDocs.Problem.class)))
  @GetMapping(value = "/{id}/problem", produces = MediaType.APPLICATION_JSON_VALUE)
  String problem(@PathVariable long id) {
    return document(id, PlanDocument.Kind.PROBLEM);
  }

  @Operation(summary = "The solver's score by constraint: which rules bind")
  @ApiResponse(
      responseCode = "200",
      content =
          @Content(
              array =
                  @io.swagger.v3.oas.annotations.media.ArraySchema(
                      schema = @Schema(implementation = PlanDocs.ConstraintScore.class))))
  @GetMapping(value = "/{id}/analysis", produces = MediaType.APPLICATION_JSON_VALUE)
  String analysis(@PathVariable long id) {
    return document(id, PlanDocument.Kind.ANALYSIS);
  }

  @Operation(summary = "Cancel a queued or running job; a running one keeps its best plan")
  @PostMapping("/{id}/cancel")
  @ResponseStatus(HttpStatus.ACCEPTED)
  ResponseEntity<PlanJobView> cancel(@PathVariable long id, Principal user) {
    return ResponseEntity.accepted().body(PlanJobView.of(jobs.cancel(id, user.getName()), null));
  }

  /** A refusal naming its field ("field: reason"), as a 400 problem document. */
  private static RequestFieldException fieldError(IllegalArgumentException e) {
    String message = e.getMessage() == null ? "invalid problem" : e.getMessage();
    int colon = message.indexOf(':');
    String field = colon > 0 ? message.substring(0, colon) : "problem";
    return new RequestFieldException(field, colon > 0 ? message.substring(colon + 2) : message);
  }

  private String document(long id, PlanDocument.Kind kind) {
    PlanJob job = jobs.getJob(id).value();
    return jobs.findDocument(id, kind).orElseThrow(() -> new PlanNotReadyException(job));
  }

  @ExceptionHandler(PlanNotReadyException.class)
  ProblemDetail notReady(PlanNotReadyException e) {
    ProblemDetail p =
        ApiProblem.of(
            HttpStatus.CONFLICT,
            "plan-not-ready",
            "No plan yet",
            "job " + e.job.id() + " is " + e.job.status() + "; ask again when it has finished");
    p.setProperty("status", e.job.status().name());
    return p;
  }

  /**
   * A solve job as the API shows it.
   *
   * @param version the job's optimistic version, where the answer carries it
   * @param tasks tasks in its problem
   * @param teams teams in its problem
   * @param replanPriceDays for a re-plan: the re-planning price it runs at
   * @param hardScore the best plan's hard score so far (0 = feasible), or {@code null}
   * @param objective the best plan's objective, value × days, or {@code null}
   * @param greedyObjective the greedy baseline's objective, or {@code null} until done
   * @param improvementOverGreedy {@code 1 - objective ÷ greedyObjective} when both are known
   * @param score the solver's score as text, or {@code null}
   * @param error why it failed, or {@code null}
   */
  record PlanJobView(
      long id,
      String status,
      @JsonInclude(JsonInclude.Include.NON_NULL) Long version,
      String submittedBy,
      String submittedAt,
      String updatedAt,
      int timeLimitSeconds,
      int tasks,
      int teams,
      @JsonInclude(JsonInclude.Include.NON_NULL) Double replanPriceDays,
      Long hardScore,
      Double objective,
      Double greedyObjective,
      @JsonInclude(JsonInclude.Include.NON_NULL) Double improvementOverGreedy,
      String score,
      String error,
      Links links) {
    static PlanJobView of(PlanJob job, Long version) {
      String self = "/api/v1/plans/" + job.id();
      Double improvement =
          job.objective() != null && job.greedyObjective() != null && job.greedyObjective() > 0
              ? 1 - job.objective() / job.greedyObjective()
              : null;
      return new PlanJobView(
          job.id(),
          job.status().name(),
          version,
          job.submittedBy(),
          job.submittedAt().toString(),
          job.updatedAt().toString(),
          job.timeLimitSeconds(),
          job.taskCount(),
          job.teamCount(),
          job.replanPriceDays(),
          job.hardScore(),
          job.objective(),
          job.greedyObjective(),
          improvement,
          job.score(),
          job.error(),
          new Links(
              self, self + "/result", self + "/analysis", self + "/problem", self + "/cancel"));
    }
  }

  /** Where a job's documents are. */
  record Links(String self, String result, String analysis, String problem, String cancel) {}

  /**
   * What went into a problem built from the register.
   *
   * @param areas areas planned
   * @param skipped best-ranked areas left out (no recommended method, or released)
   * @param inProgress tasks under way in the register, pinned
   * @param earmarks grants planned as earmarks
   */
  record SourceView(
      long rankingRunId,
      String profile,
      int areas,
      int skipped,
      int inProgress,
      int earmarks,
      Long previousJobId) {}

  /** A job queued from the register: the job's members, and its {@code source}. */
  record FromRegisterView(@JsonUnwrapped PlanJobView job, SourceView source) {}

  /** The job has no such document yet. */
  static final class PlanNotReadyException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient PlanJob job;

    PlanNotReadyException(PlanJob job) {
      super("job " + job.id() + " is " + job.status());
      this.job = job;
    }
  }
}
