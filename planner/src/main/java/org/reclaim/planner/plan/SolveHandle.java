package org.reclaim.planner.plan;

/**
 * Lets another thread stop a solve early: {@link #cancel()} ends the search at the next step and
 * the solve returns the best plan found so far. One handle per solve. Thread safe.
 */
public final class SolveHandle {
  private volatile boolean cancelled;
  private volatile Runnable terminator;

  /** A handle not yet cancelled. */
  public SolveHandle() {}

  /** Stops the search as soon as possible; calling it again does nothing more. */
  public void cancel() {
    cancelled = true;
    Runnable t = terminator;
    if (t != null) {
      t.run();
    }
  }

  /** Whether {@link #cancel()} has been called. */
  public boolean isCancelled() {
    return cancelled;
  }

  /**
   * Called by the planner with the action that stops its search; runs it at once if the handle is
   * already cancelled.
   */
  public void onCancel(Runnable action) {
    terminator = action;
    if (cancelled) {
      action.run();
    }
  }
}
