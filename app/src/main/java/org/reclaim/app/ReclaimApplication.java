package org.reclaim.app;

import org.reclaim.app.cli.ReclaimCommand;

/**
 * The one executable: {@code reclaim <command>}. Every command — the web server, the demo, imports
 * — opens the register through the same {@link org.reclaim.app.register.RegisterFactory}, so the
 * CLI and the server see the same data the same way.
 */
public final class ReclaimApplication {
  private ReclaimApplication() {}

  public static void main(String[] args) {
    int exit = ReclaimCommand.commandLine().execute(args);
    if (exit != 0 || !ReclaimCommand.keepsRunning(args)) {
      System.exit(exit);
    }
  }
}
