package org.reclaim.app.plan;

import java.time.Clock;
import org.reclaim.app.prioritise.PrioritisationService;
import org.reclaim.store.ReclaimStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the {@link PlanJobService} (picking up jobs a previous run left) and {@link
 * RegisterPlanning} into the server.
 */
@Configuration
class PlanJobConfig {
  @Bean(destroyMethod = "close")
  PlanJobService planJobService(ReclaimStore store) {
    PlanJobService service = new PlanJobService(store, Clock.systemUTC());
    service.resume();
    return service;
  }

  @Bean
  RegisterPlanning registerPlanning(
      ReclaimStore store, PrioritisationService prioritisation, PlanJobService jobs) {
    return new RegisterPlanning(store, prioritisation, jobs, Clock.systemUTC());
  }
}
