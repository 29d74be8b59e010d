package org.reclaim.bench;

import org.reclaim.app.cli.ReclaimCommand;
import org.reclaim.bench.cli.BenchCommand;

/**
 * The benchmarks' executable: every command of {@code reclaim}, plus {@code reclaim bench …}
 * ({@link BenchCommand}). Built as a jar of its own so that the server's jar carries nothing that
 * only benchmarks use (OR-Tools, the baselines, the planning instances); {@code ./reclaim bench}
 * runs it.
 */
public final class BenchApplication {
  private BenchApplication() {}

  public static void main(String[] args) {
    int exit = ReclaimCommand.commandLine().addSubcommand(new BenchCommand()).execute(args);
    if (exit != 0 || !ReclaimCommand.keepsRunning(args)) {
      System.exit(exit);
    }
  }
}
