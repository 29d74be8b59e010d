package org.reclaim.app.cli;

import org.reclaim.app.register.RegisterInUseException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code reclaim}: the top-level command; its subcommands do the work. */
@Command(
    name = "reclaim",
    mixinStandardHelpOptions = true,
    version = "Reclaim 0.1.0",
    description = "Evidence-based prioritisation and tasking for humanitarian mine action (IMAS).",
    subcommands = {
      DemoCommand.class,
      ServeCommand.class,
      ImportCommand.class,
      McdaCommand.class,
      PrioritiseCommand.class,
      EstimateCommand.class,
      ReportCommand.class,
      ReleaseCommand.class,
      FundingCommand.class,
      PlanCommand.class,
      LikelihoodCommand.class,
      SimulateCommand.class,
      AuditCommand.class,
      BackupCommands.Backup.class,
      BackupCommands.Restore.class
    })
public final class ReclaimCommand implements Runnable {
  /** Exit code of a command that found the embedded register held by another process. */
  public static final int EXIT_REGISTER_IN_USE = 3;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  /**
   * The command line with every subcommand of the server's jar, ready to execute. The benchmarks'
   * jar adds {@code bench} to it ({@code org.reclaim.bench.BenchApplication}).
   */
  public static CommandLine commandLine() {
    CommandLine line = new CommandLine(new ReclaimCommand());
    ReportCommand.addTo(line.getSubcommands().get("report"));
    line.setExecutionExceptionHandler(
        (e, command, parsed) -> {
          if (e instanceof RegisterInUseException inUse) {
            command
                .getErr()
                .println(command.getCommandSpec().qualifiedName() + ": " + inUse.getMessage());
            return EXIT_REGISTER_IN_USE;
          }
          throw e;
        });
    return line.setCaseInsensitiveEnumValuesAllowed(true);
  }

  /** Whether these arguments start a server that outlives {@code main}. */
  public static boolean keepsRunning(String[] args) {
    if (args.length == 0) {
      return false;
    }
    boolean server = args[0].equals("serve") || args[0].equals("demo");
    for (String a : args) {
      if (a.equals("--no-serve") || a.equals("--help") || a.equals("-h")) {
        return false;
      }
    }
    return server;
  }
}
