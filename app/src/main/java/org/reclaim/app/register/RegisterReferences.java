package org.reclaim.app.register;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import org.reclaim.io.Layer;
import org.reclaim.io.ReferenceCheck;

/**
 * Checks an import's references against the register: the ids of each referenced layer are read
 * once, on first use, into a sorted array (8 bytes per record: two million evidence ids take 16 MB)
 * and looked up by binary search. Reflects the register as it was when the import began.
 *
 * <p>Not thread safe: one per import, used on the reading thread.
 */
final class RegisterReferences implements ReferenceCheck {
  private final LayerCatalog catalog;
  private final Map<Layer, long[]> ids = new EnumMap<>(Layer.class);

  RegisterReferences(LayerCatalog catalog) {
    this.catalog = catalog;
  }

  @Override
  public boolean exists(Layer layer, long id) {
    long[] known = ids.computeIfAbsent(layer, catalog::listIds);
    return Arrays.binarySearch(known, id) >= 0;
  }
}
