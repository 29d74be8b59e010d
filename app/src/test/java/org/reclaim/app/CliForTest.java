package org.reclaim.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.reclaim.app.cli.ReclaimCommand;
import org.reclaim.app.register.RegisterFactory;
import org.reclaim.store.ReclaimStore;

/**
 * Runs {@code reclaim …} in this JVM, as the jar would, capturing what it prints; registers are
 * named in-memory H2 databases that outlive each command.
 */
final class CliForTest {
  private CliForTest() {}

  /** What a command printed and returned. */
  record Run(int code, String out, String err) {}

  /** The JDBC URL of the in-memory register {@code name}. */
  static String url(String name) {
    return "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
  }

  /** Opens the in-memory register {@code name} (migrated on first use). */
  static ReclaimStore open(String name) {
    return RegisterFactory.open(RegisterFactory.config(url(name)));
  }

  static Run exec(String... args) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      int code = ReclaimCommand.commandLine().execute(args);
      return new Run(
          code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }

  /** Runs a command that must succeed; returns what it printed. */
  static String ok(String... args) {
    Run r = exec(args);
    assertThat(r.code()).as(r.out() + r.err()).isZero();
    return r.out();
  }
}
