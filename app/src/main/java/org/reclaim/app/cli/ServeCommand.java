package org.reclaim.app.cli;

import java.util.concurrent.Callable;
import org.reclaim.app.ReclaimServer;
import org.reclaim.app.register.RegisterFactory;
import org.reclaim.app.register.ServerMarker;
import org.reclaim.app.security.Users;
import org.reclaim.store.ReclaimStore;
import org.reclaim.store.StoreConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code reclaim serve}: the web app and API over the register. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = "Serve the web app and the API (http://localhost:8080 by default).")
final class ServeCommand implements Callable<Integer> {
  @Mixin DatabaseOption database = new DatabaseOption();

  @Option(
      names = "--port",
      defaultValue = "8080",
      description = "HTTP port (default ${DEFAULT-VALUE}).")
  int port;

  @Override
  public Integer call() {
    StoreConfig config = database.config();
    ReclaimStore store = RegisterFactory.open(config);
    Users users = Users.fromEnvironment(name -> store.people().users().find(name).isPresent());
    ReclaimServer.serve(store, port, users.passwords());
    ServerMarker.announce(config, port, "reclaim serve");
    printAccess(port, config, users);
    return 0;
  }

  static void printAccess(int port, StoreConfig config, Users users) {
    System.out.println();
    System.out.println("Reclaim is running: http://localhost:" + port + "/");
    System.out.println("  API:        http://localhost:" + port + "/api/v1/hazardous-areas");
    System.out.println("  Swagger UI: http://localhost:" + port + "/swagger-ui.html");
    System.out.println("  Register:   " + config);
    users
        .passwords()
        .forEach(
            (name, password) ->
                System.out.println(
                    "  Login:      " + name + " / " + password + "  (" + Users.role(name) + ")"));
    System.out.println("  Public:     http://localhost:" + port + "/public.html  (no login)");
    System.out.println("Press Ctrl+C to stop.");
  }
}
