package org.reclaim.demo;

/**
 * What {@link DemoDataGenerator} makes: a seed and the size of every layer.
 *
 * <p>Counts are targets: layers derived from others (evidence per area, road segments cut from
 * links between settlements) land within a few per cent of them. Tasks and land releases are not
 * counted here; they follow from the areas, the teams and {@code historyDays}.
 *
 * @param seed seed of every random draw; the same parameters give an equal data set
 * @param hazardousAreas hazardous areas (SHA and CHA), {@code >= 1}
 * @param evidence evidence records, linked and unlinked, {@code >= 0}
 * @param settlements settlements, {@code >= 1}
 * @param roadSegments road and railway segments, {@code >= 0}
 * @param parcels agricultural parcels, {@code >= 0}
 * @param infrastructure critical infrastructure sites, {@code >= 0}
 * @param recoveryProjects recovery projects, {@code >= 0}
 * @param operators operators, {@code >= 1}
 * @param teams teams of all types, {@code >= 1}
 * @param historyDays days of task and release history before {@code today}, {@code >= 1}
 */
public record DemoParameters(
    long seed,
    int hazardousAreas,
    int evidence,
    int settlements,
    int roadSegments,
    int parcels,
    int infrastructure,
    int recoveryProjects,
    int operators,
    int teams,
    int historyDays) {

  /** Seed of the presets. */
  public static final long DEFAULT_SEED = 20_220_224L;

  public DemoParameters {
    atLeast("hazardousAreas", hazardousAreas, 1);
    atLeast("evidence", evidence, 0);
    atLeast("settlements", settlements, 1);
    atLeast("roadSegments", roadSegments, 0);
    atLeast("parcels", parcels, 0);
    atLeast("infrastructure", infrastructure, 0);
    atLeast("recoveryProjects", recoveryProjects, 0);
    atLeast("operators", operators, 1);
    atLeast("teams", teams, 1);
    atLeast("historyDays", historyDays, 1);
  }

  /**
   * The demo: about 3,000 hazardous areas, 30,000 evidence records, 2,000 settlements, 10,000 road
   * segments, 20,000 parcels, 120 operators, 600 teams and a year of history. Generates in seconds.
   */
  public static DemoParameters demo() {
    return new DemoParameters(
        DEFAULT_SEED, 3_000, 30_000, 2_000, 10_000, 20_000, 1_500, 300, 120, 600, 365);
  }

  /**
   * The national benchmark set of docs/benchmarks.md ("Targets"): 200,000 areas, 2,000,000 evidence
   * points, 1,000,000 parcels, 30,000 settlements and 500,000 road segments, with 120 operators and
   * 800 teams (about Ukraine's workforce of 3,500 deminers in 2023, mine_action_figures.csv UA22).
   */
  public static DemoParameters national() {
    return new DemoParameters(
        DEFAULT_SEED, 200_000, 2_000_000, 30_000, 500_000, 1_000_000, 20_000, 3_000, 120, 800, 365);
  }

  /**
   * These parameters with every count multiplied by {@code factor} (rounded, at least the minimum
   * each field allows); seed and history length unchanged. {@code scaled(0.1)} makes a small set
   * for tests.
   */
  public DemoParameters scaled(double factor) {
    if (!(factor > 0) || Double.isInfinite(factor)) {
      throw new IllegalArgumentException("factor must be a finite number > 0, was " + factor);
    }
    return new DemoParameters(
        seed,
        scale(hazardousAreas, factor, 1),
        scale(evidence, factor, 0),
        scale(settlements, factor, 1),
        scale(roadSegments, factor, 0),
        scale(parcels, factor, 0),
        scale(infrastructure, factor, 0),
        scale(recoveryProjects, factor, 0),
        scale(operators, factor, 1),
        scale(teams, factor, 1),
        historyDays);
  }

  /** These parameters with another seed. */
  public DemoParameters withSeed(long newSeed) {
    return new DemoParameters(
        newSeed,
        hazardousAreas,
        evidence,
        settlements,
        roadSegments,
        parcels,
        infrastructure,
        recoveryProjects,
        operators,
        teams,
        historyDays);
  }

  private static int scale(int count, double factor, int min) {
    return (int) Math.max(min, Math.min(Integer.MAX_VALUE, Math.round(count * factor)));
  }

  private static void atLeast(String field, int value, int min) {
    if (value < min) {
      throw new IllegalArgumentException(field + " must be >= " + min + ", was " + value);
    }
  }
}
