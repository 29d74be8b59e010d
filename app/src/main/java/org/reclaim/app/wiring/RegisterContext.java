package org.reclaim.app.wiring;

import org.jspecify.annotations.Nullable;
import org.reclaim.app.register.RegisterFactory;
import org.reclaim.store.ReclaimStore;
import org.reclaim.store.StoreConfig;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/**
 * A register opened for a command of the command line: the store (migrated on open) and the
 * services of {@link ServiceConfig} over it, without the web server. Closing it stops the services
 * (a solve still running is cancelled) and closes the store if this context opened it.
 *
 * <p>Not thread safe to open and close; the services it holds are.
 */
public final class RegisterContext implements AutoCloseable {
  private final AnnotationConfigApplicationContext context;
  private final @Nullable ReclaimStore owned;

  private RegisterContext(
      AnnotationConfigApplicationContext context, @Nullable ReclaimStore owned) {
    this.context = context;
    this.owned = owned;
  }

  /** Opens the register {@code config} names and wires the services over it. */
  public static RegisterContext open(StoreConfig config) {
    ReclaimStore store = RegisterFactory.open(config);
    try {
      return new RegisterContext(wire(store), store);
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
  }

  /** Wires the services over a store the caller keeps open (and closes). */
  public static RegisterContext over(ReclaimStore store) {
    return new RegisterContext(wire(store), null);
  }

  private static AnnotationConfigApplicationContext wire(ReclaimStore store) {
    AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
    // a plain singleton: the context never closes the store (its opener does)
    context.getBeanFactory().registerSingleton("reclaimStore", store);
    context.register(ServiceConfig.class);
    context.refresh();
    return context;
  }

  /** Every service, wired over this register. */
  public Services services() {
    return context.getBean(Services.class);
  }

  @Override
  public void close() {
    try {
      context.close();
    } finally {
      if (owned != null) {
        owned.close();
      }
    }
  }
}
