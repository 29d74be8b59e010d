package org.reclaim.app.api;

import org.reclaim.app.plan.PlanJobService;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * When the server starts, queues again the solve jobs a previous server left queued or solving (one
 * server per store). Only the server does this: a command of the command line never picks up
 * another process's jobs.
 */
@Component
class PlanJobResumer implements ApplicationRunner {
  private final PlanJobService jobs;

  PlanJobResumer(PlanJobService jobs) {
    this.jobs = jobs;
  }

  @Override
  public void run(ApplicationArguments args) {
    jobs.resume();
  }
}
