package org.reclaim.app.release;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.reclaim.domain.DomainException;
import org.reclaim.domain.funding.CostBooking;
import org.reclaim.domain.funding.CostPerM2Op;
import org.reclaim.domain.funding.HalfYear;
import org.reclaim.domain.funding.PledgeReportOp;
import org.reclaim.domain.hazard.HazardousArea;
import org.reclaim.domain.people.EoreSession;
import org.reclaim.domain.people.Person;
import org.reclaim.domain.people.PersonnelRole;
import org.reclaim.domain.people.Qualification;
import org.reclaim.domain.people.Sex;
import org.reclaim.domain.release.LandRelease;
import org.reclaim.domain.release.ReleaseAggregateOp;
import org.reclaim.domain.strategy.GradingOp;
import org.reclaim.domain.strategy.Indicator;
import org.reclaim.domain.strategy.IndicatorTarget;
import org.reclaim.domain.task.Task;
import org.reclaim.domain.team.Team;
import org.reclaim.store.ReclaimStore;
import org.springframework.stereotype.Service;

/**
 * The reports: released land by period, region, operator and method; the donors' half-yearly pledge
 * report; cost per m²; the strategy indicators' evaluation sheet. Every figure is an aggregate — no
 * report carries a casualty, a person or a single evidence record — so they may be shown to donors
 * (docs/security.md).
 *
 * <p>Works on snapshots read from the store ({@code listAll}); thread safe.
 */
@Service
public final class ReportService {
  /** How the operations report groups. */
  public enum GroupBy {
    MONTH,
    YEAR,
    REGION,
    OPERATOR,
    METHOD
  }

  private final ReclaimStore store;
  private final HandoverService handovers;

  public ReportService(ReclaimStore store, HandoverService handovers) {
    this.store = store;
    this.handovers = handovers;
  }

  /** The display names of the register's regions and operators. */
  public OperationsReport.Names names() {
    return OperationsReport.Names.of(store);
  }

  /** Every land release booking with its region, operator and method. */
  public List<ReleaseAggregateOp.Fact> facts() {
    Map<Long, Long> regionOfArea = new HashMap<>();
    for (HazardousArea a : store.hazardousAreas().listAll()) {
      regionOfArea.put(a.id(), a.regionId());
    }
    Map<Long, Long> operatorOfTeam = new HashMap<>();
    for (Team t : store.teams().listAll()) {
      operatorOfTeam.put(t.id(), t.operatorId());
    }
    Map<Long, Task> tasks = new HashMap<>();
    for (Task t : store.tasks().listAll()) {
      tasks.put(t.id(), t);
    }
    List<ReleaseAggregateOp.Fact> facts = new ArrayList<>();
    for (LandRelease r : store.landReleases().listAll()) {
      Task t = r.taskId() == null ? null : tasks.get(r.taskId());
      facts.add(
          new ReleaseAggregateOp.Fact(
              r,
              regionOfArea.get(r.hazardousAreaId()),
              t == null || t.teamId() == null ? null : operatorOfTeam.get(t.teamId()),
              t == null ? "NONE" : t.method().name()));
    }
    return facts;
  }

  /** Released land from {@code from} to {@code to} (inclusive), grouped. */
  public Map<String, ReleaseAggregateOp.Totals> operations(
      LocalDate from, LocalDate to, GroupBy by) {
    if (to.isBefore(from)) {
      throw new DomainException("Report", "to", "(" + to + ") is before from (" + from + ")");
    }
    Function<ReleaseAggregateOp.Fact, String> key =
        switch (by) {
          case MONTH -> f -> ReleaseAggregateOp.period(f.release().releasedOn(), true);
          case YEAR -> f -> ReleaseAggregateOp.period(f.release().releasedOn(), false);
          case REGION -> f -> String.valueOf(f.regionId());
          case OPERATOR -> f -> String.valueOf(f.operatorId());
          case METHOD -> ReleaseAggregateOp.Fact::method;
          default -> throw new IllegalStateException("unknown grouping " + by);
        };
    return ReleaseAggregateOp.sum(facts(), from, to, key);
  }

  /** The donors' pledge report for a half-year. */
  public List<PledgeReportOp.Line> donors(HalfYear half) {
    return PledgeReportOp.report(
        new PledgeReportOp.Funding(
            store.donors().listAll(),
            store.pledges().listAll(),
            store.grants().listAll(),
            store.disbursements().listAll(),
            store.costBookings().listAll(),
            store.landReleases().listAll()),
        half);
  }

  /** Cost per m² released, by method, operator or region. */
  public Map<String, CostPerM2Op.Ratio> costPerM2(GroupBy by) {
    Map<Long, Double> cost = new HashMap<>();
    for (CostBooking c : store.costBookings().listAll()) {
      cost.merge(c.taskId(), c.amountUsd(), Double::sum);
    }
    Map<Long, Double> released = new HashMap<>();
    for (LandRelease r : store.landReleases().listAll()) {
      if (r.taskId() != null) {
        released.merge(r.taskId(), r.areaM2(), Double::sum);
      }
    }
    Map<Long, Long> regionOfArea = new HashMap<>();
    store.hazardousAreas().listAll().forEach(a -> regionOfArea.put(a.id(), a.regionId()));
    Map<Long, Long> operatorOfTeam = new HashMap<>();
    store.teams().listAll().forEach(t -> operatorOfTeam.put(t.id(), t.operatorId()));
    List<CostPerM2Op.TaskCost> tasks = new ArrayList<>();
    for (Task t : store.tasks().listAll()) {
      tasks.add(
          new CostPerM2Op.TaskCost(
              t.id(),
              t.method().name(),
              t.teamId() == null ? null : operatorOfTeam.get(t.teamId()),
              regionOfArea.get(t.hazardousAreaId()),
              cost.getOrDefault(t.id(), 0.0),
              released.getOrDefault(t.id(), 0.0)));
    }
    Function<CostPerM2Op.TaskCost, String> key =
        switch (by) {
          case METHOD -> CostPerM2Op.TaskCost::method;
          case OPERATOR -> t -> String.valueOf(t.operatorId());
          case REGION -> t -> String.valueOf(t.regionId());
          default ->
              throw new DomainException(
                  "Report", "by", "cost per m² groups by METHOD, OPERATOR or REGION, not " + by);
        };
    return CostPerM2Op.byGroup(tasks, key);
  }

  /** The evaluation sheet of every indicator, rows in indicator then year order. */
  public List<GradingOp.Row> indicators(GradingOp.Thresholds thresholds) {
    Map<String, Map<Integer, Double>> actuals = actualsByMeasure();
    List<GradingOp.Row> rows = new ArrayList<>();
    for (Indicator i : store.indicators().listAll()) {
      List<IndicatorTarget> targets = store.indicatorTargets().listByIndicator(i.id());
      rows.addAll(
          GradingOp.sheet(
              i, targets, actuals.getOrDefault(i.measure().name(), Map.of()), thresholds));
    }
    return rows;
  }

  /** Each measure's value per year, from the register. */
  Map<String, Map<Integer, Double>> actualsByMeasure() {
    Map<String, Map<Integer, Double>> m = new LinkedHashMap<>();
    for (LandRelease r : store.landReleases().listAll()) {
      int y = r.releasedOn().getYear();
      double km2 = r.areaM2() / 1_000_000;
      m.computeIfAbsent("RELEASED_KM2", k -> new HashMap<>()).merge(y, km2, Double::sum);
      m.computeIfAbsent(r.category().name() + "_KM2", k -> new HashMap<>())
          .merge(y, km2, Double::sum);
      m.computeIfAbsent("ITEMS_DESTROYED", k -> new HashMap<>())
          .merge(y, (double) r.itemsFound(), Double::sum);
    }
    Map<Integer, Double> farmland = new HashMap<>();
    handovers
        .nexus(false)
        .values()
        .forEach(
            byYear ->
                byYear.forEach((y, ha) -> farmland.merge(Integer.valueOf(y), ha, Double::sum)));
    m.put("FARMLAND_BACK_HA", farmland);
    peopleActuals(m);
    return m;
  }

  /** The people measures by year: women in demining (%), EORE beneficiaries, people trained. */
  private void peopleActuals(Map<String, Map<Integer, Double>> m) {
    List<Person> staff = store.people().personnel().listAll();
    Map<Integer, Double> women = new HashMap<>();
    staff.stream()
        .mapToInt(p -> p.employedFrom().getYear())
        .min()
        .ifPresent(
            first -> {
              for (int y = first; y <= java.time.Year.now().getValue(); y++) {
                int year = y;
                List<Person> deminers =
                    staff.stream()
                        .filter(p -> p.employedFrom().getYear() <= year)
                        .filter(
                            p ->
                                p.role() == PersonnelRole.DEMINER
                                    || p.role() == PersonnelRole.TEAM_LEADER)
                        .toList();
                if (!deminers.isEmpty()) {
                  long f = deminers.stream().filter(p -> p.sex() == Sex.FEMALE).count();
                  women.put(year, 100.0 * f / deminers.size());
                }
              }
            });
    m.put("WOMEN_IN_DEMINING_PCT", women);
    Map<Integer, Double> reached = new HashMap<>();
    for (EoreSession s : store.people().eoreSessions().listAll()) {
      reached.merge(s.heldOn().getYear(), (double) s.beneficiaries().total(), Double::sum);
    }
    m.put("EORE_BENEFICIARIES", reached);
    Map<Integer, Double> trained = new HashMap<>();
    for (Qualification q : store.people().qualifications().listAll()) {
      if (q.result() == Qualification.Result.PASSED) {
        trained.merge(q.awardedOn().getYear(), 1.0, Double::sum);
      }
    }
    m.put("PERSONNEL_TRAINED", trained);
  }
}
