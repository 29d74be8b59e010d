package org.reclaim.app.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import org.reclaim.app.wiring.RegisterContext;
import org.reclaim.app.wiring.Services;
import org.reclaim.domain.DomainException;
import org.reclaim.store.NotFoundException;
import org.reclaim.store.StaleVersionException;

/**
 * Runs a command's work on the register its {@link DatabaseOption} names (the services wired over
 * it by the composition root, {@link RegisterContext}), and turns the register's refusals into one
 * line on standard error and exit code 2, the way the API turns them into a problem document:
 * {@code reclaim release transition: task 7: Task.status: cannot move from PLANNED to COMPLETED;
 * allowed: [ASSIGNED, SUSPENDED]} — the command, the record it acted on, the entity and field at
 * fault and the reason.
 */
final class RegisterCall {
  private RegisterCall() {}

  /**
   * @param command the command's words, e.g. {@code "release transition"}
   * @param subject the record the command acts on, e.g. {@code "task 7"}, or {@code null}
   * @return the work's exit code, or 2 when the register refused it
   */
  static int run(
      String command, String subject, DatabaseOption db, Function<Services, Integer> work) {
    try (RegisterContext register = RegisterContext.open(db.config())) {
      return work.apply(register.services());
    } catch (DomainException | NotFoundException | StaleVersionException e) {
      System.err.println(
          "reclaim " + command + ": " + (subject == null ? "" : subject + ": ") + e.getMessage());
      return 2;
    } catch (java.io.UncheckedIOException e) {
      System.err.println("reclaim " + command + ": " + e.getMessage() + ": " + e.getCause());
      return 1;
    }
  }

  /**
   * Writes a text (a report page, a certificate) to {@code out}, or prints it when {@code out} is
   * {@code null}.
   *
   * @return 0, or 1 when the file cannot be written
   */
  static int write(String command, String text, Path out) {
    if (out == null) {
      System.out.print(text);
      return 0;
    }
    try {
      Files.writeString(out, text, StandardCharsets.UTF_8);
      System.out.println("wrote " + out);
      return 0;
    } catch (IOException e) {
      System.err.println("reclaim " + command + ": cannot write " + out + ": " + e.getMessage());
      return 1;
    }
  }
}
