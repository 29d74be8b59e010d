package org.reclaim.planner.plan;

import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How long and how the solver searches.
 *
 * @param timeLimit wall-clock limit for the whole solve, starts included, {@code > 0} (the plan is
 *     assembled and analysed after it, typically well under a second)
 * @param moveLimit local search moves to evaluate, or {@code null} for no limit; with a move limit
 *     and a generous time limit the result depends only on the seed, so tests use it. (Moves, not
 *     steps: at a strict local optimum late acceptance may accept no move, so a step never ends.)
 * @param randomSeed seed of the solver's random generator; same seed, same steps, same plan
 * @param warmStart start from the best of the greedy plan, the WSPT list schedule ({@link
 *     org.reclaim.planner.greedy.WsptPlanner}) and best insertion ({@link
 *     org.reclaim.planner.greedy.InsertionPlanner}) rather than from Timefold's construction
 *     heuristic alone; the solver's plan is then never worse than the greedy one
 * @param replanPriceDays re-planning only: a task of the plan being replaced moves to another team
 *     (or out of the plan) only when that gains the objective more than this many days of the
 *     task's value; {@code >= 0}. At 0, any gain moves it, and the stability level only breaks
 *     ties.
 */
public record SolveOptions(
    Duration timeLimit,
    @Nullable Long moveLimit,
    long randomSeed,
    boolean warmStart,
    double replanPriceDays) {

  /** The seed used unless another is given. */
  public static final long DEFAULT_SEED = 0;

  /** The re-planning price used unless another is given, days of a task's value. */
  public static final double DEFAULT_REPLAN_PRICE_DAYS = 1;

  public SolveOptions {
    Objects.requireNonNull(timeLimit, "SolveOptions.timeLimit");
    if (timeLimit.isNegative() || timeLimit.isZero()) {
      throw new IllegalArgumentException("SolveOptions.timeLimit must be > 0");
    }
    if (moveLimit != null && moveLimit < 0) {
      throw new IllegalArgumentException("SolveOptions.moveLimit must be >= 0");
    }
    if (!isReplanPrice(replanPriceDays)) {
      throw new IllegalArgumentException("SolveOptions.replanPriceDays must be a number >= 0");
    }
  }

  /**
   * Whether {@code days} may be a re-planning price: a finite number {@code >= 0}. For callers that
   * refuse a bad price in their own words before building options.
   */
  public static boolean isReplanPrice(double days) {
    return days >= 0 && !Double.isInfinite(days);
  }

  /** Search for {@code timeLimit}, warm-started from the greedy plan. */
  public static SolveOptions ofTimeLimit(Duration timeLimit) {
    return new SolveOptions(timeLimit, null, DEFAULT_SEED, true, DEFAULT_REPLAN_PRICE_DAYS);
  }

  /** Evaluate {@code moves} local search moves (for at most ten minutes), warm-started. */
  public static SolveOptions ofMoveLimit(long moves) {
    return new SolveOptions(
        Duration.ofMinutes(10), moves, DEFAULT_SEED, true, DEFAULT_REPLAN_PRICE_DAYS);
  }

  /** A copy that starts with or without the greedy plan. */
  public SolveOptions withWarmStart(boolean warm) {
    return new SolveOptions(timeLimit, moveLimit, randomSeed, warm, replanPriceDays);
  }

  /** A copy with another time limit ({@code > 0}). */
  public SolveOptions withTimeLimit(Duration limit) {
    return new SolveOptions(limit, moveLimit, randomSeed, warmStart, replanPriceDays);
  }

  /** A copy with another seed. */
  public SolveOptions withRandomSeed(long seed) {
    return new SolveOptions(timeLimit, moveLimit, seed, warmStart, replanPriceDays);
  }

  /** A copy with another re-planning price, days of a task's value ({@code >= 0}). */
  public SolveOptions withReplanPriceDays(double days) {
    return new SolveOptions(timeLimit, moveLimit, randomSeed, warmStart, days);
  }
}
