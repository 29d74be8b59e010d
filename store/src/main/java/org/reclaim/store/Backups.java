package org.reclaim.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.h2.tools.Restore;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Backups of the embedded register: an online, consistent copy of the open database into a zip
 * (H2's {@code BACKUP TO}, taken while the register keeps serving), and its restore into an empty
 * data directory. The data key that seals personal data ({@code reclaim-data.key}, or {@code
 * RECLAIM_DATA_KEY}) is not in the backup, on purpose: keep it apart, or the personal data in the
 * backup cannot be read (the counts can). A PostgreSQL register is backed up with {@code pg_dump}
 * (docs/reliability.md).
 */
public final class Backups {
  /** The embedded database's file name in its directory. */
  static final String DATABASE_FILE = "reclaim.mv.db";

  private Backups() {}

  /**
   * Writes an online, consistent backup of {@code store} (embedded only) to {@code zip}.
   *
   * @throws IllegalArgumentException for a PostgreSQL register, or when {@code zip} exists
   */
  public static void backup(ReclaimStore store, Path zip) {
    if (store.config().embeddedFile().isEmpty()) {
      throw new IllegalArgumentException(
          "backup: only the embedded register on disk is backed up here; back up PostgreSQL with"
              + " pg_dump (docs/reliability.md)");
    }
    if (Files.exists(zip)) {
      throw new IllegalArgumentException("backup: " + zip + " exists; name a new file");
    }
    String path = zip.toAbsolutePath().toString();
    if (path.contains("'")) {
      throw new IllegalArgumentException("backup: the file name must not contain a quote");
    }
    new JdbcTemplate(store.dataSource()).execute("BACKUP TO '" + path + "'");
  }

  /**
   * Restores a backup into {@code directory}, which must hold no register yet.
   *
   * @throws IllegalArgumentException when {@code directory} already holds a register or {@code zip}
   *     is not a backup of one
   */
  public static void restore(Path zip, Path directory) {
    if (Files.exists(directory.resolve(DATABASE_FILE))) {
      throw new IllegalArgumentException(
          "restore: " + directory + " already holds a register; restore into an empty directory");
    }
    if (!Files.isRegularFile(zip)) {
      throw new IllegalArgumentException("restore: no backup file " + zip);
    }
    try {
      Files.createDirectories(directory);
      Restore.execute(zip.toAbsolutePath().toString(), directory.toAbsolutePath().toString(), null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("restore: " + zip + " is not a register backup", e);
    }
    if (!Files.exists(directory.resolve(DATABASE_FILE))) {
      throw new IllegalArgumentException("restore: " + zip + " holds no register database");
    }
  }
}
