package org.reclaim.io.kml;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The fields of one placemark: its {@code ExtendedData} ({@code <Data name><value>} and {@code
 * <SchemaData><SimpleData name>}, names stripped and lower-cased), with its {@code <name>} standing
 * for the layer's {@code name} and {@code code} fields and its {@code <description>} for a {@code
 * description} or {@code notes} field, where the layer reads them and {@code ExtendedData} gives
 * none. What the layer does not read is added to the ignored fields of the report.
 *
 * <p>Not thread safe: one per placemark.
 */
final class PlacemarkFields {
  private final Map<String, String> values = new LinkedHashMap<>();
  private final Set<String> known;
  private final @Nullable String label;

  /**
   * @param known the fields the layer reads
   * @param ignored where fields the layer does not read are added
   */
  PlacemarkFields(KmlElement placemark, Set<String> known, Set<String> ignored) {
    this.known = known;
    extendedData(placemark);
    KmlElement name = placemark.child("name");
    label = name == null ? null : name.text();
    if (label != null) {
      boolean used = fillIn("name", label) | fillIn("code", label);
      if (!used && !values.containsKey("name")) {
        ignored.add("name");
      }
    }
    KmlElement description = placemark.child("description");
    String text = description == null ? null : description.text();
    if (text != null && !fillIn("description", text) && !fillIn("notes", text)) {
      ignored.add("description");
    }
    for (String field : values.keySet()) {
      if (!known.contains(field)) {
        ignored.add(field);
      }
    }
  }

  /** The placemark's {@code <name>}, or {@code null}; names it in geometry problems. */
  @Nullable String label() {
    return label;
  }

  /** Field name to value, for {@link org.reclaim.io.layer.MapRecordFields}. */
  Map<String, String> values() {
    return values;
  }

  private void extendedData(KmlElement placemark) {
    KmlElement data = placemark.child("ExtendedData");
    if (data == null) {
      return;
    }
    for (KmlElement d : data.children("Data")) {
      KmlElement value = d.child("value");
      put(d.nameAttribute(), value == null ? null : value.text());
    }
    for (KmlElement schemaData : data.children("SchemaData")) {
      for (KmlElement s : schemaData.children("SimpleData")) {
        put(s.nameAttribute(), s.text());
      }
    }
  }

  private void put(@Nullable String name, @Nullable String value) {
    if (name != null && !name.isBlank()) {
      values.put(name.strip().toLowerCase(Locale.ROOT), value);
    }
  }

  /** Puts {@code value} under {@code field} if the layer reads it and the placemark has none. */
  private boolean fillIn(String field, String value) {
    if (!known.contains(field) || values.get(field) != null) {
      return false;
    }
    values.put(field, value);
    return true;
  }
}
