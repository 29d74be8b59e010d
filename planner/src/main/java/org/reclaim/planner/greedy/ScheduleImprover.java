package org.reclaim.planner.greedy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import org.reclaim.planner.plan.PlanObjective;
import org.reclaim.planner.problem.ProblemIndex;
import org.reclaim.planner.problem.WorkCalendar;

/**
 * Steepest-descent local search over whole schedules, the last of the solver's starts: from a plan
 * (usually {@link InsertionPlanner}'s), it repeatedly takes the best improving move for one task at
 * a time until no task has one or the deadline passes.
 *
 * <p>Moves, all judged by the exact objective of the affected teams (Σ value × completion day by
 * the {@link WorkCalendar} arithmetic, a task pushed past availability priced as left out):
 *
 * <ul>
 *   <li><b>relocate</b>: the task to any place in any eligible team's list, its own included, or in
 *       from the tasks left out;
 *   <li><b>swap</b>: the task and a task of another team change places, each taking the other's
 *       position, when both teams may do both;
 *   <li><b>swap in</b>: a task left out takes the place of a planned task, which is left out.
 * </ul>
 *
 * After descent, ruin and recreate (large-neighbourhood search with regret insertion) makes the
 * larger changes descent cannot, then a last descent. A move is taken only when it keeps every
 * earmark within its amount. Tasks in progress stay at the head of their team's list.
 *
 * <p>Why here and not in the Timefold search: on 5,000 tasks × 500 teams the constraint-stream
 * search evaluates a few thousand moves per second (shadow variables and stream propagation per
 * move); this evaluates each move on two short integer lists, a few million per second, so a full
 * neighbourhood is explored many times within the time the search would take for a fraction of it.
 * The Timefold search then continues from its result. Descent is deterministic (tasks in index
 * order); ruin and recreate draws from a seeded generator and is reproducible under a recreation
 * limit. Each call works on its own state; the class is thread safe.
 */
public final class ScheduleImprover {
  /** The name of the start in progress reports and benchmarks. */
  public static final String NAME = "descent";

  /** Descent before ruin and recreate stops once a round gains less than this share. */
  static final double DESCENT_MIN_GAIN = 0.002;

  /** The last descent, after ruin and recreate, stops once a round gains less than this. */
  static final double FINAL_MIN_GAIN = 1e-5;

  /** Teams emptied by one ruin: a random one and teams eligible for its tasks. */
  static final int RUIN_TEAMS = 3;

  /**
   * Recreation scales each task's regret by a random factor in [1 − NOISE / 2, 1 + NOISE / 2], so
   * that repeated ruins of the same teams try different orders.
   */
  static final double NOISE = 0.4;

  /** Ruin and recreate stops after this many recreations in a row that kept nothing. */
  static final int STALL_LIMIT = 20_000;

  private final ProblemIndex index;
  private final int penaltyDay;
  private final double[] value;
  private final int[][] eligibleTeams;
  private final int[][] eligibleTasks;
  private final int[] inProgressTeam;
  private final int[][] lists;
  private final int[] sizes;
  private final double[] teamCost;
  private final int[] teamOf;
  private final EarmarkLedger ledger;
  private final double epsilon;
  private final boolean[] chosen;
  private final TeamObjective teamObjective;
  private final InsertionCache cache;
  private final double[] cumulativeCost;
  private final @Nullable SearchMonitor monitor;

  private ScheduleImprover(ProblemIndex index, List<int[]> start, @Nullable SearchMonitor monitor) {
    this.index = index;
    this.monitor = monitor;
    int tasks = index.taskCount();
    int teams = index.teamCount();
    penaltyDay = PlanObjective.leftOutDay(index.problem().horizonDays());
    value = new double[tasks];
    eligibleTeams = new int[tasks][];
    double total = 0;
    inProgressTeam = new int[tasks];
    int[] eligibleCount = new int[teams];
    for (int j = 0; j < tasks; j++) {
      inProgressTeam[j] = index.inProgressTeam(j);
      value[j] = index.task(j).value();
      total += value[j];
      int[] eligible = new int[teams];
      int n = 0;
      for (int t = 0; t < teams; t++) {
        if (index.eligible(j, t)) {
          eligible[n++] = t;
        }
      }
      eligibleTeams[j] = Arrays.copyOf(eligible, n);
      for (int t : eligibleTeams[j]) {
        eligibleCount[t]++;
      }
    }
    eligibleTasks = new int[teams][];
    for (int t = 0; t < teams; t++) {
      eligibleTasks[t] = new int[eligibleCount[t]];
      eligibleCount[t] = 0;
    }
    for (int j = 0; j < tasks; j++) {
      for (int t : eligibleTeams[j]) {
        eligibleTasks[t][eligibleCount[t]++] = j;
      }
    }
    epsilon = 1e-12 * total * penaltyDay;
    cache = new InsertionCache(teams, eligibleTeams);
    cumulativeCost = new double[teams];
    chosen = new boolean[tasks];
    teamObjective = new TeamObjective(index);
    lists = new int[teams][];
    sizes = new int[teams];
    teamCost = new double[teams];
    teamOf = new int[tasks];
    Arrays.fill(teamOf, -1);
    ledger = new EarmarkLedger(index);
    for (int t = 0; t < teams; t++) {
      int[] list = start.get(t);
      lists[t] = Arrays.copyOf(list, Math.max(8, list.length * 2));
      sizes[t] = list.length;
      for (int j : list) {
        teamOf[j] = t;
        ledger.charge(j, t, 1);
      }
      setCost(t, evaluate(t, -1, -1, -1));
    }
  }

  /**
   * Improves {@code start} (task positions per team, in team order): steepest descent until a round
   * gains less than {@link #DESCENT_MIN_GAIN}, then ruin and recreate until the deadline or {@code
   * maxRecreations} (a limit makes the result reproducible, whatever the speed of the machine),
   * then a last descent.
   *
   * @param seed seeds the choice of the tasks to ruin
   * @param monitor told of each better plan, and asked whether to stop; or {@code null}
   * @return the improved schedule, tasks that would run past availability dropped
   */
  public static List<int[]> improve(
      ProblemIndex index,
      List<int[]> start,
      long deadlineNanos,
      long maxRecreations,
      long seed,
      @Nullable SearchMonitor monitor) {
    ScheduleImprover search = new ScheduleImprover(index, start, monitor);
    search.descend(deadlineNanos, DESCENT_MIN_GAIN);
    search.ruinAndRecreate(deadlineNanos, maxRecreations, new SplittableRandom(seed));
    search.descend(deadlineNanos, FINAL_MIN_GAIN);
    List<int[]> out = new ArrayList<>();
    for (int t = 0; t < index.teamCount(); t++) {
      List<Integer> list = new ArrayList<>();
      for (int k = 0; k < search.sizes[t]; k++) {
        list.add(search.lists[t][k]);
      }
      out.add(InsertionPlanner.fitting(index, t, list));
    }
    return out;
  }

  /**
   * Rounds of the best move per task until a round gains less than {@code minGain} of the objective
   * (the last rounds to a strict local optimum gain hundredths of a per cent and take as long as
   * the first; ruin and recreate uses that time better).
   */
  private void descend(long deadlineNanos, double minGain) {
    double before = objective();
    while (true) {
      boolean improved = false;
      for (int j = 0; j < index.taskCount(); j++) {
        if (inProgressTeam[j] >= 0) {
          continue;
        }
        if ((j & 63) == 0 && over(deadlineNanos)) {
          return;
        }
        improved |= teamOf[j] >= 0 ? improvePlanned(j) : improveLeftOut(j);
      }
      double after = objective();
      if (monitor != null && after < before) {
        monitor.improved(after);
      }
      if (!improved || before - after < minGain * before) {
        return;
      }
      before = after;
    }
  }

  /**
   * Large-neighbourhood search: take every task off up to three teams that compete for the same
   * work (a team drawn by its share of the objective, see {@link #costlyTeam}, and teams eligible
   * for its tasks), put them back together with the tasks left out that those teams could do by
   * regret insertion, each on any eligible team; keep the result when the objective is no worse,
   * undo it otherwise. Descent cannot make such moves: they pass through worse plans.
   */
  private void ruinAndRecreate(long deadlineNanos, long maxRecreations, SplittableRandom random) {
    int stalled = 0;
    for (long n = 0; n < maxRecreations; n++) {
      if ((n & 15) == 0 && over(deadlineNanos)) {
        return;
      }
      if ((n & 255) == 0) {
        accumulateCosts();
      }
      int first = costlyTeam(random);
      if (sizes[first] == pinned(first)) {
        continue;
      }
      int[] ruined = new int[RUIN_TEAMS];
      Arrays.fill(ruined, -1);
      ruined[0] = first;
      for (int r = 1; r < ruined.length; r++) {
        int i = lists[first][pinned(first) + random.nextInt(sizes[first] - pinned(first))];
        int b = eligibleTeams[i][random.nextInt(eligibleTeams[i].length)];
        boolean fresh = true;
        for (int q = 0; q < r; q++) {
          fresh &= ruined[q] != b;
        }
        if (fresh) {
          ruined[r] = b;
        }
      }
      boolean better = recreate(ruined, random);
      stalled = better ? 0 : stalled + 1;
      if (better && monitor != null) {
        monitor.improved(objective());
      }
      if (stalled >= STALL_LIMIT) {
        return;
      }
    }
  }

  /** Whether the deadline has passed or the monitor wants the search to stop. */
  private boolean over(long deadlineNanos) {
    return System.nanoTime() > deadlineNanos || (monitor != null && monitor.stopped());
  }

  /** Running sums of the teams' objectives, for {@link #costlyTeam}. */
  private void accumulateCosts() {
    double sum = 0;
    for (int t = 0; t < teamCost.length; t++) {
      sum += Math.max(0, teamCost[t]);
      cumulativeCost[t] = sum;
    }
  }

  /**
   * A team drawn with probability in proportion to its share of the objective (as of the last
   * {@link #accumulateCosts}): the search spends its time where the value is. On the 5,000-task
   * benchmark the non-technical survey teams, an eighth of the teams, carry three fifths of the
   * objective; drawn uniformly they got an eighth of the ruins.
   */
  private int costlyTeam(SplittableRandom random) {
    return byShare(cumulativeCost, random.nextDouble());
  }

  /**
   * The index drawn by {@code u} in [0, 1) from running sums of non-negative shares: each index
   * with probability in proportion to its share; uniform when all shares are 0.
   */
  static int byShare(double[] cumulative, double u) {
    double total = cumulative[cumulative.length - 1];
    if (total <= 0) {
      return Math.min(cumulative.length - 1, (int) (u * cumulative.length));
    }
    int k = Arrays.binarySearch(cumulative, u * total);
    // an exact hit on a running sum belongs to the next index with a share
    k = k >= 0 ? k + 1 : -k - 1;
    while (k < cumulative.length - 1 && cumulative[k] == (k == 0 ? 0 : cumulative[k - 1])) {
      k++;
    }
    return Math.min(cumulative.length - 1, k);
  }

  /** One ruin and recreation; whether it improved the plan (it is undone when worse). */
  private boolean recreate(int[] ruined, SplittableRandom random) {
    Snapshot before = new Snapshot();
    List<Integer> removed = new ArrayList<>();
    double change = 0;
    for (int t : ruined) {
      if (t < 0) {
        continue;
      }
      before.keep(t);
      for (int k = sizes[t] - 1; k >= pinned(t); k--) {
        int j = lists[t][k];
        removed.add(j);
        chosen[j] = true;
        ledger.charge(j, t, -1);
        teamOf[j] = -1;
        remove(t, k);
      }
      setCost(t, evaluate(t, -1, -1, -1));
    }
    for (int t : ruined) {
      if (t < 0) {
        continue;
      }
      for (int j : eligibleTasks[t]) {
        if (teamOf[j] < 0 && inProgressTeam[j] < 0 && !chosen[j]) {
          removed.add(j);
          chosen[j] = true;
          change -=
              PlanObjective.term(
                  value[j], penaltyDay); // left out before; counted again below if still so
        }
      }
    }
    for (int j : removed) {
      chosen[j] = false;
    }
    change += regretPlace(removed, before, random);
    change += before.teamCostChange();
    if (change > epsilon) {
      before.restore();
      return false;
    }
    return change < -epsilon;
  }

  /**
   * Regret insertion (Potvin and Rousseau 1993): of the tasks still out, put in first the one that
   * would lose most by waiting — the difference between its best place and its second best (or
   * leaving it out) — at its best place; after each insertion, only the tasks eligible for the team
   * that changed are re-priced. Tasks no place suits are left out.
   *
   * @return the penalty of the tasks left out
   */
  private double regretPlace(List<Integer> removed, Snapshot snapshot, SplittableRandom random) {
    int m = removed.size();
    double[][] delta = new double[m][];
    int[][] position = new int[m][];
    double[] noise = new double[m];
    for (int i = 0; i < m; i++) {
      int j = removed.get(i);
      delta[i] = new double[eligibleTeams[j].length];
      position[i] = new int[eligibleTeams[j].length];
      noise[i] = 1 - NOISE / 2 + NOISE * random.nextDouble();
      for (int q = 0; q < delta[i].length; q++) {
        fill(j, q, delta[i], position[i]);
      }
    }
    boolean[] done = new boolean[m];
    double leftOut = 0;
    for (int step = 0; step < m; step++) {
      int pick = -1;
      int pickQ = -1;
      double pickRegret = Double.NEGATIVE_INFINITY;
      for (int i = 0; i < m; i++) {
        if (done[i]) {
          continue;
        }
        double leave = PlanObjective.term(value[removed.get(i)], penaltyDay);
        double b1 = leave;
        double b2 = leave;
        int q1 = -1;
        for (int q = 0; q < delta[i].length; q++) {
          double d = delta[i][q];
          if (d < b1) {
            b2 = b1;
            b1 = d;
            q1 = q;
          } else if (d < b2) {
            b2 = d;
          }
        }
        if (q1 < 0) {
          continue;
        }
        double regret = (b2 - b1) * noise[i];
        if (regret > pickRegret) {
          pickRegret = regret;
          pick = i;
          pickQ = q1;
        }
      }
      if (pick < 0) {
        break;
      }
      int j = removed.get(pick);
      int b = eligibleTeams[j][pickQ];
      if (!ledger.canMove(j, -1, b)) {
        fill(j, pickQ, delta[pick], position[pick]);
        step--;
        continue;
      }
      snapshot.keep(b);
      insert(b, position[pick][pickQ], j);
      ledger.charge(j, b, 1);
      teamOf[j] = b;
      setCost(b, evaluate(b, -1, -1, -1));
      done[pick] = true;
      reprice(removed, done, b, delta, position);
    }
    for (int i = 0; i < m; i++) {
      if (!done[i]) {
        leftOut += PlanObjective.term(value[removed.get(i)], penaltyDay);
      }
    }
    return leftOut;
  }

  /** Re-prices the places of the tasks still out on team b, which has just changed. */
  private void reprice(
      List<Integer> removed, boolean[] done, int b, double[][] delta, int[][] position) {
    for (int i = 0; i < removed.size(); i++) {
      if (!done[i]) {
        int[] teams = eligibleTeams[removed.get(i)];
        for (int q = 0; q < teams.length; q++) {
          if (teams[q] == b) {
            fill(removed.get(i), q, delta[i], position[i]);
          }
        }
      }
    }
  }

  /** The best place for task j on its q-th eligible team: its cost into delta[q], position[q]. */
  private void fill(int j, int q, double[] delta, int[] position) {
    int b = eligibleTeams[j][q];
    delta[q] = Double.POSITIVE_INFINITY;
    if (!ledger.canMove(j, -1, b) || cache.lookup(j, q, delta, position)) {
      return;
    }
    int first = pinned(b);
    double[] after = insertionCosts(b, j, first);
    for (int k = first; k <= sizes[b]; k++) {
      if (after[k] - teamCost[b] < delta[q]) {
        delta[q] = after[k] - teamCost[b];
        position[q] = k;
      }
    }
    cache.store(j, q, delta[q], position[q]);
  }

  /**
   * The teams a recreation changes, as they were, with the objective and the earmarks' spending
   * before it; restores them all when the recreation is not kept.
   */
  private final class Snapshot {
    private final double[] spentBefore = ledger.spent();
    private final List<Integer> teams = new ArrayList<>();
    private final List<int[]> listsBefore = new ArrayList<>();
    private final List<Double> costsBefore = new ArrayList<>();
    private final List<Long> versionsBefore = new ArrayList<>();

    void keep(int t) {
      if (!teams.contains(t)) {
        teams.add(t);
        listsBefore.add(Arrays.copyOf(lists[t], sizes[t]));
        costsBefore.add(teamCost[t]);
        versionsBefore.add(cache.version(t));
      }
    }

    /** How much the kept teams' objectives changed since they were kept. */
    double teamCostChange() {
      double change = 0;
      for (int k = 0; k < teams.size(); k++) {
        change += teamCost[teams.get(k)] - costsBefore.get(k);
      }
      return change;
    }

    void restore() {
      for (int k = 0; k < teams.size(); k++) {
        int t = teams.get(k);
        for (int i = 0; i < sizes[t]; i++) {
          teamOf[lists[t][i]] = -1;
        }
      }
      for (int k = 0; k < teams.size(); k++) {
        int t = teams.get(k);
        int[] list = listsBefore.get(k);
        lists[t] = Arrays.copyOf(list, Math.max(8, list.length * 2));
        sizes[t] = list.length;
        teamCost[t] = costsBefore.get(k);
        cache.restore(t, versionsBefore.get(k));
        for (int j : list) {
          teamOf[j] = t;
        }
      }
      ledger.reset(spentBefore);
    }
  }

  /** The objective of the whole plan: every team's, and the tasks left out at the penalty day. */
  private double objective() {
    double sum = 0;
    for (double c : teamCost) {
      sum += c;
    }
    for (int j = 0; j < teamOf.length; j++) {
      if (teamOf[j] < 0 && inProgressTeam[j] < 0) {
        sum += PlanObjective.term(value[j], penaltyDay);
      }
    }
    return sum;
  }

  /** The best move of planned task j: relocate or swap. */
  private boolean improvePlanned(int j) {
    int a = teamOf[j];
    int at = positionOf(a, j);
    double withoutJ = evaluate(a, at, -1, -1);
    double removalGain = teamCost[a] - withoutJ;
    double best = -epsilon;
    int bestTeam = -1;
    int bestAt = -1;
    int swapWith = -1;
    double bestA = 0;
    double bestB = 0;
    for (int b : eligibleTeams[j]) {
      if (b != a && !ledger.canMove(j, a, b)) {
        continue;
      }
      int first = pinned(b);
      double[] inserted = b == a ? null : insertionCosts(b, j, first);
      for (int k = first; k <= sizes[b] - (b == a ? 1 : 0); k++) {
        double after = b == a ? evaluate(a, at, j, k) : inserted[k];
        double delta = b == a ? after - teamCost[a] : after - teamCost[b] - removalGain;
        if (delta < best) {
          best = delta;
          bestTeam = b;
          bestAt = k;
          swapWith = -1;
          bestA = b == a ? after : withoutJ;
          bestB = after;
        }
      }
      if (b == a) {
        continue;
      }
      for (int p = pinned(b); p < sizes[b]; p++) {
        int i = lists[b][p];
        if (!index.eligible(i, a) || !ledger.canSwap(j, a, i, b)) {
          continue;
        }
        double newA = evaluate(a, at, i, at);
        double newB = evaluate(b, p, j, p);
        double delta = newA - teamCost[a] + newB - teamCost[b];
        if (delta < best) {
          best = delta;
          bestTeam = b;
          bestAt = p;
          swapWith = i;
          bestA = newA;
          bestB = newB;
        }
      }
    }
    if (bestTeam < 0) {
      return false;
    }
    if (swapWith >= 0) {
      lists[a][at] = swapWith;
      lists[bestTeam][bestAt] = j;
      ledger.charge(j, a, -1);
      ledger.charge(swapWith, bestTeam, -1);
      ledger.charge(j, bestTeam, 1);
      ledger.charge(swapWith, a, 1);
      teamOf[j] = bestTeam;
      teamOf[swapWith] = a;
      setCost(a, bestA);
      setCost(bestTeam, bestB);
    } else {
      remove(a, at);
      insert(bestTeam, bestAt, j);
      ledger.charge(j, a, -1);
      ledger.charge(j, bestTeam, 1);
      teamOf[j] = bestTeam;
      setCost(a, bestA);
      setCost(bestTeam, bestB);
    }
    return true;
  }

  /** The best move of task j, left out: insert it, or let it take a planned task's place. */
  private boolean improveLeftOut(int j) {
    double leftOut = PlanObjective.term(value[j], penaltyDay);
    double best = -epsilon;
    int bestTeam = -1;
    int bestAt = -1;
    int replaced = -1;
    double bestCost = 0;
    for (int b : eligibleTeams[j]) {
      if (ledger.canMove(j, -1, b)) {
        int first = pinned(b);
        double[] after = insertionCosts(b, j, first);
        for (int k = first; k <= sizes[b]; k++) {
          double delta = after[k] - teamCost[b] - leftOut;
          if (delta < best) {
            best = delta;
            bestTeam = b;
            bestAt = k;
            replaced = -1;
            bestCost = after[k];
          }
        }
      }
      for (int p = pinned(b); p < sizes[b]; p++) {
        int i = lists[b][p];
        if (!ledger.canReplace(j, i, b)) {
          continue;
        }
        double after = evaluate(b, p, j, p);
        double delta = after - teamCost[b] - leftOut + PlanObjective.term(value[i], penaltyDay);
        if (delta < best) {
          best = delta;
          bestTeam = b;
          bestAt = p;
          replaced = i;
          bestCost = after;
        }
      }
    }
    if (bestTeam < 0) {
      return false;
    }
    if (replaced >= 0) {
      lists[bestTeam][bestAt] = j;
      ledger.charge(replaced, bestTeam, -1);
      teamOf[replaced] = -1;
    } else {
      insert(bestTeam, bestAt, j);
    }
    ledger.charge(j, bestTeam, 1);
    teamOf[j] = bestTeam;
    setCost(bestTeam, bestCost);
    return true;
  }

  /** Team t's list has changed and now costs {@code cost}. */
  private void setCost(int t, double cost) {
    teamCost[t] = cost;
    cache.changed(t);
  }

  /** {@link TeamObjective#insertionCosts} on team t's current list. */
  private double[] insertionCosts(int t, int j, int first) {
    return teamObjective.insertionCosts(t, lists[t], sizes[t], j, first);
  }

  /** Team t's objective, {@link TeamObjective#of} on its current list. */
  private double evaluate(int t, int removeAt, int insert, int insertAt) {
    return teamObjective.of(t, lists[t], sizes[t], removeAt, insert, insertAt);
  }

  private int positionOf(int t, int j) {
    for (int k = 0; k < sizes[t]; k++) {
      if (lists[t][k] == j) {
        return k;
      }
    }
    throw new IllegalStateException("task " + j + " is not on team " + t);
  }

  private int pinned(int t) {
    int n = 0;
    while (n < sizes[t] && inProgressTeam[lists[t][n]] == t) {
      n++;
    }
    return n;
  }

  private void remove(int t, int at) {
    System.arraycopy(lists[t], at + 1, lists[t], at, sizes[t] - at - 1);
    sizes[t]--;
  }

  private void insert(int t, int at, int j) {
    if (sizes[t] == lists[t].length) {
      lists[t] = Arrays.copyOf(lists[t], sizes[t] * 2);
    }
    System.arraycopy(lists[t], at, lists[t], at + 1, sizes[t] - at);
    lists[t][at] = j;
    sizes[t]++;
  }
}
