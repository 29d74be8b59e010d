package org.reclaim.app;

import org.reclaim.app.cli.ReclaimCommand;

/**
 * The one executable: {@code reclaim <command>}. Every command — the web server, the demo, imports
 * — opens the register through the same {@link org.reclaim.app.register.RegisterFactory} and
 * reaches it through the same services ({@link org.reclaim.app.wiring.ServiceConfig}), so the CLI
 * and the server see the same data the same way.
 */
public final class ReclaimApplication {
  private ReclaimApplication() {}

  public static void main(String[] args) {
    if (args.length > 0 && args[0].equals("bench")) {
      System.err.println(
          "reclaim bench: the benchmarks live in a jar of their own, so that the server's carries"
              + " nothing only they use; run ./reclaim bench ... (or java -jar"
              + " bench/target/reclaim-bench-exec.jar bench ...)");
      System.exit(2);
    }
    int exit = ReclaimCommand.commandLine().execute(args);
    if (exit != 0 || !ReclaimCommand.keepsRunning(args)) {
      System.exit(exit);
    }
  }
}
