package org.reclaim.app.api;

import org.reclaim.app.likelihood.LikelihoodService;
import org.reclaim.app.plan.PlanJobService;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * When the server starts, queues again the background jobs a previous server left unfinished —
 * solve jobs queued or solving, likelihood models still training (one server per store). Only the
 * server does this: a command of the command line never picks up another process's jobs.
 */
@Component
class JobResumer implements ApplicationRunner {
  private final PlanJobService plans;
  private final LikelihoodService likelihood;

  JobResumer(PlanJobService plans, LikelihoodService likelihood) {
    this.plans = plans;
    this.likelihood = likelihood;
  }

  @Override
  public void run(ApplicationArguments args) {
    plans.resume();
    likelihood.resume();
  }
}
