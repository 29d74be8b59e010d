package org.reclaim.app.cli;

import java.io.Console;

/**
 * Whether progress may be drawn as bars: only on an interactive terminal. Redirected to a file, a
 * pipe or a CI log, the bars' carriage returns and redraws come out as garbage, so commands print
 * plain periodic lines there. {@code RECLAIM_PROGRESS=bars} or {@code plain} overrides the guess.
 */
final class Terminal {
  private Terminal() {}

  /** Whether this process talks to a person at a terminal. */
  static boolean interactive() {
    String forced = System.getenv("RECLAIM_PROGRESS");
    if ("bars".equalsIgnoreCase(forced)) {
      return true;
    }
    if ("plain".equalsIgnoreCase(forced)) {
      return false;
    }
    if ("dumb".equals(System.getenv("TERM"))) {
      return false;
    }
    Console console = System.console();
    return console != null && isTerminal(console);
  }

  /**
   * Java 22+ may give a console on redirected streams and says whether it is a terminal ({@code
   * Console.isTerminal}); on 21, a console is only given for a terminal.
   */
  private static boolean isTerminal(Console console) {
    try {
      return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }
}
