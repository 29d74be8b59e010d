package org.reclaim.app.cli;

import java.io.PrintStream;
import java.util.Locale;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.reclaim.demo.DemoProgressListener;

/**
 * Progress of long work, one step (a layer, the criteria) at a time, on standard error so that
 * standard output stays clean for results: a bar per step on an interactive terminal, else a plain
 * line when a step starts, every {@link #PLAIN_EVERY_MS} while it runs, and when it ends ({@link
 * Terminal#interactive()}).
 *
 * <p>Not thread safe: callers on several threads synchronise on it.
 */
final class ProgressBars implements DemoProgressListener, AutoCloseable {
  /** How often a plain line is printed while a step runs, ms. */
  static final long PLAIN_EVERY_MS = 5_000;

  private final boolean bars;
  private final PrintStream out;
  private String step;
  private ProgressBar bar;
  private long lastLine;
  private boolean ended;

  ProgressBars() {
    this(Terminal.interactive(), System.err);
  }

  /**
   * @param bars draw bars (a terminal) rather than plain lines
   * @param out where plain lines go
   */
  ProgressBars(boolean bars, PrintStream out) {
    this.bars = bars;
    this.out = out;
  }

  @Override
  public void progress(String name, long done, long total) {
    if (!name.equals(step)) {
      close();
      step = name;
      ended = false;
      lastLine = Long.MIN_VALUE;
      if (bars) {
        bar =
            new ProgressBarBuilder()
                .setTaskName(String.format("%-22s", name))
                .setInitialMax(Math.max(total, 1))
                .setStyle(ProgressBarStyle.ASCII)
                .continuousUpdate()
                .setUpdateIntervalMillis(250)
                .build();
      }
    }
    if (bars) {
      bar.maxHint(Math.max(total, 1));
      bar.stepTo(done);
      return;
    }
    long now = System.nanoTime() / 1_000_000;
    boolean last = done >= total;
    if ((last && !ended) || lastLine == Long.MIN_VALUE || now - lastLine >= PLAIN_EVERY_MS) {
      lastLine = now;
      ended = last;
      out.printf(
          Locale.ROOT,
          "  %-22s %,d / %,d (%d %%)%n",
          name,
          done,
          total,
          total <= 0 ? 100 : Math.round(100.0 * done / total));
    }
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
      bar = null;
    }
  }
}
