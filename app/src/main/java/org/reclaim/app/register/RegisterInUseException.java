package org.reclaim.app.register;

import java.nio.file.Path;
import java.util.Optional;
import org.reclaim.store.StoreConfig;
import org.reclaim.store.StoreInUseException;

/**
 * The embedded register is open in another process (the embedded database allows one process at a
 * time): says which process holds it, when a Reclaim server left its marker beside the database
 * ({@link ServerMarker}), and what to do — stop it, or use its API while it runs.
 */
public final class RegisterInUseException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  RegisterInUseException(String message, Throwable cause) {
    super(message, cause);
  }

  /** The refusal to open {@code config}, explained. */
  static RegisterInUseException explain(StoreConfig config, StoreInUseException failure) {
    Path file = config.embeddedFile().orElse(Path.of(config.jdbcUrl()));
    StringBuilder m =
        new StringBuilder("the register ")
            .append(file.toAbsolutePath())
            .append(".mv.db is open in another process");
    Optional<ServerMarker> server = ServerMarker.read(file);
    if (server.isPresent() && server.get().isAlive()) {
      ServerMarker s = server.get();
      m.append(": ")
          .append(s.command())
          .append(" (pid ")
          .append(s.pid())
          .append("), serving ")
          .append(s.url())
          .append(" since ")
          .append(s.startedAt())
          .append(". Stop it (Ctrl+C in its terminal, or kill ")
          .append(s.pid())
          .append("), or while it runs use its web app and API at ")
          .append(s.url())
          .append(" instead of the command line.");
    } else {
      m.append(
          " (another reclaim command, or a server started by hand). Wait for it to finish or"
              + " stop it, then run this command again.");
    }
    return new RegisterInUseException(m.toString(), failure);
  }
}
