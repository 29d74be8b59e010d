package org.reclaim.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.reclaim.domain.hazard.HazardousArea;
import org.reclaim.domain.task.ReleaseMethod;
import org.reclaim.domain.team.Team;
import org.reclaim.domain.team.TeamType;

/**
 * Which teams may work where, and when each is next free.
 *
 * <p>A team may take a task in an oblast when its operator is accredited there (all of an
 * operator's accreditations cover the history window and the weeks after today, see {@link
 * OperatorLayer}) and its productivity table has a cell for the method, terrain and vegetation.
 * Teams work one task at a time: booking a task moves the team's next free day past it, plus 1–5
 * days of transfer. Among the accredited teams of a type a few are sampled and the one free
 * earliest is taken, which spreads work without searching every team.
 */
final class TeamCalendar {
  private static final int SAMPLE = 6;

  /** A team chosen for a task, with its daily rate there. */
  record Choice(int team, double m2PerDay, LocalDate start) {}

  private final List<Team> teams;
  private final LocalDate[] freeFrom;
  private final List<List<List<Integer>>> byOblastAndType = new ArrayList<>();

  TeamCalendar(Boundaries b, OperatorLayer ops, LocalDate historyStart, Draw d) {
    this.teams = ops.teams;
    this.freeFrom = new LocalDate[teams.size()];
    for (int t = 0; t < teams.size(); t++) {
      freeFrom[t] = historyStart.plusDays(d.between(0, 20));
    }
    for (int o = 0; o < b.oblasts().size(); o++) {
      List<List<Integer>> byType = new ArrayList<>();
      for (TeamType ignored : TeamType.values()) {
        byType.add(new ArrayList<>());
      }
      for (int t = 0; t < teams.size(); t++) {
        Team team = teams.get(t);
        if (ops.oblastsOf.get((int) team.operatorId() - 1).contains(o)) {
          byType.get(team.type().ordinal()).add(t);
        }
      }
      byOblastAndType.add(byType);
    }
  }

  /**
   * The team of one of {@code types} that can apply {@code method} on {@code area} earliest, not
   * before {@code notBefore}; or {@code null} when none can.
   */
  Choice choose(
      int oblast,
      List<TeamType> types,
      ReleaseMethod method,
      HazardousArea area,
      LocalDate notBefore,
      List<Integer> exclude,
      Draw d) {
    Choice best = null;
    for (TeamType type : types) {
      List<Integer> candidates = byOblastAndType.get(oblast).get(type.ordinal());
      for (int k = 0; k < Math.min(SAMPLE, candidates.size()); k++) {
        int t = candidates.get(d.index(candidates.size()));
        OptionalDouble rate =
            teams.get(t).productivity().m2PerDay(method, area.terrain(), area.vegetation());
        if (rate.isEmpty() || exclude.contains(t)) {
          continue;
        }
        LocalDate start = freeFrom[t].isAfter(notBefore) ? freeFrom[t] : notBefore;
        if (best == null || start.isBefore(best.start())) {
          best = new Choice(t, rate.getAsDouble(), start);
        }
      }
    }
    return best;
  }

  /** Books team {@code t} until {@code end}. */
  void book(int t, LocalDate end, Draw d) {
    freeFrom[t] = end.plusDays(1 + d.between(1, 5));
  }
}
