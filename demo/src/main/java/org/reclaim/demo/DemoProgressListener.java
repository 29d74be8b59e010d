package org.reclaim.demo;

/**
 * Told how far generation has got, layer by layer, so a CLI can draw a progress bar.
 *
 * <p>Called on the generating thread, in order: for each layer first with {@code done == 0}, then
 * every so often, and last with {@code done == total}. Implementations should return quickly.
 */
@FunctionalInterface
public interface DemoProgressListener {

  /** A listener that ignores every report. */
  DemoProgressListener NONE = (layer, done, total) -> {};

  /**
   * @param layer name of the layer being generated, e.g. {@code "hazardous areas"}
   * @param done items of that layer made so far, {@code 0 <= done <= total}
   * @param total items the layer will hold (an estimate for derived layers)
   */
  void progress(String layer, long done, long total);
}
