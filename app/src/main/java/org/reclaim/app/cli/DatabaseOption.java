package org.reclaim.app.cli;

import java.nio.file.Path;
import org.reclaim.app.register.RegisterFactory;
import org.reclaim.store.StoreConfig;
import picocli.CommandLine.Option;

/**
 * The {@code --db-url} / {@code --demo} / {@code --data-dir} options shared by every command that
 * opens the register.
 */
final class DatabaseOption {
  @Option(
      names = "--db-url",
      paramLabel = "JDBC_URL",
      description =
          "Register database, e.g. jdbc:postgresql://localhost:5432/reclaim (user and password from"
              + " RECLAIM_DB_USER / RECLAIM_DB_PASSWORD). Default: RECLAIM_DB_URL, else the"
              + " embedded database in the data directory.")
  String url;

  @Option(
      names = "--demo",
      description = "Use the demo register that `reclaim demo` writes (embedded database).")
  boolean demo;

  @Option(
      names = "--data-dir",
      paramLabel = "DIR",
      description =
          "Where the embedded databases live. Default: RECLAIM_DATA_DIR, else"
              + " $XDG_DATA_HOME/reclaim, else $HOME/.local/share/reclaim.")
  Path dataDir;

  /** The register these options name. */
  StoreConfig config() {
    if (demo && url != null) {
      throw new picocli.CommandLine.ParameterException(
          new picocli.CommandLine(new Object()), "--demo and --db-url exclude each other");
    }
    return demo ? DemoCommand.demoStore(dataDir) : RegisterFactory.config(url, dataDir);
  }
}
