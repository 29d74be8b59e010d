package org.reclaim.demo;

import java.time.LocalDate;

/**
 * Times a preset by hand (not a test: the national preset takes too long for the suite).
 *
 * <pre>{@code
 * java -Xmx6g -cp <test classpath> org.reclaim.demo.NationalGenerationTiming national
 * }</pre>
 */
public final class NationalGenerationTiming {
  private NationalGenerationTiming() {}

  public static void main(String[] args) {
    DemoParameters p =
        args.length > 0 && args[0].equals("demo")
            ? DemoParameters.demo()
            : DemoParameters.national();
    long t0 = System.nanoTime();
    DemoDataSet set =
        DemoDataGenerator.generate(
            p,
            LocalDate.of(2026, 11, 22),
            (layer, done, total) -> {
              if (done == total) {
                System.out.printf(
                    "%8.1f s  %s: %,d%n", (System.nanoTime() - t0) / 1e9, layer, total);
              }
            });
    long used = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
    System.out.printf(
        "total %.1f s; %,d areas, %,d evidence, %,d parcels, %,d roads, %,d tasks, %,d releases;"
            + " heap in use %,d MiB%n",
        (System.nanoTime() - t0) / 1e9,
        set.hazardousAreas().size(),
        set.evidence().size(),
        set.parcels().size(),
        set.roads().size(),
        set.tasks().size(),
        set.landReleases().size(),
        used >> 20);
  }
}
