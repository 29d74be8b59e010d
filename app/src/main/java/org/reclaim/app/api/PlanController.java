package org.reclaim.app.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reclaim.app.plan.PlanJobService;
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
  ResponseEntity<Map<String, Object>> submit(
      @RequestBody String problem,
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
        .body(view(job, 1L));
  }

  @Operation(
      summary =
          "Plan the best-ranked areas of a ranking run from the register (teams, accreditations,"
              + " tasks in progress, earmarks); with previousJobId: re-plan from that job's plan"
              + " (at replanPriceDays, default 1)")
  @PostMapping(value = "/from-register", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Map<String, Object>> fromRegister(
      @RequestBody RegisterPlanning.Request request, Principal user) {
    RegisterPlanning.Submitted s;
    try {
      s = register.submit(request, user.getName());
    } catch (IllegalArgumentException e) {
      throw fieldError(e);
    }
    Map<String, Object> body = view(s.job(), 1L);
    Map<String, Object> source = new LinkedHashMap<>();
    source.put("rankingRunId", s.rankingRunId());
    source.put("profile", s.profile());
    source.put("areas", s.areas());
    source.put("skipped", s.skipped());
    source.put("inProgress", s.inProgress());
    source.put("earmarks", s.earmarks());
    source.put("previousJobId", request.previousJobId());
    body.put("source", source);
    return ResponseEntity.accepted()
        .location(URI.create("/api/v1/plans/" + s.job().id()))
        .body(body);
  }

  @Operation(summary = "Recent solve jobs, newest first")
  @GetMapping
  List<Map<String, Object>> list(@RequestParam(defaultValue = "20") int limit) {
    if (limit < 1 || limit > 500) {
      throw new RequestFieldException("limit", "must be in [1, 500]");
    }
    return jobs.listRecent(limit).stream().map(j -> view(j, null)).toList();
  }

  @Operation(summary = "Status and headline figures of a solve job")
  @GetMapping("/{id}")
  Map<String, Object> status(@PathVariable long id) {
    Versioned<PlanJob> job = jobs.getJob(id);
    return view(job.value(), job.version());
  }

  @Operation(summary = "The plan (schedule, KPIs, unassigned with reasons) beside the greedy one")
  @GetMapping(value = "/{id}/result", produces = MediaType.APPLICATION_JSON_VALUE)
  String result(@PathVariable long id) {
    return document(id, PlanDocument.Kind.RESULT);
  }

  @Operation(summary = "The problem as submitted (with its source when built from the register)")
  @GetMapping(value = "/{id}/problem", produces = MediaType.APPLICATION_JSON_VALUE)
  String problem(@PathVariable long id) {
    return document(id, PlanDocument.Kind.PROBLEM);
  }

  @Operation(summary = "The solver's score by constraint: which rules bind")
  @GetMapping(value = "/{id}/analysis", produces = MediaType.APPLICATION_JSON_VALUE)
  String analysis(@PathVariable long id) {
    return document(id, PlanDocument.Kind.ANALYSIS);
  }

  @Operation(summary = "Cancel a queued or running job; a running one keeps its best plan")
  @PostMapping("/{id}/cancel")
  ResponseEntity<Map<String, Object>> cancel(@PathVariable long id, Principal user) {
    return ResponseEntity.accepted().body(view(jobs.cancel(id, user.getName()), null));
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

  private static Map<String, Object> view(PlanJob job, Long version) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", job.id());
    m.put("status", job.status().name());
    if (version != null) {
      m.put("version", version);
    }
    m.put("submittedBy", job.submittedBy());
    m.put("submittedAt", job.submittedAt().toString());
    m.put("updatedAt", job.updatedAt().toString());
    m.put("timeLimitSeconds", job.timeLimitSeconds());
    m.put("tasks", job.taskCount());
    m.put("teams", job.teamCount());
    if (job.replanPriceDays() != null) {
      m.put("replanPriceDays", job.replanPriceDays());
    }
    m.put("hardScore", job.hardScore());
    m.put("objective", job.objective());
    m.put("greedyObjective", job.greedyObjective());
    if (job.objective() != null && job.greedyObjective() != null && job.greedyObjective() > 0) {
      m.put("improvementOverGreedy", 1 - job.objective() / job.greedyObjective());
    }
    m.put("score", job.score());
    m.put("error", job.error());
    String self = "/api/v1/plans/" + job.id();
    m.put(
        "links",
        Map.of(
            "self", self,
            "result", self + "/result",
            "analysis", self + "/analysis",
            "problem", self + "/problem",
            "cancel", self + "/cancel"));
    return m;
  }

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
