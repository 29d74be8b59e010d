package org.reclaim.app.wiring;

import java.time.Clock;
import org.reclaim.app.likelihood.LikelihoodService;
import org.reclaim.app.plan.PlanJobService;
import org.reclaim.app.prioritise.PrioritisationService;
import org.reclaim.app.register.ImportService;
import org.reclaim.app.release.ReleaseService;
import org.reclaim.app.simulate.SimulationService;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The one composition root of Reclaim's services: every service is a Spring bean built by
 * constructor injection over the open {@link org.reclaim.store.ReclaimStore} (registered by whoever
 * opened it), found by scanning the service packages ({@code register}, {@code likelihood}, {@code
 * prioritise}, {@code plan}, {@code release}). The server ({@link org.reclaim.app.ReclaimServer})
 * and the command line ({@link RegisterContext}) both start from this configuration, so a command
 * and an HTTP request reach the same services wired the same way.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan(
    basePackageClasses = {
      ImportService.class,
      LikelihoodService.class,
      PrioritisationService.class,
      PlanJobService.class,
      ReleaseService.class,
      SimulationService.class,
      org.reclaim.app.people.PeopleReports.class
    })
@Import(Services.class)
public class ServiceConfig {
  /** Wall-clock time for the services (UTC); tests may register a fixed clock instead. */
  @Bean
  @ConditionalOnMissingBean
  Clock clock() {
    return Clock.systemUTC();
  }
}
