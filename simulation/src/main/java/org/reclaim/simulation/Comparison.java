package org.reclaim.simulation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Policies compared on the same seeds: every policy runs one campaign on each seed's world (the
 * same truth, the same luck), campaigns in parallel on {@link SimulationParameters#threads}
 * threads; the results are summarised per policy with 95 % intervals over the seeds.
 *
 * <p>Deterministic: the same seeds and parameters give the same numbers, whatever the threads.
 */
public final class Comparison {
  /** Told how far the comparison has got. */
  @FunctionalInterface
  public interface Progress {
    Progress NONE = (done, total, last) -> {};

    /**
     * @param done campaigns finished
     * @param total campaigns in all
     * @param last the campaign just finished
     */
    void progress(int done, int total, CampaignResult last);
  }

  /**
   * A policy to compare: its name, whether it is today's practice, and how to make one for a
   * campaign (policies keep state, so each campaign gets its own).
   */
  public record Entry(String name, boolean statusQuo, Supplier<Policy> factory) {}

  private Comparison() {}

  /**
   * Runs every policy on every seed.
   *
   * @param seeds the worlds' seeds
   */
  public static ComparisonResult run(
      SimulationParameters parameters, List<Long> seeds, List<Entry> policies, Progress progress) {
    if (seeds.isEmpty() || policies.isEmpty()) {
      throw new IllegalArgumentException("seeds and policies: at least one of each");
    }
    int total = seeds.size() * policies.size();
    Map<Long, World> worlds = new ConcurrentHashMap<>();
    Map<Long, AtomicInteger> left = new ConcurrentHashMap<>();
    seeds.forEach(s -> left.put(s, new AtomicInteger(policies.size())));
    AtomicInteger done = new AtomicInteger();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            parameters.threads(),
            r -> {
              Thread t = new Thread(r, "campaign");
              t.setDaemon(true);
              return t;
            });
    try {
      List<Future<CampaignResult>> futures = new ArrayList<>();
      List<Entry> of = new ArrayList<>();
      for (long seed : seeds) {
        for (Entry e : policies) {
          futures.add(
              pool.submit(
                  () -> {
                    World world =
                        worlds.computeIfAbsent(
                            seed, s -> World.generate(s, parameters.demoScale()));
                    CampaignResult r =
                        new Campaign(world, parameters, e.factory().get(), e.name()).run();
                    if (left.get(seed).decrementAndGet() == 0) {
                      worlds.remove(seed);
                    }
                    synchronized (progress) {
                      progress.progress(done.incrementAndGet(), total, r);
                    }
                    return r;
                  }));
          of.add(e);
        }
      }
      Map<String, List<CampaignResult>> byPolicy = new LinkedHashMap<>();
      policies.forEach(e -> byPolicy.put(e.name(), new ArrayList<>()));
      List<CampaignResult> results = new ArrayList<>(total);
      for (int k = 0; k < futures.size(); k++) {
        CampaignResult r = futures.get(k).get();
        results.add(r);
        byPolicy.get(of.get(k).name()).add(r);
      }
      List<PolicySummary> summaries = new ArrayList<>();
      for (Entry e : policies) {
        summaries.add(PolicySummary.of(e.name(), e.statusQuo(), byPolicy.get(e.name())));
      }
      return ComparisonResult.of(parameters, seeds, summaries, results);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("comparison interrupted", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r
          ? r
          : new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }
}
