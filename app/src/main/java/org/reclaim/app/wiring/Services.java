package org.reclaim.app.wiring;

import org.reclaim.app.likelihood.LikelihoodService;
import org.reclaim.app.plan.PlanJobService;
import org.reclaim.app.plan.RegisterPlanning;
import org.reclaim.app.prioritise.CancellationCandidates;
import org.reclaim.app.prioritise.ParcelEstimation;
import org.reclaim.app.prioritise.PrioritisationService;
import org.reclaim.app.prioritise.ProfileCatalog;
import org.reclaim.app.register.AuditTrail;
import org.reclaim.app.register.DemoRegister;
import org.reclaim.app.register.FeatureService;
import org.reclaim.app.register.ImportService;
import org.reclaim.app.register.LayerExport;
import org.reclaim.app.release.CompensationService;
import org.reclaim.app.release.FundingService;
import org.reclaim.app.release.HandoverService;
import org.reclaim.app.release.QualityService;
import org.reclaim.app.release.ReleaseService;
import org.reclaim.app.release.ReportService;

/**
 * Every service of Reclaim, as the composition root built them: what a command of the command line
 * receives ({@link RegisterContext#services()}). Controllers are given the services they use
 * directly, by constructor.
 */
public record Services(
    ImportService imports,
    FeatureService features,
    LayerExport exports,
    ProfileCatalog profiles,
    LikelihoodService likelihood,
    PrioritisationService prioritisation,
    ParcelEstimation parcelEstimates,
    CancellationCandidates cancellationCandidates,
    PlanJobService planJobs,
    RegisterPlanning planning,
    ReleaseService release,
    QualityService quality,
    HandoverService handovers,
    FundingService funding,
    ReportService reports,
    CompensationService compensation,
    DemoRegister demo,
    AuditTrail audit) {}
