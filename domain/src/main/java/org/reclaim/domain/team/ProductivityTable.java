package org.reclaim.domain.team;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;
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
   * MANUAL/FLAT/LIGHT=250;TS/FLAT/LIGHT=2000}, cells sorted, whole rates without a decimal point.
   * Used to store the table in one column and to exchange it in files; {@link #parse} reads it.
   */
  public String toText() {
    return m2PerDay.entrySet().stream()
        .map(
            e -> {
              Key k = e.getKey();
              double v = e.getValue();
              String rate = v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
              return k.method() + "/" + k.terrain() + "/" + k.vegetation() + "=" + rate;
            })
        .sorted()
        .collect(Collectors.joining(";"));
  }

  /**
   * Reads the text form of {@link #toText()}. Names are case-insensitive; {@code *} in the terrain
   * or vegetation position stands for every value, and later cells override earlier ones, so {@code
   * MANUAL/*}{@code /*=150;MANUAL/FLAT/NONE=300} is 150 m²/day everywhere except flat bare ground.
   * Blank text is an empty table (a team that releases no land, such as EOD).
   *
   * @throws DomainException naming the cell that cannot be read
   */
  public static ProductivityTable parse(String text) {
    Builder b = builder();
    if (text == null) {
      return b.build();
    }
    for (String raw : text.split(";", -1)) {
      String cell = raw.strip();
      if (cell.isEmpty()) {
        continue;
      }
      int eq = cell.indexOf('=');
      String[] key = eq < 0 ? new String[0] : cell.substring(0, eq).split("/", -1);
      if (key.length != 3) {
        throw cellError(cell, "is not METHOD/TERRAIN/VEGETATION=m2PerDay");
      }
      ReleaseMethod method = value(ReleaseMethod.class, key[0], cell);
      double rate = rate(cell.substring(eq + 1), cell);
      for (Terrain terrain : values(Terrain.class, key[1], cell)) {
        for (Vegetation vegetation : values(Vegetation.class, key[2], cell)) {
          b.put(method, terrain, vegetation, rate);
        }
      }
    }
    return b.build();
  }

  private static <E extends Enum<E>> Set<E> values(Class<E> type, String name, String cell) {
    return name.strip().equals("*") ? EnumSet.allOf(type) : EnumSet.of(value(type, name, cell));
  }

  private static <E extends Enum<E>> E value(Class<E> type, String name, String cell) {
    String n = name.strip().toUpperCase(Locale.ROOT);
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(n)) {
        return e;
      }
    }
    throw cellError(
        cell,
        "has unknown '"
            + name.strip()
            + "'; expected one of "
            + Arrays.toString(type.getEnumConstants()));
  }

  private static double rate(String text, String cell) {
    try {
      double v = Double.parseDouble(text.strip());
      if (v > 0 && Double.isFinite(v)) {
        return v;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw cellError(cell, "must give a rate in m²/day > 0");
  }

  private static DomainException cellError(String cell, String reason) {
    return new DomainException("ProductivityTable", "productivity", "'" + cell + "' " + reason);
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
