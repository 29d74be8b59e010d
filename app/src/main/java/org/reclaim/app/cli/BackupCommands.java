package org.reclaim.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.reclaim.app.register.RegisterFactory;
import org.reclaim.store.Backups;
import org.reclaim.store.ReclaimStore;
import org.reclaim.store.StoreConfig;
import org.reclaim.store.audit.AuditChain;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code reclaim backup} and {@code reclaim restore}: an online, consistent backup of the embedded
 * register into a zip, and its restore into an empty data directory, checked by opening it and
 * verifying its audit chain. PostgreSQL registers use {@code pg_dump} (docs/reliability.md).
 */
final class BackupCommands {
  private BackupCommands() {}

  @Command(
      name = "backup",
      mixinStandardHelpOptions = true,
      description =
          "Back up the embedded register to a zip while it keeps working (the data key is not"
              + " included: keep it apart).")
  static final class Backup implements Callable<Integer> {
    @Mixin DatabaseOption db = new DatabaseOption();

    @Option(names = "--to", required = true, paramLabel = "FILE.zip", description = "New file.")
    Path to;

    @Override
    public Integer call() {
      StoreConfig config = db.config();
      try (ReclaimStore store = RegisterFactory.open(config)) {
        Backups.backup(store, to);
      } catch (IllegalArgumentException e) {
        System.err.println("reclaim " + e.getMessage());
        return 2;
      }
      System.out.println("backed up " + config + " to " + to);
      System.out.println(
          "the data key sealing personal data is not in the backup: keep RECLAIM_DATA_KEY or"
              + " reclaim-data.key (beside the database) somewhere safe, apart from it");
      return 0;
    }
  }

  @Command(
      name = "restore",
      mixinStandardHelpOptions = true,
      description = "Restore a backup into an empty data directory and check it.")
  static final class Restore implements Callable<Integer> {
    @Option(names = "--from", required = true, paramLabel = "FILE.zip", description = "Backup.")
    Path from;

    @Option(
        names = "--into",
        required = true,
        paramLabel = "DIR",
        description = "Empty directory for the restored register; open it with --data-dir DIR")
    Path into;

    @Override
    public Integer call() {
      try {
        Backups.restore(from, into);
      } catch (IllegalArgumentException e) {
        System.err.println("reclaim " + e.getMessage());
        return 2;
      }
      try (ReclaimStore store = RegisterFactory.open(StoreConfig.embedded(into))) {
        AuditChain.Verification v = store.audit().chain().verify();
        System.out.printf(
            "restored into %s: %,d hazardous areas, %,d evidence records; audit chain %s (%,d"
                + " entries)%n",
            into,
            store.hazardousAreas().count(),
            store.evidence().count(),
            v.intact() ? "intact" : "BROKEN",
            v.sealed());
        return v.intact() ? 0 : 1;
      }
    }
  }
}
