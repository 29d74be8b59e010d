package org.reclaim.app.cli;

import picocli.CommandLine.Option;

/** The {@code --db-url} option shared by every command that opens the register. */
final class DatabaseOption {
  @Option(
      names = "--db-url",
      paramLabel = "JDBC_URL",
      description =
          "Register database, e.g. jdbc:postgresql://localhost:5432/reclaim (user and password from"
              + " RECLAIM_DB_USER / RECLAIM_DB_PASSWORD). Default: RECLAIM_DB_URL, else the"
              + " embedded database under ~/.local/share/reclaim.")
  String url;
}
