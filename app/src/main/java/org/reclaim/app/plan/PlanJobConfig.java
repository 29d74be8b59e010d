package org.reclaim.app.plan;

import java.time.Clock;
import org.reclaim.store.ReclaimStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the {@link PlanJobService} into the server and picks up jobs a previous run left. */
@Configuration
class PlanJobConfig {
  @Bean(destroyMethod = "close")
  PlanJobService planJobService(ReclaimStore store) {
    PlanJobService service = new PlanJobService(store, Clock.systemUTC());
    service.resume();
    return service;
  }
}
