package org.reclaim.io.geojson;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;
import org.reclaim.io.layer.RecordFields;
import tools.jackson.databind.JsonNode;

/**
 * A GeoJSON feature's {@code properties} as {@link RecordFields}: strings are stripped, numbers and
 * booleans given as their JSON text, arrays joined with {@code ;} and objects written {@code
 * key=value;key=value}, so that {@code "contamination": ["AP_MINE", "UXO_ERW"]} and {@code
 * "contamination": "AP_MINE;UXO_ERW"} mean the same.
 */
final class FeatureFields implements RecordFields {
  private JsonNode properties;

  void reset(JsonNode properties) {
    this.properties = properties;
  }

  @Override
  public @Nullable String text(String name) {
    JsonNode value = properties.get(name);
    if (value == null || value.isNull() || value.isMissingNode()) {
      return null;
    }
    String text;
    if (value.isArray()) {
      StringJoiner joined = new StringJoiner(";");
      for (JsonNode item : value) {
        joined.add(item.asString());
      }
      text = joined.toString();
    } else if (value.isObject()) {
      StringJoiner joined = new StringJoiner(";");
      for (Map.Entry<String, JsonNode> e : value.properties()) {
        joined.add(e.getKey() + "=" + e.getValue().asString());
      }
      text = joined.toString();
    } else {
      text = value.asString();
    }
    text = text.strip();
    return text.isEmpty() ? null : text;
  }

  @Override
  public Collection<String> names() {
    return properties.isObject() ? properties.propertyNames() : List.of();
  }
}
