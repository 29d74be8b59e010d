package org.reclaim.app.register;

import java.nio.file.Files;
import java.nio.file.Path;
import org.reclaim.store.ReclaimStore;
import org.reclaim.store.StoreConfig;

/**
 * Opens the register the same way for every command: the JDBC URL given on the command line, else
 * {@code RECLAIM_DB_URL}, else the embedded database under the user's data directory. User and
 * password come from {@code RECLAIM_DB_USER} and {@code RECLAIM_DB_PASSWORD} when the URL does not
 * carry them.
 */
public final class RegisterFactory {
  private RegisterFactory() {}

  /** The store configuration for an optional URL given on the command line. */
  public static StoreConfig config(String urlOption) {
    String url =
        urlOption != null && !urlOption.isBlank() ? urlOption : System.getenv("RECLAIM_DB_URL");
    if (url == null || url.isBlank()) {
      return StoreConfig.defaultEmbedded();
    }
    return new StoreConfig(
        url, System.getenv("RECLAIM_DB_USER"), System.getenv("RECLAIM_DB_PASSWORD"));
  }

  /** Opens (and migrates) the store; creates the embedded data directory if needed. */
  public static ReclaimStore open(StoreConfig config) {
    if (config.jdbcUrl().startsWith("jdbc:h2:file:")) {
      try {
        Files.createDirectories(StoreConfig.defaultDataDirectory());
      } catch (java.io.IOException e) {
        throw new IllegalStateException("cannot create data directory: " + e.getMessage(), e);
      }
    }
    return ReclaimStore.open(config);
  }

  /** Where the embedded database lives, for messages. */
  public static Path dataDirectory() {
    return StoreConfig.defaultDataDirectory();
  }
}
