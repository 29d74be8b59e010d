package org.reclaim.app.register;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.reclaim.store.ReclaimStore;
import org.reclaim.store.StoreConfig;
import org.reclaim.store.StoreInUseException;

/**
 * Opens the register the same way for every command: the JDBC URL given on the command line, else
 * {@code RECLAIM_DB_URL}, else the embedded database in the data directory ({@code --data-dir},
 * else {@link StoreConfig#defaultDataDirectory()}). User and password come from {@code
 * RECLAIM_DB_USER} and {@code RECLAIM_DB_PASSWORD} when the URL does not carry them.
 */
public final class RegisterFactory {
  private RegisterFactory() {}

  /** The store configuration for an optional URL given on the command line. */
  public static StoreConfig config(@Nullable String urlOption) {
    return config(urlOption, null);
  }

  /**
   * The store configuration for the options of a command.
   *
   * @param urlOption {@code --db-url}, or {@code null}
   * @param dataDir {@code --data-dir}, or {@code null} for the default data directory
   */
  public static StoreConfig config(@Nullable String urlOption, @Nullable Path dataDir) {
    String url =
        urlOption != null && !urlOption.isBlank() ? urlOption : System.getenv("RECLAIM_DB_URL");
    if (url == null || url.isBlank()) {
      return StoreConfig.embedded(dataDirectory(dataDir));
    }
    return new StoreConfig(
        url, System.getenv("RECLAIM_DB_USER"), System.getenv("RECLAIM_DB_PASSWORD"));
  }

  /**
   * Opens (and migrates) the store; creates the embedded database's directory if needed.
   *
   * @throws RegisterInUseException when the embedded database is held by another process
   */
  public static ReclaimStore open(StoreConfig config) {
    config
        .embeddedFile()
        .ifPresent(
            file -> {
              try {
                Files.createDirectories(file.toAbsolutePath().getParent());
              } catch (IOException e) {
                throw new IllegalStateException(
                    "cannot create data directory: " + e.getMessage(), e);
              }
            });
    try {
      return ReclaimStore.open(config);
    } catch (StoreInUseException e) {
      throw RegisterInUseException.explain(config, e);
    }
  }

  /** The data directory: {@code dataDir} when given, else the default one. */
  public static Path dataDirectory(@Nullable Path dataDir) {
    return dataDir != null ? dataDir : StoreConfig.defaultDataDirectory();
  }
}
