package org.reclaim.app.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.reclaim.store.ReclaimStore;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * A command that records something in the register through the same services as the API ({@code
 * reclaim release …}, {@code reclaim funding …}): the register from {@code --db-url} / {@code
 * --demo}, the actor for the audit log from {@code --user}, and refusals printed naming the record
 * and the field, exit code 2 ({@link RegisterCall}).
 */
abstract class RecordingCommand implements Callable<Integer> {
  @Mixin DatabaseOption db = new DatabaseOption();

  @Option(
      names = "--user",
      defaultValue = "${sys:user.name}",
      description = "Who records it, for the audit log (default: the system user).")
  String user;

  @Spec CommandSpec spec;

  /** The record the command acts on, e.g. {@code "task 7"}, or {@code null} for a new one. */
  abstract String subject();

  /** Does the work; returns the exit code. */
  abstract int record(ReclaimStore store);

  @Override
  public final Integer call() {
    String command = spec.qualifiedName(" ").replaceFirst("^reclaim ", "");
    return RegisterCall.run(command, subject(), db, this::record);
  }

  /** m² and US$ as the reports print them. */
  static String n(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }
}
