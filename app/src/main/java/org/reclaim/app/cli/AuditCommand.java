package org.reclaim.app.cli;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.reclaim.store.audit.AuditChain;
import org.reclaim.store.audit.AuditLog;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code reclaim audit verify|list}: the register's audit log from the command line. {@code verify}
 * checks the hash chain (exit 0 intact, 1 broken, naming the first entry changed or deleted);
 * {@code list} prints entries, newest first, filtered by record, user and time.
 */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    description = "The audit log: verify its hash chain, list entries.",
    subcommands = {AuditCommand.Verify.class, AuditCommand.ListEntries.class})
final class AuditCommand implements Runnable {
  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }

  @Command(
      name = "verify",
      mixinStandardHelpOptions = true,
      description =
          "Check that no entry of the audit log was changed or deleted (exit 1 if one was).")
  static final class Verify implements Callable<Integer> {
    @Mixin DatabaseOption db = new DatabaseOption();

    @Override
    public Integer call() {
      return RegisterCall.run(
          "audit verify",
          null,
          db,
          s -> {
            AuditChain.Verification v = s.audit().verify();
            System.out.printf(
                "%s: %,d entries sealed, head %s%n",
                v.intact() ? "intact" : "BROKEN", v.sealed(), v.headHash());
            v.problems().forEach(p -> System.out.println("  " + p));
            return v.intact() ? 0 : 1;
          });
    }
  }

  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "Audit entries, newest first, tab-separated.")
  static final class ListEntries implements Callable<Integer> {
    @Mixin DatabaseOption db = new DatabaseOption();

    @Option(names = "--entity", description = "Record type, e.g. HazardousArea, Casualty.")
    String entity;

    @Option(names = "--id", description = "Record id.")
    Long id;

    @Option(names = "--actor", description = "Who made the change.")
    String actor;

    @Option(names = "--from", description = "Earliest time, ISO 8601 instant.")
    Instant from;

    @Option(names = "--to", description = "Latest time (exclusive), ISO 8601 instant.")
    Instant to;

    @Option(names = "--limit", defaultValue = "50", description = "At most this many.")
    int limit;

    @Override
    public Integer call() {
      return RegisterCall.run(
          "audit list",
          null,
          db,
          s -> {
            List<AuditLog.Entry> entries;
            try {
              entries = s.audit().list(entity, id, actor, from, to, limit);
            } catch (IllegalArgumentException e) {
              System.err.println("reclaim audit list: " + e.getMessage());
              return 2;
            }
            System.out.println("seq\tat\tactor\tentity\tid\taction\tafter");
            for (AuditLog.Entry e : entries) {
              System.out.println(
                  String.join(
                      "\t",
                      String.valueOf(e.seq()),
                      e.at().toString(),
                      e.actor(),
                      e.entity(),
                      String.valueOf(e.entityId()),
                      e.action().name(),
                      String.valueOf(e.afterJson())));
            }
            return 0;
          });
    }
  }
}
