package org.reclaim.app.register;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.reclaim.store.Backups;
import org.reclaim.store.ReclaimStore;
import org.springframework.stereotype.Service;

/**
 * Online backups of the open embedded register into {@code backups/} beside its database ({@link
 * Backups}): what {@code POST /api/v1/backups} runs while the server keeps serving.
 *
 * <p>Thread safe.
 */
@Service
public class RegisterBackups {
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

  private final ReclaimStore store;
  private final Clock clock;

  public RegisterBackups(ReclaimStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  /**
   * Backs the register up now.
   *
   * @return the zip written
   * @throws IllegalArgumentException for a register not embedded on disk (PostgreSQL: pg_dump)
   */
  public Path backupNow() {
    Path database =
        store
            .config()
            .embeddedFile()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "register: only the embedded register on disk is backed up here; use"
                            + " pg_dump for PostgreSQL (docs/reliability.md)"));
    Path zip =
        database
            .toAbsolutePath()
            .resolveSibling("backups")
            .resolve("reclaim-" + STAMP.format(clock.instant()) + ".zip");
    try {
      Files.createDirectories(zip.getParent());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Backups.backup(store, zip);
    return zip;
  }
}
