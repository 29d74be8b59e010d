package org.reclaim.app.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.reclaim.app.wiring.Services;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/**
 * A command that records something in the register through the same services as the API ({@code
 * reclaim release …}, {@code reclaim funding …}): the register from {@code --db-url} / {@code
 * --demo}, the actor for the audit log from {@code --user}, what was stored printed as one line,
 * and refusals printed naming the record (the first of {@code --task}, {@code --area}, … given) and
 * the field, exit code 2 ({@link RegisterCall}).
 */
abstract class RecordingCommand implements Callable<Integer> {
  /** Options that name the record a command acts on, in the order they are looked for. */
  private static final String[][] SUBJECTS = {
    {"--task", "task"},
    {"--area", "area"},
    {"--visit", "QA visit"},
    {"--handover", "handover"},
    {"--donor", "donor"},
    {"--grant", "grant"},
    {"--indicator", "indicator"}
  };

  @Mixin DatabaseOption db = new DatabaseOption();

  @Option(
      names = "--user",
      defaultValue = "${sys:user.name}",
      description = "Who records it, for the audit log (default: the system user).")
  String user;

  @Spec CommandSpec spec;

  /** Does the work; returns what was stored, in words for the operator. */
  abstract String record(Services s);

  /** The exit code once recorded: 0 unless the record itself is bad news (a failed QC). */
  int exitCode() {
    return 0;
  }

  @Override
  public final Integer call() {
    String command = spec.qualifiedName(" ").replaceFirst("^reclaim ", "");
    return RegisterCall.run(
        command,
        subject(),
        db,
        services -> {
          System.out.println(record(services));
          return exitCode();
        });
  }

  /** The record the command acts on, e.g. {@code "task 7"}, or {@code null} for a new one. */
  private String subject() {
    ParseResult parsed = spec.commandLine().getParseResult();
    for (String[] s : SUBJECTS) {
      if (parsed.hasMatchedOption(s[0])) {
        return s[1] + " " + parsed.matchedOption(s[0]).getValue();
      }
    }
    return null;
  }

  /**
   * Writes {@code text} to {@code out}.
   *
   * @return the line saying so
   * @throws UncheckedIOException when it cannot (exit 1)
   */
  static String save(String text, Path out) {
    try {
      Files.writeString(out, text, StandardCharsets.UTF_8);
      return "wrote " + out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + out, e);
    }
  }

  /** m² and US$ as the reports print them. */
  static String n(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }
}
