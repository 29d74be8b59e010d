package org.reclaim.app.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.security.Principal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.reclaim.analysis.criteria.CriteriaOp;
import org.reclaim.analysis.criteria.CriterionId;
import org.reclaim.analysis.ranking.RankStability;
import org.reclaim.analysis.ranking.RankedArea;
import org.reclaim.analysis.scoring.Weights;
import org.reclaim.app.prioritise.PrioritisationService;
import org.reclaim.app.prioritise.ProfileCatalog;
import org.reclaim.app.prioritise.RankingComparison;
import org.reclaim.store.ranking.RankingRepository;
import org.reclaim.store.ranking.RowPage;
import org.reclaim.store.ranking.RowQuery;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Ranking runs: run one from the register under a policy profile, list and fetch them with the
 * explanation of every score, compare two, reproduce one from what was stored, export, and read the
 * live ranking that follows new evidence.
 */
@RestController
@RequestMapping("/api/v1/rankings")
@Tag(name = "Rankings", description = "Evidence-based ranking of hazardous areas, explained")
class RankingController {
  private static final int MAX_LIMIT = 5_000;

  private final PrioritisationService service;

  RankingController(PrioritisationService service) {
    this.service = service;
  }

  /**
   * A ranking request.
   *
   * @param profile profile name (required)
   * @param profileVersion a past version; absent = latest
   * @param regionId only areas in this region or below; absent = the whole register
   * @param asOf date ages are counted to (ISO 8601); absent = today
   * @param samples Monte-Carlo samples for rank stability; absent = 200, 0 = none
   * @param spread relative weight perturbation; absent = 0.2 (±20 %)
   * @param seed random seed; absent = 1
   */
  record RunRequest(
      String profile,
      Integer profileVersion,
      Long regionId,
      LocalDate asOf,
      Integer samples,
      Double spread,
      Long seed) {}

  /** One criterion's part in a score. */
  record CriterionView(
      String criterion,
      String unit,
      String direction,
      double raw,
      double normalised,
      double weight,
      double contribution,
      String sourceLayer,
      long[] sources) {}

  /**
   * One ranked area with its explanation; {@code method} is the release method recommended and
   * {@code methodReason} why (absent for runs stored before the reason was kept).
   */
  record EntryView(
      long areaId,
      int rank,
      double score,
      String method,
      String methodReason,
      boolean costFallback,
      RankStability stability,
      List<CriterionView> criteria) {}

  /** A run with a page of its entries. */
  record RunView(RankingRepository.Run run, long offset, int limit, List<EntryView> areas) {}

  /** The live ranking's top areas. */
  record LiveView(long fromRunId, int areaCount, List<Top> top) {}

  /** An area of the live ranking. */
  record Top(long areaId, int rank, double score) {}

  @Operation(summary = "Rank the register's hazardous areas under a policy profile")
  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  ResponseEntity<RankingRepository.Run> run(@RequestBody RunRequest request, Principal user) {
    if (request.profile() == null || request.profile().isBlank()) {
      throw new RequestFieldException("profile", "is required");
    }
    int samples = request.samples() == null ? 200 : request.samples();
    if (samples < 0 || samples > 10_000) {
      throw new RequestFieldException("samples", "must be in 0..10000, was " + samples);
    }
    double spread = request.spread() == null ? 0.2 : request.spread();
    if (!(spread >= 0 && spread < 1)) {
      throw new RequestFieldException("spread", "must be in [0, 1), was " + spread);
    }
    RankingRepository.Run run =
        service.run(
            new PrioritisationService.RunRequest(
                request.profile(),
                request.profileVersion(),
                request.regionId(),
                request.asOf(),
                samples,
                spread,
                request.seed() == null ? 1L : request.seed()),
            user.getName(),
            CriteriaOp.Progress.NONE);
    return ResponseEntity.created(URI.create("/api/v1/rankings/" + run.id())).body(run);
  }

  @Operation(summary = "List ranking runs, newest first")
  @GetMapping
  ResponseEntity<List<RankingRepository.Run>> list(
      @RequestParam @io.swagger.v3.oas.annotations.Parameter(description = Paging.PARAMETERS)
          java.util.Map<String, String> params,
      jakarta.servlet.http.HttpServletRequest request) {
    return Paging.of(service.listRuns(), RankingRepository.Run.class, params, 100, request);
  }

  @Operation(summary = "A ranking run with a page of its areas, best first, each explained")
  @GetMapping("/{id}")
  RunView get(
      @PathVariable long id,
      @RequestParam(defaultValue = "0") long offset,
      @RequestParam(defaultValue = "100") int limit) {
    if (offset < 0) {
      throw new RequestFieldException("offset", "must be >= 0");
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new RequestFieldException("limit", "must be in 1.." + MAX_LIMIT);
    }
    RankingRepository.Run run = service.getRun(id);
    Weights weights = ProfileCatalog.parse(run.profileJson()).effectiveWeights();
    List<EntryView> areas = new ArrayList<>();
    for (RankingRepository.Entry e : service.listEntries(id, offset, limit)) {
      areas.add(view(e, weights));
    }
    return new RunView(run, offset, limit, areas);
  }

  @Operation(
      summary =
          "A page of a run's areas as table rows: rank, score, stability, code, name, region,"
              + " status — filtered, sorted and paged by the server (the web app's ranking table"
              + " and the map's colours). The number of rows matched is in X-Total-Count; the"
              + " next page's address in Link (rel=next).")
  @GetMapping("/{id}/rows")
  ResponseEntity<List<RankingRepository.Row>> rows(
      @PathVariable long id,
      @RequestParam(required = false)
          @io.swagger.v3.oas.annotations.Parameter(
              description = "minLon,minLat,maxLon,maxLat: only areas intersecting it")
          String bbox,
      @RequestParam(required = false)
          @io.swagger.v3.oas.annotations.Parameter(
              description = "only areas whose code or name contains it (any case)")
          String q,
      @RequestParam(required = false) Long region,
      @RequestParam(required = false)
          @io.swagger.v3.oas.annotations.Parameter(description = "SUSPECTED, CONFIRMED, TASKED, …")
          String status,
      @RequestParam(defaultValue = "rank")
          @io.swagger.v3.oas.annotations.Parameter(
              description =
                  "rank, score, code, name, region, spread or pTop; a leading '-' reverses it")
          String sort,
      @RequestParam(defaultValue = "0") long offset,
      @RequestParam(defaultValue = "100") int limit,
      jakarta.servlet.http.HttpServletRequest request) {
    if (offset < 0) {
      throw new RequestFieldException("offset", "must be >= 0, was " + offset);
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new RequestFieldException("limit", "must be in 1.." + MAX_LIMIT + ", was " + limit);
    }
    boolean descending = sort.startsWith("-");
    String key = descending ? sort.substring(1) : sort;
    if (!RowQuery.SORT_KEYS.contains(key)) {
      throw new RequestFieldException(
          "sort",
          "must be one of " + RowQuery.SORT_KEYS + " (a leading '-' reverses), was " + sort);
    }
    if (q != null && q.length() > 200) {
      throw new RequestFieldException("q", "must be at most 200 characters");
    }
    RowPage page =
        service.pageRows(
            id,
            new RowQuery(
                bbox == null ? null : FeatureController.parseBbox(bbox),
                q,
                region,
                status,
                key,
                descending,
                offset,
                limit));
    return Paging.page(page.rows(), page.matched(), offset, limit, request);
  }

  @Operation(summary = "One area's score explanation in a run, with the records behind it")
  @GetMapping("/{id}/areas/{areaId}")
  EntryView area(@PathVariable long id, @PathVariable long areaId) {
    RankingRepository.Run run = service.getRun(id);
    Weights weights = ProfileCatalog.parse(run.profileJson()).effectiveWeights();
    return view(service.getEntry(id, areaId), weights);
  }

  @Operation(summary = "What moved between two runs, and why")
  @GetMapping("/compare")
  RankingComparison compare(
      @RequestParam long from,
      @RequestParam long to,
      @RequestParam(defaultValue = "50") int limit) {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new RequestFieldException("limit", "must be in 1.." + MAX_LIMIT);
    }
    return service.compare(from, to, limit);
  }

  @Operation(summary = "Re-score a run from its stored profile and criteria; say if identical")
  @PostMapping("/{id}/reproduce")
  PrioritisationService.Reproduction reproduce(@PathVariable long id) {
    return service.reproduce(id);
  }

  @Operation(summary = "Export a run as CSV or GeoJSON")
  @GetMapping("/{id}/export")
  ResponseEntity<StreamingResponseBody> export(
      @PathVariable long id, @RequestParam(defaultValue = "csv") String format) {
    boolean csv = format.equalsIgnoreCase("csv");
    if (!csv && !format.equalsIgnoreCase("geojson")) {
      throw new RequestFieldException("format", "must be csv or geojson, was " + format);
    }
    service.getRun(id);
    return ResponseEntity.ok()
        .contentType(csv ? MediaType.parseMediaType("text/csv") : FeatureController.GEO_JSON)
        .header(
            "Content-Disposition",
            "attachment; filename=\"ranking-" + id + (csv ? ".csv" : ".geojson") + "\"")
        .body(out -> service.export(id, format, out));
  }

  @Operation(summary = "The live ranking: the latest run updated by evidence since")
  @GetMapping("/live")
  ResponseEntity<LiveView> live(@RequestParam(defaultValue = "100") int limit) {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new RequestFieldException("limit", "must be in 1.." + MAX_LIMIT);
    }
    return service
        .live()
        .map(
            l -> {
              List<Top> top = new ArrayList<>();
              for (RankedArea a :
                  l.ranking().areas().subList(0, Math.min(limit, l.ranking().areas().size()))) {
                top.add(new Top(a.areaId(), a.rank(), a.score()));
              }
              return ResponseEntity.ok(new LiveView(l.runId(), l.ranking().areas().size(), top));
            })
        .orElse(ResponseEntity.noContent().build());
  }

  private static EntryView view(RankingRepository.Entry e, Weights weights) {
    List<CriterionView> criteria = new ArrayList<>();
    for (CriterionId c : CriterionId.all()) {
      int j = c.ordinal();
      long[] sources = e.sources().getOrDefault(c.key(), new long[0]);
      criteria.add(
          new CriterionView(
              c.key(),
              c.unit(),
              c.direction().name().toLowerCase(java.util.Locale.ROOT),
              e.raw()[j],
              e.normalised()[j],
              weights.getWeight(c.key()),
              e.contributions()[j],
              c.source().layer().isEmpty() ? null : c.source().layer(),
              sources));
    }
    RankingRepository.Stability s = e.stability();
    RankStability stability =
        s == null
            ? null
            : new RankStability(
                e.areaId(), e.rank(), s.medianRank(), s.p5Rank(), s.p95Rank(), s.probabilityTopN());
    return new EntryView(
        e.areaId(),
        e.rank(),
        e.score(),
        e.method(),
        e.methodReason(),
        e.costFallback(),
        stability,
        criteria);
  }
}
