package org.reclaim.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.reclaim.domain.hazard.HazardStatus;
import org.reclaim.domain.hazard.HazardousArea;
import org.reclaim.domain.hazard.Terrain;
import org.reclaim.domain.release.LandRelease;
import org.reclaim.domain.release.ReleaseCategory;
import org.reclaim.domain.task.ReleaseMethod;
import org.reclaim.domain.task.Task;
import org.reclaim.domain.team.TeamType;

/**
 * A year of land release: tasks and the releases they booked, and the status each area is left in.
 *
 * <p>25 % of areas, in random order, are worked from a day drawn uniformly between the start of the
 * history and 45 days after {@code today}, through the IMAS 07.11 sequence: non-technical survey
 * cancels part (IMAS 08.10), technical survey reduces part (08.20), clearance clears the rest
 * (09.10; mechanical where the ground allows, dogs or manual otherwise), split among up to six
 * teams when one would need more than 90 days. Each task goes to the accredited team free earliest
 * ({@link TeamCalendar}), so teams never work two tasks at once; a task that ended before {@code
 * today} is COMPLETED and books its area, one that spans {@code today} is IN_PROGRESS, one starting
 * in the next 60 days is ASSIGNED, and work no team can start by then becomes a PLANNED task
 * without a team (a backlog capped at 3 % of the areas).
 *
 * <p>Split: the shares of an area are drawn around the Landmine Monitor 2022 proportions (31.6 /
 * 24.4 / 44.1 %, {@link DemoFigures#RELEASE_SHARE}) ±30 %, then nudged towards whichever category
 * is behind in what has been booked so far, so the booked totals match the proportions by area even
 * though unfinished clearance books nothing yet. 3 % of finished areas keep 2–8 % unreleased and
 * end as RESIDUAL_RISK. The shares follow the area's hidden truth ({@link AreaTruth}): a clean area
 * is mostly cancelled and reduced, a contaminated one mostly cleared. Items found follow it too
 * ({@link AreaWork}): survey cancels and reduces clean land first; what it cancels beyond the clean
 * land is contaminated land released with its items still there; reduction finds a third of the
 * items in the contaminated land it covers, clearance all of them (on average 4 per hectare of
 * contaminated land; 660,861 items over 2,691 km² surveyed in 2023, mine_action_figures.csv UA08).
 * A clean area yields none.
 */
final class HistoryLayer {
  private static final double WORKED_SHARE = 0.25;
  private static final ReleaseCategory[] CATEGORIES = ReleaseCategory.values();

  final List<HazardousArea> areas;
  final List<Task> tasks = new ArrayList<>();
  final List<LandRelease> releases = new ArrayList<>();

  private final Boundaries b;
  private final HazardLayer h;
  private final OperatorLayer ops;
  private final LocalDate today;
  private final LocalDate historyStart;
  private final int historyDays;
  private final Draw d;
  private final TeamCalendar calendar;
  private final Map<ReleaseCategory, Double> booked = new EnumMap<>(ReleaseCategory.class);
  private final int maxBacklogAreas;
  private int backlogAreas;

  private HistoryLayer(
      Boundaries b, HazardLayer h, OperatorLayer ops, DemoParameters p, LocalDate today, Draw d) {
    this.b = b;
    this.h = h;
    this.ops = ops;
    this.today = today;
    this.historyStart = today.minusDays(p.historyDays());
    this.historyDays = p.historyDays();
    this.d = d;
    this.areas = new ArrayList<>(h.areas);
    this.calendar = new TeamCalendar(b, ops, today.minusDays(p.historyDays()), d);
    this.maxBacklogAreas = Math.max(20, h.areas.size() * 3 / 100);
    for (ReleaseCategory c : CATEGORIES) {
      booked.put(c, 0.0);
    }
  }

  static HistoryLayer generate(
      Boundaries b,
      HazardLayer h,
      OperatorLayer ops,
      DemoParameters p,
      LocalDate today,
      Draw d,
      DemoProgressListener listener) {
    HistoryLayer layer = new HistoryLayer(b, h, ops, p, today, d);
    int n = h.areas.size();
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = d.index(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    Progress progress = new Progress(listener, "tasks and releases", n);
    for (int k = 0; k < n; k++) {
      if (d.chance(WORKED_SHARE)) {
        layer.work(order[k]);
      }
      progress.step(k + 1);
    }
    progress.done();
    return layer;
  }

  private void work(int position) {
    HazardousArea area = areas.get(position);
    AreaTruth truth = h.truth.get(position);
    int oblast = b.raions().get(h.raionOf.get(position)).oblast();
    double[] amounts = split(area.areaM2(), truth.contaminated());
    boolean residual = d.chance(0.03) && amounts[2] > 0.1 * area.areaM2();
    if (residual) {
      amounts[2] = Math.max(0, amounts[2] - d.uniform(0.02, 0.08) * area.areaM2());
    }
    AreaWork work =
        new AreaWork(
            area,
            oblast,
            calendar,
            ops.teams,
            today,
            d,
            tasks.size() + 1L,
            releases.size() + 1L,
            historyStart.plusDays(d.index(historyDays + 45)),
            truth);
    work.step(ReleaseMethod.NTS, List.of(TeamType.NTS, TeamType.DRONE_SURVEY), amounts[0]);
    work.step(
        ReleaseMethod.TS, List.of(TeamType.MANUAL, TeamType.MDD, TeamType.MECHANICAL), amounts[1]);
    ReleaseMethod clearance = clearanceMethod(area);
    work.step(clearance, List.of(typeFor(clearance)), amounts[2]);
    if (work.tasks.isEmpty() || work.onlyPlanned() && backlogAreas >= maxBacklogAreas) {
      return;
    }
    if (work.onlyPlanned()) {
      backlogAreas++;
    }
    tasks.addAll(work.tasks);
    releases.addAll(work.releases);
    work.releases.forEach(r -> booked.merge(r.category(), r.areaM2(), Double::sum));
    areas.set(position, withStatus(area, work, residual));
  }

  private ReleaseMethod clearanceMethod(HazardousArea area) {
    boolean machineGround = area.terrain() == Terrain.FLAT || area.terrain() == Terrain.ROLLING;
    if (machineGround && d.chance(0.6)) {
      return ReleaseMethod.MECHANICAL;
    }
    return d.chance(0.3) ? ReleaseMethod.MDD : ReleaseMethod.MANUAL;
  }

  private static TeamType typeFor(ReleaseMethod clearance) {
    return switch (clearance) {
      case MECHANICAL -> TeamType.MECHANICAL;
      case MDD -> TeamType.MDD;
      default -> TeamType.MANUAL;
    };
  }

  /** Cancelled, reduced and cleared m² for an area, see the class comment. */
  private double[] split(double areaM2, boolean contaminated) {
    // clean land is mostly cancelled and reduced, contaminated land mostly cleared
    double[] tilt = contaminated ? new double[] {0.5, 0.9, 1.6} : new double[] {1.6, 1.2, 0.3};
    double total = 0;
    for (ReleaseCategory c : CATEGORIES) {
      total += booked.get(c);
    }
    double[] w = new double[3];
    double sum = 0;
    for (int i = 0; i < 3; i++) {
      double target = DemoFigures.RELEASE_SHARE.get(CATEGORIES[i]);
      double share = total > 0 ? booked.get(CATEGORIES[i]) / total : target;
      double nudge = Math.max(0.01, Math.min(100, Math.exp(40 * (target - share) / target)));
      w[i] = target * tilt[i] * d.uniform(0.7, 1.3) * nudge;
      sum += w[i];
    }
    double[] amounts = new double[3];
    amounts[0] = areaM2 * w[0] / sum;
    amounts[1] = areaM2 * w[1] / sum;
    for (int i = 0; i < 2; i++) {
      if (amounts[i] < 1) { // too small for a task of its own: cleared with the rest
        amounts[i] = 0;
      }
    }
    amounts[2] = Math.max(0, areaM2 - amounts[0] - amounts[1]);
    if (amounts[2] < 1) {
      amounts[amounts[0] >= amounts[1] ? 0 : 1] += amounts[2];
      amounts[2] = 0;
    }
    return amounts;
  }

  private static HazardousArea withStatus(HazardousArea a, AreaWork work, boolean residual) {
    HazardStatus status;
    if (work.allCompleted() && !work.anyPlanned()) {
      status = residual ? HazardStatus.RESIDUAL_RISK : HazardStatus.RELEASED;
    } else if (work.anyStarted()) {
      status = HazardStatus.IN_PROGRESS;
    } else if (work.anyAssigned()) {
      status = HazardStatus.TASKED;
    } else {
      return a; // only planned: still on the register as it was
    }
    return new HazardousArea(
        a.id(),
        a.code(),
        a.name(),
        a.regionId(),
        a.hazardClass(),
        status,
        a.contamination(),
        a.landUse(),
        a.terrain(),
        a.vegetation(),
        a.geometry(),
        a.areaM2(),
        a.reportedOn());
  }
}
