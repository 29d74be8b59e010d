package org.reclaim.app;

import java.util.Map;
import org.reclaim.app.security.Users;
import org.reclaim.app.wiring.ServiceConfig;
import org.reclaim.store.ReclaimStore;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;

/**
 * The HTTP server: API under {@code /api/v1}, OpenAPI document and Swagger UI, actuator health and
 * the static web UI, over the services of {@link ServiceConfig} (the same composition root the
 * command line uses). Started by {@code reclaim serve} and {@code reclaim demo} around a store that
 * is already open; the store stays the caller's to close.
 */
@SpringBootApplication
@Import(ServiceConfig.class)
public class ReclaimServer {

  /**
   * Starts the server on {@code port} over {@code store}.
   *
   * @param users user name → password for HTTP Basic login; see {@link
   *     org.reclaim.app.security.SecurityConfig}
   */
  public static ConfigurableApplicationContext start(
      ReclaimStore store, int port, Map<String, String> users, String... args) {
    return start(store, false, port, users, args);
  }

  /**
   * Starts the server on {@code port} over {@code store}, and closes the store when the server
   * stops (Ctrl+C, SIGTERM: the JVM's shutdown hook closes the server), after everything that uses
   * it: the embedded register is then closed cleanly, not recovered on its next start as after a
   * killed process. For {@code reclaim serve} and {@code reclaim demo}, which own their store.
   */
  public static ConfigurableApplicationContext serve(
      ReclaimStore store, int port, Map<String, String> users) {
    return start(store, true, port, users);
  }

  private static ConfigurableApplicationContext start(
      ReclaimStore store, boolean owned, int port, Map<String, String> users, String... args) {
    SpringApplication app = new SpringApplication(ReclaimServer.class);
    app.setDefaultProperties(Map.of("server.port", String.valueOf(port)));
    app.addInitializers(
        ctx -> {
          ctx.getBeanFactory().registerSingleton("reclaimStore", store);
          if (owned) {
            // destroyed after the beans that use it, as the container's own singletons are
            ((org.springframework.beans.factory.support.DefaultListableBeanFactory)
                    ctx.getBeanFactory())
                .registerDisposableBean("reclaimStore", store::close);
          }
          // The store's pool, so that /actuator/health reports the register's database.
          ctx.getBeanFactory().registerSingleton("dataSource", store.dataSource());
          ctx.getBeanFactory().registerSingleton("reclaimUsers", new Users(users));
        });
    return app.run(args);
  }
}
