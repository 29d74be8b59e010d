package org.reclaim.io.layer;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.reclaim.domain.hazard.Terrain;
import org.reclaim.domain.hazard.Vegetation;
import org.reclaim.domain.task.ReleaseMethod;
import org.reclaim.domain.team.ProductivityTable;

/**
 * The compact text form of a {@link ProductivityTable}, one cell per item, items separated by
 * {@code ;}:
 *
 * <pre>METHOD/TERRAIN/VEGETATION=m2PerDay</pre>
 *
 * <p>e.g. {@code MANUAL/FLAT/LIGHT=250;TS/FLAT/LIGHT=2000}. {@code *} in the terrain or vegetation
 * position stands for every value, and later items override earlier ones, so {@code
 * MANUAL/*\/*=150;MANUAL/FLAT/NONE=300} gives 150 m²/day everywhere except flat bare ground. Names
 * are case-insensitive; rates are m²/day, {@code > 0}. In GeoJSON the same cells may be given as an
 * object: {@code {"MANUAL/FLAT/LIGHT": 250}}.
 *
 * <p>Thread safe: stateless.
 */
public final class ProductivityText {
  private static final EnumLookup<ReleaseMethod> METHODS = EnumLookup.of(ReleaseMethod.class);
  private static final EnumLookup<Terrain> TERRAINS = EnumLookup.of(Terrain.class);
  private static final EnumLookup<Vegetation> VEGETATION = EnumLookup.of(Vegetation.class);

  private ProductivityText() {}

  /**
   * Parses the text form.
   *
   * @throws IllegalArgumentException naming the bad item, when the text is malformed
   */
  public static ProductivityTable parse(String text) {
    ProductivityTable.Builder table = ProductivityTable.builder();
    int cells = 0;
    for (String raw : text.split(";", -1)) {
      String item = raw.strip();
      if (item.isEmpty()) {
        continue;
      }
      int eq = item.indexOf('=');
      String[] key = eq < 0 ? new String[0] : item.substring(0, eq).split("/", -1);
      if (key.length != 3) {
        throw new IllegalArgumentException(
            "item '" + item + "' is not METHOD/TERRAIN/VEGETATION=m2PerDay");
      }
      ReleaseMethod method = lookup(METHODS, key[0], item);
      Set<Terrain> terrains = all(TERRAINS, Terrain.class, key[1], item);
      Set<Vegetation> vegetation = all(VEGETATION, Vegetation.class, key[2], item);
      double m2PerDay = rate(item.substring(eq + 1).strip(), item);
      for (Terrain terrain : terrains) {
        for (Vegetation v : vegetation) {
          table.put(method, terrain, v, m2PerDay);
          cells++;
        }
      }
    }
    if (cells == 0) {
      throw new IllegalArgumentException("no cells: give at least one METHOD/TERRAIN/VEGETATION=n");
    }
    return table.build();
  }

  /** The text form of {@code table}, cells sorted, without wildcards. */
  public static String format(ProductivityTable table) {
    return table.cells().entrySet().stream()
        .map(ProductivityText::cell)
        .sorted()
        .collect(Collectors.joining(";"));
  }

  private static String cell(Map.Entry<ProductivityTable.Key, Double> e) {
    ProductivityTable.Key k = e.getKey();
    double v = e.getValue();
    String rate = v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    return k.method() + "/" + k.terrain() + "/" + k.vegetation() + "=" + rate;
  }

  private static <E extends Enum<E>> E lookup(EnumLookup<E> lookup, String name, String item) {
    E found = lookup.find(name.strip());
    if (found == null) {
      throw new IllegalArgumentException(
          "unknown '" + name.strip() + "' in '" + item + "'; expected one of " + lookup.expected());
    }
    return found;
  }

  private static <E extends Enum<E>> Set<E> all(
      EnumLookup<E> lookup, Class<E> type, String name, String item) {
    return name.strip().equals("*") ? EnumSet.allOf(type) : EnumSet.of(lookup(lookup, name, item));
  }

  private static double rate(String text, String item) {
    try {
      double v = Double.parseDouble(text);
      if (v > 0 && Double.isFinite(v)) {
        return v;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException("rate in '" + item + "' must be a number of m²/day > 0");
  }
}
