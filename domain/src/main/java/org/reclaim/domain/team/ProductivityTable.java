package org.reclaim.domain.team;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import org.reclaim.domain.Check;
import org.reclaim.domain.DomainException;
import org.reclaim.domain.hazard.Terrain;
import org.reclaim.domain.hazard.Vegetation;
import org.reclaim.domain.task.ReleaseMethod;

/**
 * Area a team releases per working day, by method × terrain × vegetation, in m²/day. A missing
 * entry means the team cannot apply that method there (a flail cannot work steep slopes).
 *
 * <p>Immutable; thread safe.
 */
public final class ProductivityTable {
  private final Map<Key, Double> m2PerDay;

  private ProductivityTable(Map<Key, Double> m2PerDay) {
    this.m2PerDay = Map.copyOf(m2PerDay);
  }

  /** One cell of the table. */
  public record Key(ReleaseMethod method, Terrain terrain, Vegetation vegetation) {
    public Key {
      Check.notNull("ProductivityTable", "method", method);
      Check.notNull("ProductivityTable", "terrain", terrain);
      Check.notNull("ProductivityTable", "vegetation", vegetation);
    }
  }

  /** A table from its cells; every rate must be {@code > 0} m²/day. */
  public static ProductivityTable of(Map<Key, Double> m2PerDay) {
    m2PerDay.forEach((k, v) -> Check.positive("ProductivityTable", "m2PerDay[" + k + "]", v));
    return new ProductivityTable(m2PerDay);
  }

  /** m²/day for the cell, or empty when the team cannot work there with that method. */
  public OptionalDouble m2PerDay(ReleaseMethod method, Terrain terrain, Vegetation vegetation) {
    Double v = m2PerDay.get(new Key(method, terrain, vegetation));
    return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
  }

  /** All cells, unmodifiable. */
  public Map<Key, Double> cells() {
    return m2PerDay;
  }

  /**
   * The compact text form {@code METHOD/TERRAIN/VEGETATION=m2PerDay;...}, e.g. {@code
   * MANUAL/FLAT/LIGHT=250;TS/FLAT/LIGHT=2000}, cells in a stable order. Used to store the table in
   * one column and to exchange it in CSV files; {@link #parse} reads it back.
   */
  public String toText() {
    StringBuilder sb = new StringBuilder();
    m2PerDay.entrySet().stream()
        .sorted(
            Comparator.comparing((Map.Entry<Key, Double> e) -> e.getKey().method())
                .thenComparing(e -> e.getKey().terrain())
                .thenComparing(e -> e.getKey().vegetation()))
        .forEach(
            e -> {
              if (!sb.isEmpty()) {
                sb.append(';');
              }
              Key k = e.getKey();
              sb.append(k.method()).append('/').append(k.terrain()).append('/');
              sb.append(k.vegetation()).append('=').append(e.getValue());
            });
    return sb.toString();
  }

  /**
   * Reads the text form of {@link #toText()}; names are case-insensitive, blank text is an empty
   * table.
   *
   * @throws DomainException naming the cell that cannot be read
   */
  public static ProductivityTable parse(String text) {
    Builder b = builder();
    if (text == null || text.isBlank()) {
      return b.build();
    }
    for (String cell : text.split(";")) {
      String c = cell.strip();
      if (c.isEmpty()) {
        continue;
      }
      int eq = c.indexOf('=');
      String[] key = eq < 0 ? new String[0] : c.substring(0, eq).split("/");
      if (key.length != 3) {
        throw new DomainException(
            "ProductivityTable",
            "productivity",
            "cell '" + c + "' is not METHOD/TERRAIN/VEGETATION=m2");
      }
      try {
        b.put(
            ReleaseMethod.valueOf(key[0].strip().toUpperCase(Locale.ROOT)),
            Terrain.valueOf(key[1].strip().toUpperCase(Locale.ROOT)),
            Vegetation.valueOf(key[2].strip().toUpperCase(Locale.ROOT)),
            Double.parseDouble(c.substring(eq + 1).strip()));
      } catch (IllegalArgumentException e) {
        throw new DomainException(
            "ProductivityTable", "productivity", "cell '" + c + "': " + e.getMessage());
      }
    }
    return b.build();
  }

  /** A builder for tables assembled cell by cell. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ProductivityTable t && t.m2PerDay.equals(m2PerDay);
  }

  @Override
  public int hashCode() {
    return m2PerDay.hashCode();
  }

  @Override
  public String toString() {
    return "ProductivityTable" + m2PerDay;
  }

  /** Assembles a table cell by cell. */
  public static final class Builder {
    private final Map<Key, Double> cells = new HashMap<>();

    private Builder() {}

    /** Sets one cell, m²/day. */
    public Builder put(ReleaseMethod method, Terrain terrain, Vegetation vegetation, double m2) {
      cells.put(new Key(method, terrain, vegetation), m2);
      return this;
    }

    public ProductivityTable build() {
      return of(cells);
    }
  }
}
