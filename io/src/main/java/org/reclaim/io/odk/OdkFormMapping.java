package org.reclaim.io.odk;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.reclaim.io.Layer;
import org.reclaim.io.layer.LayerMappers;

/**
 * How the answers of an ODK Collect / KoboToolbox form become Reclaim fields: for each field of the
 * {@code evidence} and {@code hazardous-areas} layers, the form field(s) it is read from, and how
 * form choices translate into the values Reclaim reads.
 *
 * <p>Entries, in the format of {@code nts-form-mapping.properties} (the defaults, written for the
 * sample form {@code docs/examples/nts-form.xlsx}):
 *
 * <ul>
 *   <li>{@code <layer>.<field> = <source>[|<source>...]}: the first source with a value wins. A
 *       source is a form field's name (its group path may be left out), {@code const:<text>}, or
 *       {@code @instance_id} / {@code @item_types}. {@code <field>} is a field of the layer or
 *       {@code geometry}. An empty value unmaps the field.
 *   <li>{@code <layer>.<field>.<choice> = <value>}: the choice {@code <choice>} of that field
 *       stands for {@code <value>}, e.g. {@code evidence.reliability.high = 0.9}.
 *   <li>{@code instance_id}, {@code items}, {@code items.type}, {@code items.count}: where the
 *       instance id and the repeat group of explosive ordnance items are.
 * </ul>
 *
 * <p>Names and choices are compared without regard to case. Immutable; thread safe.
 */
public final class OdkFormMapping {
  /** The layers a form submission can be imported into. */
  public static final Set<Layer> LAYERS = Set.of(Layer.EVIDENCE, Layer.HAZARDOUS_AREAS);

  /** Sources that are not form fields. */
  static final String INSTANCE_ID = "@instance_id";

  static final String ITEM_TYPES = "@item_types";
  static final String CONSTANT = "const:";

  private static final Set<String> GLOBAL_KEYS =
      Set.of("instance_id", "items", "items.type", "items.count");

  private static final OdkFormMapping DEFAULTS = new OdkFormMapping(loadDefaults());

  private final Map<String, String> entries;

  private OdkFormMapping(Map<String, String> entries) {
    this.entries = Collections.unmodifiableMap(new TreeMap<>(entries));
  }

  /** The mapping for the sample NTS form ({@code docs/examples/nts-form.xlsx}). */
  public static OdkFormMapping defaults() {
    return DEFAULTS;
  }

  /**
   * The defaults with the entries of a mapping file ({@code .properties}, UTF-8) over them.
   *
   * @throws IllegalArgumentException naming the first unknown key or source
   * @throws IOException when the file cannot be read
   */
  public static OdkFormMapping load(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return DEFAULTS.with(read(in));
    }
  }

  /**
   * This mapping with {@code overrides} over it, e.g. {@code Map.of("evidence.source", "const:HALO
   * Trust")}.
   *
   * @throws IllegalArgumentException naming the first unknown key or source
   */
  public OdkFormMapping with(Map<String, String> overrides) {
    Map<String, String> merged = new TreeMap<>(entries);
    for (Map.Entry<String, String> e : overrides.entrySet()) {
      String key = e.getKey().strip().toLowerCase(Locale.ROOT);
      String value = e.getValue() == null ? "" : e.getValue().strip();
      check(key, value);
      merged.put(key, value);
    }
    return new OdkFormMapping(merged);
  }

  /** Every entry, keys lower case, sorted. */
  public Map<String, String> entries() {
    return entries;
  }

  /** The sources of {@code key} in order; empty when unmapped. */
  List<String> sources(String key) {
    String value = entries.get(key);
    List<String> sources = new ArrayList<>();
    if (value != null) {
      for (String s : value.split("\\|")) {
        String source = s.strip();
        if (!source.isEmpty()) {
          sources.add(source.startsWith(CONSTANT) ? source : source.toLowerCase(Locale.ROOT));
        }
      }
    }
    return sources;
  }

  /** The sources of a layer's field. */
  List<String> sources(Layer layer, String field) {
    return sources(layer.cliName() + "." + field);
  }

  /** What choice {@code answer} of a layer's field stands for, or {@code answer} itself. */
  String choice(Layer layer, String field, String answer) {
    String mapped =
        entries.get(layer.cliName() + "." + field + "." + answer.toLowerCase(Locale.ROOT));
    return mapped == null || mapped.isEmpty() ? answer : mapped;
  }

  /** The fields of {@code layer} that are mapped, {@code geometry} excluded. */
  List<String> fields(Layer layer) {
    List<String> fields = new ArrayList<>();
    for (String column : LayerMappers.forLayer(layer).columns()) {
      if (!sources(layer, column).isEmpty()) {
        fields.add(column);
      }
    }
    return fields;
  }

  /** The form field(s) a Reclaim field comes from, for the report; the field itself if none. */
  String formField(Layer layer, String field) {
    List<String> names = new ArrayList<>();
    for (String s : sources(layer, field)) {
      if (!s.startsWith(CONSTANT) && !s.startsWith("@")) {
        names.add(s);
      }
    }
    return names.isEmpty() ? field : String.join("|", names);
  }

  private static void check(String key, String value) {
    for (String s : value.split("\\|")) {
      String source = s.strip().toLowerCase(Locale.ROOT);
      if (source.startsWith("@") && !source.equals(INSTANCE_ID) && !source.equals(ITEM_TYPES)) {
        throw new IllegalArgumentException(
            "mapping "
                + key
                + ": unknown source '"
                + s.strip()
                + "'; expected "
                + INSTANCE_ID
                + " or "
                + ITEM_TYPES);
      }
    }
    if (GLOBAL_KEYS.contains(key)) {
      return;
    }
    for (Layer layer : LAYERS) {
      String prefix = layer.cliName() + ".";
      if (key.startsWith(prefix)) {
        String rest = key.substring(prefix.length());
        int dot = rest.indexOf('.');
        String field = dot < 0 ? rest : rest.substring(0, dot);
        List<String> columns = LayerMappers.forLayer(layer).columns();
        if (field.equals("geometry") || columns.contains(field)) {
          return;
        }
        throw new IllegalArgumentException(
            "mapping "
                + key
                + ": "
                + layer.cliName()
                + " has no field '"
                + field
                + "'; its fields are geometry, "
                + String.join(", ", columns));
      }
    }
    throw new IllegalArgumentException(
        "unknown mapping key '"
            + key
            + "'; expected instance_id, items, items.type,"
            + " items.count, evidence.<field> or hazardous-areas.<field>");
  }

  private static Map<String, String> read(InputStream in) throws IOException {
    Properties p = new Properties();
    try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      p.load(r);
    }
    Map<String, String> map = new TreeMap<>();
    for (String name : p.stringPropertyNames()) {
      map.put(name, p.getProperty(name));
    }
    return map;
  }

  private static Map<String, String> loadDefaults() {
    try (InputStream in = OdkFormMapping.class.getResourceAsStream("nts-form-mapping.properties")) {
      if (in == null) {
        throw new IllegalStateException("nts-form-mapping.properties is missing from the jar");
      }
      Map<String, String> map = new TreeMap<>();
      for (Map.Entry<String, String> e : read(in).entrySet()) {
        String key = e.getKey().strip().toLowerCase(Locale.ROOT);
        check(key, e.getValue().strip());
        map.put(key, e.getValue().strip());
      }
      return map;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String toString() {
    return entries.toString();
  }

  /** Whether {@code source} names a form field (not a constant nor a special source). */
  static boolean isFormField(@Nullable String source) {
    return source != null && !source.startsWith(CONSTANT) && !source.startsWith("@");
  }
}
