package org.reclaim.likelihood;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds {@code shared/data} beside the project (read-only real data for tests). */
public final class SharedDataForTest {
  private SharedDataForTest() {}

  /** A file under {@code shared/data}, found from the working directory upwards. */
  public static Path file(String relative) {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      Path candidate = dir.resolve("shared").resolve("data").resolve(relative);
      if (Files.exists(candidate)) {
        return candidate;
      }
      dir = dir.getParent();
    }
    throw new IllegalStateException("shared/data/" + relative + " not found above the project");
  }

  /** The RELand training cells of Antioquia (MIT licence). */
  public static Path reland() {
    return file("mine_action/colombia_reland/train_labeled.csv");
  }
}
