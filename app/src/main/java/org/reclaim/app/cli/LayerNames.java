package org.reclaim.app.cli;

import java.util.Arrays;
import java.util.Iterator;
import org.reclaim.io.Layer;

/** Every importable layer's name, for the help of {@code reclaim import} and shell completion. */
final class LayerNames implements Iterable<String> {
  @Override
  public Iterator<String> iterator() {
    return Arrays.stream(Layer.values()).map(Layer::cliName).iterator();
  }
}
