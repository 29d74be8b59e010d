package org.reclaim.app.register;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;
import org.reclaim.store.StoreConfig;

/**
 * A note beside an embedded register saying which Reclaim server holds it: process id, command,
 * address, start time ({@code <database>.server.properties}). Written when a server starts over an
 * embedded register and removed when it stops, so that a command that finds the register locked can
 * say who holds it ({@link RegisterInUseException}).
 *
 * @param pid the server's process id
 * @param command how it was started, e.g. {@code reclaim demo}
 * @param url the web app's address
 * @param startedAt when
 */
public record ServerMarker(long pid, String command, String url, Instant startedAt) {
  private static final String SUFFIX = ".server.properties";

  /** Whether the process that wrote the marker still runs. */
  public boolean isAlive() {
    return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
  }

  /**
   * Marks {@code config}'s embedded register as served by this process on {@code port}, until the
   * process exits; does nothing for other databases.
   */
  public static void announce(StoreConfig config, int port, String command) {
    config
        .embeddedFile()
        .ifPresent(
            file -> {
              Path marker = markerOf(file);
              ServerMarker m =
                  new ServerMarker(
                      ProcessHandle.current().pid(),
                      command,
                      "http://localhost:" + port + "/",
                      Instant.now());
              m.write(marker);
              Runtime.getRuntime()
                  .addShutdownHook(
                      new Thread(
                          () -> {
                            try {
                              Files.deleteIfExists(marker);
                            } catch (IOException e) {
                              // the marker of a dead process is ignored by isAlive
                            }
                          },
                          "server-marker"));
            });
  }

  /** The marker beside {@code databaseFile}, if there is a readable one. */
  static Optional<ServerMarker> read(Path databaseFile) {
    Path marker = markerOf(databaseFile);
    if (!Files.isRegularFile(marker)) {
      return Optional.empty();
    }
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(marker, StandardCharsets.UTF_8)) {
      p.load(r);
      return Optional.of(
          new ServerMarker(
              Long.parseLong(p.getProperty("pid")),
              p.getProperty("command"),
              p.getProperty("url"),
              Instant.parse(p.getProperty("startedAt"))));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private void write(Path marker) {
    Properties p = new Properties();
    p.setProperty("pid", String.valueOf(pid));
    p.setProperty("command", command);
    p.setProperty("url", url);
    p.setProperty("startedAt", startedAt.toString());
    try (Writer w = Files.newBufferedWriter(marker, StandardCharsets.UTF_8)) {
      p.store(w, "The Reclaim server holding this register");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + marker, e);
    }
  }

  private static Path markerOf(Path databaseFile) {
    return databaseFile.resolveSibling(databaseFile.getFileName() + SUFFIX);
  }
}
