package org.reclaim.demo;

/** Reports one layer's progress to a {@link DemoProgressListener} about every 1 % of the way. */
final class Progress {
  private final DemoProgressListener listener;
  private final String layer;
  private final long total;
  private final long every;

  Progress(DemoProgressListener listener, String layer, long total) {
    this.listener = listener;
    this.layer = layer;
    this.total = Math.max(0, total);
    this.every = Math.max(1, this.total / 100);
    listener.progress(layer, 0, this.total);
  }

  /** {@code done} items made so far. */
  void step(long done) {
    if (done % every == 0 && done < total) {
      listener.progress(layer, done, total);
    }
  }

  /** The layer is complete. */
  void done() {
    listener.progress(layer, total, total);
  }
}
