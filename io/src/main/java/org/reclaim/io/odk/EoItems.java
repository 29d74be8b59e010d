package org.reclaim.io.odk;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.reclaim.domain.hazard.ContaminationType;
import org.reclaim.io.Layer;
import org.reclaim.io.layer.EnumLookup;

/**
 * The repeat group of explosive ordnance items seen (mapping keys {@code items}, {@code
 * items.type}, {@code items.count}). Reclaim's evidence record has no list of items, so a
 * submission stays one record however many items it lists; the items are checked, so that a bad one
 * is named ({@code eo_items[2]/eo_count}) and rejects the import, and their types stand for a
 * suspected area's contamination where the form gives none ({@code @item_types}).
 *
 * <p>An item's type is a contamination type ({@code ap_mine}, {@code uxo_erw}, ..., or a choice
 * mapped to one with {@code hazardous-areas.contamination.<choice>}); its count, when answered, a
 * whole number of at least 1.
 *
 * <p>Thread safe: immutable.
 */
final class EoItems {
  private static final EnumLookup<ContaminationType> HAZARDS =
      EnumLookup.of(ContaminationType.class);

  /** Where problems go, on the form's field names. */
  interface Issues {
    void add(int record, String field, String reason);
  }

  private final OdkFormMapping mapping;
  private final @Nullable String group;
  private final @Nullable String type;
  private final @Nullable String count;

  EoItems(OdkFormMapping mapping) {
    this.mapping = mapping;
    this.group = first(mapping.sources("items"));
    this.type = first(mapping.sources("items.type"));
    this.count = first(mapping.sources("items.count"));
  }

  private static @Nullable String first(List<String> sources) {
    return sources.isEmpty() ? null : sources.get(0);
  }

  /**
   * Checks the items of {@code s}, reporting each bad one.
   *
   * @return the items' contamination types as a Reclaim list ({@code AP_MINE;UXO_ERW}), or {@code
   *     null} when no item has one
   */
  @Nullable String check(Submission s, Issues issues) {
    if (group == null) {
      return null;
    }
    Set<String> types = new TreeSet<>();
    List<Submission> items = s.repeat(group);
    for (int i = 0; i < items.size(); i++) {
      Submission item = items.get(i);
      String where = group + "[" + (i + 1) + "]/";
      String t = type == null ? null : item.text(type);
      if (t != null) {
        ContaminationType found =
            HAZARDS.find(mapping.choice(Layer.HAZARDOUS_AREAS, "contamination", t));
        if (found == null) {
          issues.add(
              s.record(),
              where + type,
              "unknown item type '" + t + "'; expected one of " + HAZARDS.expected());
        } else {
          types.add(found.name());
        }
      }
      String n = count == null ? null : item.text(count);
      if (n != null && !isCount(n)) {
        issues.add(
            s.record(), where + count, "must be a whole number of at least 1, was '" + n + "'");
      }
    }
    return types.isEmpty() ? null : String.join(";", types);
  }

  private static boolean isCount(String text) {
    try {
      return Long.parseLong(text) >= 1;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
