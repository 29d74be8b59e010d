package org.reclaim.analysis.scoring;

/**
 * One column of a {@link DecisionMatrix}: a name unique within the matrix, the {@link Direction} in
 * which it is better, and an optional unit for display ({@code "people"}, {@code "m2"}, {@code
 * "USD"}). The unit plays no part in the arithmetic: both normalisations and TOPSIS are unit-free.
 *
 * @param name non-blank, stripped of surrounding white space
 * @param direction whether larger values are better
 * @param unit the unit of the raw values, or {@code null} when dimensionless or unknown (a blank
 *     unit is stored as {@code null})
 */
public record Criterion(String name, Direction direction, String unit) {

  /** Validates the name and direction. */
  public Criterion {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("criterion name is required and must not be blank");
    }
    name = name.strip();
    if (direction == null) {
      throw new IllegalArgumentException("criterion '" + name + "': direction is required");
    }
    unit = unit == null || unit.isBlank() ? null : unit.strip();
  }

  /** A criterion where larger values are better, without unit. */
  public static Criterion benefit(String name) {
    return new Criterion(name, Direction.BENEFIT, null);
  }

  /** A criterion where smaller values are better, without unit. */
  public static Criterion cost(String name) {
    return new Criterion(name, Direction.COST, null);
  }
}
