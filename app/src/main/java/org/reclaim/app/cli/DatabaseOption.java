package org.reclaim.app.cli;

import org.reclaim.app.register.RegisterFactory;
import org.reclaim.store.StoreConfig;
import picocli.CommandLine.Option;

/**
 * The {@code --db-url} / {@code --demo} options shared by every command that opens the register.
 */
final class DatabaseOption {
  @Option(
      names = "--db-url",
      paramLabel = "JDBC_URL",
      description =
          "Register database, e.g. jdbc:postgresql://localhost:5432/reclaim (user and password from"
              + " RECLAIM_DB_USER / RECLAIM_DB_PASSWORD). Default: RECLAIM_DB_URL, else the"
              + " embedded database under ~/.local/share/reclaim.")
  String url;

  @Option(
      names = "--demo",
      description = "Use the demo register that `reclaim demo` writes (embedded database).")
  boolean demo;

  /** The register these options name. */
  StoreConfig config() {
    if (demo && url != null) {
      throw new picocli.CommandLine.ParameterException(
          new picocli.CommandLine(new Object()), "--demo and --db-url exclude each other");
    }
    return demo ? DemoCommand.demoStore() : RegisterFactory.config(url);
  }
}
