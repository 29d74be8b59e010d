package org.reclaim.simulation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.reclaim.demo.AreaTruth;
import org.reclaim.domain.evidence.EvidenceType;
import org.reclaim.domain.hazard.HazardousArea;
import org.reclaim.domain.release.ReleaseCategory;
import org.reclaim.domain.task.ReleaseMethod;
import org.reclaim.domain.team.Team;
import org.reclaim.planner.PlannerService;
import org.reclaim.planner.plan.Assignment;
import org.reclaim.planner.plan.Plan;
import org.reclaim.planner.plan.SolveOptions;
import org.reclaim.planner.problem.Earmark;
import org.reclaim.planner.problem.GeoPoint;
import org.reclaim.planner.problem.PlanTask;
import org.reclaim.planner.problem.PlanningProblem;
import org.reclaim.simulation.Noise.Stream;

/**
 * One policy's land-release campaign on one world: weekly steps over the years, a decision every
 * planning period, the plan carried out on a simulated calendar, outcomes revealed by the hidden
 * truth, new evidence arriving, and every measure recorded (docs/simulation.md).
 *
 * <p>Each week: the weather suspends some working days (more in winter); every team with work and
 * money works the rest at its productivity for the method, terrain and vegetation, varied by a
 * lognormal factor; the year's budget is never overspent (work stops when it is). A part of
 * clearance booked CLEARED passes quality control or reopens a tenth of itself (IMAS 09.20). When
 * the last part of a survey of an area is done, the truth decides its outcome: non-technical survey
 * cancels the land or finds the evidence that confirms it (IMAS 08.10); technical survey reduces
 * the clean part and leaves the contaminated part to clear, or misses it (08.20). People living
 * near contaminated land step on it — land released with ordnance still in it fully, land still
 * marked less — and their accidents are new evidence; so are reports of ordnance seen.
 *
 * <p>Deterministic for a seed: every draw is a common random number ({@link Noise}). Not thread
 * safe; one campaign per thread.
 */
final class Campaign {
  private static final double EPS_M2 = 1e-6;
  private static final int WORKING_DAYS = 5;

  /**
   * Work offered to the planner each period, as a multiple of the period's money: enough to choose
   * from, few enough that the plan is quick.
   */
  private static final double OFFER = 1.5;

  private final World world;
  private final SimulationParameters p;
  private final Policy policy;
  private final String name;
  private final Noise noise;
  private final Register register;
  private final PlannerService planner = new PlannerService();
  private final int n;
  // what the truth says is still there, m²: on land still marked, and on land released
  private final double[] contaminated;
  private final double[] missed;
  private final double[] releasedM2;
  private final boolean[] worked;
  // the method under way on an area, and how much of it is left
  private final ReleaseMethod[] underWay;
  private final double[] methodLeftM2;
  private final double[] contaminatedShare;
  private final int[] attempts;
  private final double[] clearedSoFar;
  private final Map<String, Deque<Part>> queues = new HashMap<>();
  private int partSeq;
  // measures
  private double spent;
  private double yearSpent;
  private double farmland;
  private double exposure;
  private double infrastructure;
  private double recovery;
  private double cancelled;
  private double reduced;
  private double cleared;
  private int casualties;
  private double expectedCasualties;
  private double wasted;
  private double missedTotal;
  private long items;

  /** One part of an area's work, as planned and as worked. */
  private static final class Part {
    final String id;
    final int area;
    final ReleaseMethod method;
    final double priority;
    final double m2;
    double m2Left;
    boolean started;
    boolean qcDone;

    Part(String id, int area, ReleaseMethod method, double priority, double m2) {
      this.id = id;
      this.area = area;
      this.method = method;
      this.priority = priority;
      this.m2 = m2;
      this.m2Left = m2;
    }
  }

  /** {@code policy}'s campaign on {@code world}, reported under {@code name}. */
  Campaign(World world, SimulationParameters parameters, Policy policy, String name) {
    this.world = world;
    this.p = parameters;
    this.policy = policy;
    this.name = name;
    this.noise = new Noise(world.seed());
    this.register = new Register(world);
    this.n = register.size();
    this.contaminated = new double[n];
    this.missed = new double[n];
    this.releasedM2 = new double[n];
    this.worked = new boolean[n];
    this.underWay = new ReleaseMethod[n];
    this.methodLeftM2 = new double[n];
    this.contaminatedShare = new double[n];
    this.attempts = new int[n];
    this.clearedSoFar = new double[n];
    for (int i = 0; i < n; i++) {
      contaminated[i] = world.truth(i).contaminatedM2(register.remainingM2(i));
    }
  }

  /** The register the policy sees (for tests). */
  Register register() {
    return register;
  }

  /** Runs every week of the campaign. */
  CampaignResult run() {
    int weeks = p.weeks();
    double[] valueByWeek = new double[weeks];
    int[] casualtiesByWeek = new int[weeks];
    double[][] releasedByWeek = new double[3][weeks];
    double[] spentByWeek = new double[weeks];
    for (int week = 0; week < weeks; week++) {
      register.setWeek(week);
      if (week % 52 == 0) {
        yearSpent = 0;
      }
      if (week % p.planEveryWeeks() == 0) {
        plan(week);
      }
      work(week);
      people(week);
      valueByWeek[week] = farmland + exposure + infrastructure + recovery;
      casualtiesByWeek[week] = casualties;
      releasedByWeek[0][week] = cancelled;
      releasedByWeek[1][week] = reduced;
      releasedByWeek[2][week] = cleared;
      spentByWeek[week] = spent;
    }
    int released = 0;
    int workedAreas = 0;
    for (int i = 0; i < n; i++) {
      released += register.isOpen(i) ? 0 : 1;
      workedAreas += worked[i] ? 1 : 0;
    }
    return new CampaignResult(
        name,
        world.seed(),
        spent,
        new CampaignResult.Value(farmland, exposure, infrastructure, recovery),
        cancelled,
        reduced,
        cleared,
        casualties,
        expectedCasualties,
        wasted,
        missedTotal,
        items,
        released,
        workedAreas,
        valueByWeek,
        casualtiesByWeek,
        releasedByWeek,
        spentByWeek);
  }

  // --- deciding ---

  private void plan(int week) {
    List<Policy.Work> wanted = policy.choose(register);
    double periodBudget = periodBudget(week);
    List<PlanTask> tasks = new ArrayList<>();
    Map<String, Part> parts = new HashMap<>();
    Map<Integer, Double> inProgressM2 = new HashMap<>();
    Map<Integer, Double> priorityOf = new HashMap<>();
    for (Policy.Work w : wanted) {
      priorityOf.putIfAbsent(w.area(), w.priority());
    }
    // parts under way stay on their teams, pinned
    for (Map.Entry<String, Deque<Part>> q : queues.entrySet()) {
      for (Part part : q.getValue()) {
        if (part.started && register.isOpen(part.area) && part.m2Left > EPS_M2) {
          parts.put(part.id, part);
          tasks.add(task(part, priorityOf.getOrDefault(part.area, part.priority), q.getKey()));
          inProgressM2.merge(part.area, part.m2Left, Double::sum);
        }
      }
    }
    double offered = 0;
    Set<Integer> seen = new HashSet<>();
    for (Policy.Work w : wanted) {
      int i = w.area();
      if (!register.isOpen(i) || !seen.add(i)) {
        continue;
      }
      ReleaseMethod method = underWay[i] != null ? underWay[i] : w.method();
      double left =
          (underWay[i] != null ? methodLeftM2[i] : register.remainingM2(i))
              - inProgressM2.getOrDefault(i, 0.0);
      if (left <= EPS_M2) {
        continue;
      }
      HazardousArea a = register.area(i);
      var price = world.costs().price(method, a.terrain(), a.vegetation(), left);
      if (price.isEmpty()) {
        continue;
      }
      if (offered > OFFER * periodBudget) {
        break;
      }
      offered += price.get().costUsd();
      int pieces = (int) Math.max(1, Math.ceil(price.get().durationDays() / p.partDays() - 1e-9));
      for (int k = 0; k < pieces; k++) {
        Part part =
            new Part(
                "a" + i + "/" + method + "#" + (++partSeq), i, method, w.priority(), left / pieces);
        parts.put(part.id, part);
        tasks.add(task(part, w.priority(), null));
      }
    }
    queues.clear();
    if (tasks.isEmpty()) {
      return;
    }
    Plan plan =
        solve(
            new PlanningProblem(
                World.day(week),
                7 * p.planEveryWeeks(),
                world.teams(),
                tasks,
                List.of(new Earmark("budget", "campaign", null, null, periodBudget))));
    List<Assignment> ordered = new ArrayList<>(plan.assignments());
    ordered.sort(Comparator.comparingInt(Assignment::startDay));
    for (Assignment a : ordered) {
      Part part = parts.get(a.taskId());
      if (part != null) {
        queues.computeIfAbsent(a.teamId(), k -> new ArrayDeque<>()).add(part);
      }
    }
  }

  /** The policy's plan: in its order, or the planner's optimised plan. */
  private Plan solve(PlanningProblem problem) {
    if (policy.planning() == Policy.Planning.IN_ORDER) {
      return planner.greedy(problem);
    }
    SolveOptions options = SolveOptions.ofMoveLimit(p.planMoves()).withRandomSeed(world.seed());
    return planner.solve(problem, options, null).plan();
  }

  /** The planner's task for a part: value = priority in order, or priority × m² optimised. */
  private PlanTask task(Part part, double priority, @Nullable String pinnedTeam) {
    HazardousArea a = register.area(part.area);
    var point = a.geometry().getInteriorPoint();
    double value =
        policy.planning() == Policy.Planning.IN_ORDER ? priority : priority * part.m2Left;
    return new PlanTask(
        part.id,
        a.id(),
        a.regionId(),
        part.method,
        a.terrain(),
        a.vegetation(),
        part.m2Left,
        value,
        new GeoPoint(point.getX(), point.getY()),
        0,
        pinnedTeam);
  }

  /** Money for the coming period: what is left of the year, spread over the year's periods. */
  private double periodBudget(int week) {
    int weekOfYear = week % 52;
    int left = 52 - weekOfYear;
    double share = Math.min(1, (double) p.planEveryWeeks() / left);
    return Math.max(0, (p.budgetUsdPerYear() - yearSpent) * share);
  }

  // --- working ---

  private void work(int week) {
    int suspended = suspendedDays(week);
    List<Map.Entry<String, Deque<Part>>> teams = new ArrayList<>(queues.entrySet());
    // the most important work is paid for first when money runs short
    teams.sort(
        Comparator.comparingDouble(
                (Map.Entry<String, Deque<Part>> e) ->
                    e.getValue().isEmpty() ? 0 : -e.getValue().peekFirst().priority)
            .thenComparing(Map.Entry::getKey));
    for (Map.Entry<String, Deque<Part>> e : teams) {
      Team team = world.team(e.getKey());
      double days = WORKING_DAYS - suspended;
      double factor = noise.lognormal(Stream.PRODUCTIVITY, team.id(), week, p.productivitySigma());
      Deque<Part> queue = e.getValue();
      while (days > 1e-9 && !queue.isEmpty()) {
        Part part = queue.peekFirst();
        if (!register.isOpen(part.area)
            || (underWay[part.area] != null && underWay[part.area] != part.method)) {
          queue.pollFirst();
          continue;
        }
        HazardousArea a = register.area(part.area);
        var rate = team.productivity().m2PerDay(part.method, a.terrain(), a.vegetation());
        double affordable = (p.budgetUsdPerYear() - yearSpent) / team.dayRateUsd();
        if (rate.isEmpty() || affordable <= 1e-9) {
          if (rate.isEmpty()) {
            queue.pollFirst();
            continue;
          }
          return; // the year's money is spent
        }
        double perDay = rate.getAsDouble() * factor;
        double d = Math.min(days, Math.min(part.m2Left / perDay, affordable));
        double m2 = d * perDay;
        double cost = d * team.dayRateUsd();
        spent += cost;
        yearSpent += cost;
        days -= d;
        start(part);
        part.m2Left -= m2;
        methodLeftM2[part.area] -= m2;
        if ((ReleaseCategory.of(part.method) == ReleaseCategory.CLEARED)) {
          if (part.m2Left <= EPS_M2 && !part.qcDone) {
            part.qcDone = true;
            // quality control of the cleared part: a fault reopens a tenth of it
            if (noise.uniform(Stream.QC, part.area, (long) (clearedSoFar[part.area] / 1_000))
                < p.qcFail()) {
              double redo = 0.1 * part.m2;
              part.m2Left += redo;
              methodLeftM2[part.area] += redo;
              continue;
            }
          }
          clear(part.area, m2);
        }
        if (part.m2Left <= EPS_M2) {
          queue.pollFirst();
        }
        if (methodLeftM2[part.area] <= EPS_M2) {
          finish(part.area, part.method);
        }
      }
    }
  }

  /** The first work on an area's method fixes the method and what it faces. */
  private void start(Part part) {
    part.started = true;
    int i = part.area;
    worked[i] = true;
    if (underWay[i] == null) {
      underWay[i] = part.method;
      methodLeftM2[i] = register.remainingM2(i);
      contaminatedShare[i] =
          register.remainingM2(i) > 0 ? contaminated[i] / register.remainingM2(i) : 0;
    }
  }

  /** {@code m2} of area {@code i} cleared: its share of ordnance removed, the rest wasted. */
  private void clear(int i, double m2) {
    double booked = Math.min(m2, register.remainingM2(i));
    if (booked <= 0) {
      return;
    }
    double hit = Math.min(contaminated[i], booked * contaminatedShare[i]);
    contaminated[i] -= hit;
    wasted += booked - hit;
    int found = (int) Math.round(hit / 10_000 * world.truth(i).itemsPerHa());
    items += found;
    clearedSoFar[i] += booked;
    cleared += booked;
    book(i, ReleaseCategory.CLEARED, booked, found);
  }

  /** The whole of an area's method is done: the truth decides what it found. */
  private void finish(int i, ReleaseMethod method) {
    underWay[i] = null;
    methodLeftM2[i] = 0;
    if (ReleaseCategory.of(method) == ReleaseCategory.CLEARED || !register.isOpen(i)) {
      return;
    }
    AreaTruth truth = world.truth(i);
    double left = register.remainingM2(i);
    double c = contaminated[i];
    double u = noise.uniform(Stream.OUTCOME, i, method.ordinal() * 16L + attempts[i]++);
    if (method == ReleaseMethod.NTS) {
      if (c > 0 && u < p.ntsDetect()) {
        register.addEvidence(i, EvidenceType.EO_SIGHTING, 0); // confirmed by what people told
      } else if (c > 0 || u < p.ntsCancelClean()) {
        missedAt(i, c);
        cancelled += left;
        book(i, ReleaseCategory.CANCELLED, left, 0);
      } else {
        register.ntsInconclusive(i);
      }
    } else if (method == ReleaseMethod.TS) {
      if (c > 0 && u < p.tsDetect()) {
        int found = (int) Math.max(1, Math.round(0.05 * c / 10_000 * truth.itemsPerHa()));
        items += found;
        register.confirmedByTechnicalSurvey(i);
        reduced += left - c;
        book(i, ReleaseCategory.REDUCED, left - c, found);
      } else {
        missedAt(i, c);
        reduced += left;
        book(i, ReleaseCategory.REDUCED, left, 0);
      }
    }
  }

  /** Contaminated land released without clearance: the ordnance stays, now on land in use. */
  private void missedAt(int i, double c) {
    missed[i] += c;
    missedTotal += c;
    contaminated[i] = 0;
  }

  private void book(int i, ReleaseCategory category, double m2, int found) {
    if (m2 <= EPS_M2) {
      return;
    }
    releasedM2[i] += m2;
    register.release(i, category, m2, found);
    value(i, m2, register.week());
  }

  /** Working days lost to weather this week: more in winter (docs/simulation.md). */
  private int suspendedDays(int week) {
    int month = World.day(week).getMonthValue();
    double chance =
        switch (month) {
          case 12, 1, 2 -> 0.4;
          case 11, 3 -> 0.2;
          default -> 0.05;
        };
    int lost = 0;
    for (int d = 0; d < WORKING_DAYS; d++) {
      lost += noise.uniform(Stream.WEATHER, week, d) < chance ? 1 : 0;
    }
    return lost;
  }

  // --- the people ---

  /** Accidents where people meet ordnance, and reports of ordnance seen. */
  private void people(int week) {
    for (int i = 0; i < n; i++) {
      double areaM2 = world.areas().get(i).areaM2();
      double exposed =
          world.value(i).peopleExposed()
              * (missed[i] + p.useOfMarkedLand() * contaminated[i])
              / areaM2;
      if (exposed > 0) {
        // calibrated so that on the first day the exposed people suffer the yearly rate
        double lambda =
            p.casualtiesPerExposedYear()
                / 52
                * exposed
                / Math.max(1e-9, p.useOfMarkedLand() * world.meanExposedContamination());
        expectedCasualties += lambda;
        int hurt = noise.poisson(Stream.ACCIDENT, i, week, lambda);
        if (hurt > 0) {
          casualties += hurt;
          register.addEvidence(i, EvidenceType.ACCIDENT, hurt);
        }
      }
      if (register.isOpen(i)) {
        double u = noise.uniform(Stream.REPORT, i, week);
        if (contaminated[i] > 0 && u < p.reportPerWeek()) {
          register.addEvidence(i, EvidenceType.EO_SIGHTING, 0);
        } else if (contaminated[i] == 0 && u < p.falseReportPerWeek()) {
          register.addEvidence(i, EvidenceType.PUBLIC_REPORT, 0);
        }
      }
    }
  }

  // --- value ---

  /**
   * The value of {@code m2} of area {@code i} released in {@code week} (docs/simulation.md,
   * "Value"): its share of the farmland's yearly value and of the exposure removed, each for {@code
   * valueYears}; on the area's last release, the infrastructure and recovery it unblocks — all
   * discounted to the campaign's start.
   */
  private void value(int i, double m2, int week) {
    World.AreaValue v = world.value(i);
    double share = m2 / world.areas().get(i).areaM2();
    double now = p.discount(week);
    farmland += v.farmValueUsdPerYear() * share * p.annuity() * now;
    exposure += v.peopleExposed() * share * p.usdPerExposedPersonYear() * p.annuity() * now;
    if (!register.isOpen(i)) {
      infrastructure += v.infrastructureSites() * p.usdPerInfrastructureSite() * now;
      recovery += v.recoveryBudgetUsd() * now;
    }
  }
}
