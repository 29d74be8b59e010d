package org.reclaim.planner.greedy;

import java.util.Arrays;
import org.reclaim.planner.problem.ProblemIndex;

/**
 * What each funding earmark has been charged by a plan being built or changed, and whether a change
 * keeps every earmark within its amount (a cent's tolerance for rounding). A task is charged its
 * team's cost (day rate × working days) to the earmark that funds it. Not thread safe: one per
 * search.
 */
final class EarmarkLedger {
  private final ProblemIndex index;
  private final double[] spent;
  private final double[] budget;

  EarmarkLedger(ProblemIndex index) {
    this.index = index;
    spent = new double[index.problem().earmarks().size()];
    budget = new double[spent.length];
    for (int e = 0; e < budget.length; e++) {
      budget[e] = index.problem().earmarks().get(e).amountUsd() + 0.005;
    }
  }

  /** Adds ({@code sign} 1) or takes back (-1) task j's cost on team t. */
  void charge(int j, int t, int sign) {
    int e = index.earmark(j);
    if (e >= 0) {
      spent[e] += sign * index.costUsd(j, t);
    }
  }

  /** Whether moving task j from team {@code from} (-1: left out) to {@code to} keeps its budget. */
  boolean canMove(int j, int from, int to) {
    int e = index.earmark(j);
    if (e < 0) {
      return true;
    }
    double before = from < 0 ? 0 : index.costUsd(j, from);
    return spent[e] - before + index.costUsd(j, to) <= budget[e];
  }

  /** Whether task j (on team a) and task i (on team b) may change teams. */
  boolean canSwap(int j, int a, int i, int b) {
    int ej = index.earmark(j);
    int ei = index.earmark(i);
    double changeJ = ej < 0 ? 0 : index.costUsd(j, b) - index.costUsd(j, a);
    double changeI = ei < 0 ? 0 : index.costUsd(i, a) - index.costUsd(i, b);
    if (ej >= 0 && ej == ei) {
      return spent[ej] + changeJ + changeI <= budget[ej];
    }
    return (ej < 0 || spent[ej] + changeJ <= budget[ej])
        && (ei < 0 || spent[ei] + changeI <= budget[ei]);
  }

  /** Whether task j (left out) may take planned task i's place on team b. */
  boolean canReplace(int j, int i, int b) {
    int ej = index.earmark(j);
    if (ej < 0) {
      return true;
    }
    double freed = index.earmark(i) == ej ? index.costUsd(i, b) : 0;
    return spent[ej] - freed + index.costUsd(j, b) <= budget[ej];
  }

  /** A copy of what each earmark has been charged. */
  double[] spent() {
    return spent.clone();
  }

  /** Sets what each earmark has been charged, from {@link #spent()}. */
  void reset(double[] charged) {
    System.arraycopy(charged, 0, spent, 0, spent.length);
  }

  /** Nothing charged. */
  void clear() {
    Arrays.fill(spent, 0);
  }
}
