package org.reclaim.app.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.reclaim.bench.demo.DemoProgressListener;

/**
 * Progress bars on the terminal for long work, one bar per layer. Output goes to standard error so
 * that standard output stays clean for results.
 */
final class ProgressBars implements DemoProgressListener, AutoCloseable {
  private String layer;
  private ProgressBar bar;

  @Override
  public void progress(String name, long done, long total) {
    if (!name.equals(layer)) {
      close();
      layer = name;
      bar =
          new ProgressBarBuilder()
              .setTaskName(String.format("%-22s", name))
              .setInitialMax(Math.max(total, 1))
              .setStyle(ProgressBarStyle.ASCII)
              .continuousUpdate()
              .setUpdateIntervalMillis(250)
              .build();
    }
    bar.maxHint(Math.max(total, 1));
    bar.stepTo(done);
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
      bar = null;
    }
  }
}
