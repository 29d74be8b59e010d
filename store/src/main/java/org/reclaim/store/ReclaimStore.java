package org.reclaim.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.reclaim.domain.context.AgriculturalParcel;
import org.reclaim.domain.context.CriticalInfrastructure;
import org.reclaim.domain.context.RecoveryProject;
import org.reclaim.domain.context.ReferenceLine;
import org.reclaim.domain.context.RoadSegment;
import org.reclaim.domain.context.Settlement;
import org.reclaim.domain.evidence.Evidence;
import org.reclaim.domain.funding.CostBooking;
import org.reclaim.domain.funding.Disbursement;
import org.reclaim.domain.funding.Donor;
import org.reclaim.domain.funding.Grant;
import org.reclaim.domain.funding.Pledge;
import org.reclaim.domain.handover.Handover;
import org.reclaim.domain.hazard.HazardousArea;
import org.reclaim.domain.operator.Accreditation;
import org.reclaim.domain.operator.Operator;
import org.reclaim.domain.quality.NonConformity;
import org.reclaim.domain.quality.QaVisit;
import org.reclaim.domain.quality.QcInspection;
import org.reclaim.domain.region.Region;
import org.reclaim.domain.release.CompletionReport;
import org.reclaim.domain.release.LandRelease;
import org.reclaim.domain.strategy.Indicator;
import org.reclaim.domain.strategy.IndicatorTarget;
import org.reclaim.domain.task.Task;
import org.reclaim.domain.team.Team;
import org.reclaim.store.audit.AuditLog;
import org.reclaim.store.jdbc.JdbcRepository;
import org.reclaim.store.jdbc.TableMapping;
import org.reclaim.store.jobs.JobTables;
import org.reclaim.store.jobs.PlanDocument;
import org.reclaim.store.jobs.PlanJob;
import org.reclaim.store.tables.ContextTables;
import org.reclaim.store.tables.FundingTables;
import org.reclaim.store.tables.HazardTables;
import org.reclaim.store.tables.ReleaseTables;
import org.reclaim.store.tables.ResourceTables;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The register: one database (embedded H2GIS or PostgreSQL/PostGIS), its schema brought up to date
 * by Flyway on open, and a repository for every record type.
 *
 * <p>Thread safe. Open one per process and close it on exit. Work that must be all-or-nothing (an
 * import) runs inside {@link #inTransaction}; repository calls made inside join it.
 */
public final class ReclaimStore implements AutoCloseable {
  private final StoreConfig config;
  private final HikariDataSource dataSource;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate tx;
  private final AuditLog audit;
  private final IdAllocator ids;

  private final JdbcRepository<Region> regions;
  private final JdbcRepository<HazardousArea> hazardousAreas;
  private final JdbcRepository<Evidence> evidence;
  private final EvidenceLinkRepository evidenceLinks;
  private final JdbcRepository<Settlement> settlements;
  private final JdbcRepository<RoadSegment> roads;
  private final JdbcRepository<CriticalInfrastructure> infrastructure;
  private final JdbcRepository<AgriculturalParcel> parcels;
  private final JdbcRepository<RecoveryProject> recoveryProjects;
  private final JdbcRepository<Operator> operators;
  private final JdbcRepository<Accreditation> accreditations;
  private final JdbcRepository<Team> teams;
  private final JdbcRepository<Task> tasks;
  private final JdbcRepository<LandRelease> landReleases;
  private final JdbcRepository<CompletionReport> completionReports;
  private final JdbcRepository<QaVisit> qaVisits;
  private final JdbcRepository<NonConformity> nonConformities;
  private final JdbcRepository<QcInspection> qcInspections;
  private final JdbcRepository<Handover> handovers;
  private final JdbcRepository<Donor> donors;
  private final JdbcRepository<ReferenceLine> referenceLines;
  private final JdbcRepository<Pledge> pledges;
  private final JdbcRepository<Grant> grants;
  private final JdbcRepository<Disbursement> disbursements;
  private final JdbcRepository<CostBooking> costBookings;
  private final JdbcRepository<Indicator> indicators;
  private final JdbcRepository<IndicatorTarget> indicatorTargets;
  private final JdbcRepository<PlanJob> planJobs;
  private final JdbcRepository<PlanDocument> planDocuments;

  private ReclaimStore(StoreConfig config, Clock clock) {
    this.config = config;
    this.dataSource = dataSource(config);
    try {
      Flyway.configure()
          .dataSource(dataSource)
          .locations(config.vendor().migrations())
          .outputQueryResults(false)
          .load()
          .migrate();
    } catch (RuntimeException e) {
      dataSource.close();
      throw e;
    }
    this.jdbc = new JdbcTemplate(dataSource);
    DataSourceTransactionManager manager = new DataSourceTransactionManager(dataSource);
    this.tx = new TransactionTemplate(manager);
    TransactionTemplate requiresNew = new TransactionTemplate(manager);
    requiresNew.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.audit = new AuditLog(jdbc, clock);
    this.ids = new IdAllocator(jdbc, requiresNew);
    this.regions = repository(ContextTables.REGION);
    this.hazardousAreas = repository(HazardTables.HAZARDOUS_AREA);
    this.evidence = repository(HazardTables.EVIDENCE);
    this.evidenceLinks = new EvidenceLinkRepository(jdbc);
    this.settlements = repository(ContextTables.SETTLEMENT);
    this.roads = repository(ContextTables.ROAD_SEGMENT);
    this.infrastructure = repository(ContextTables.INFRASTRUCTURE);
    this.parcels = repository(ContextTables.PARCEL);
    this.recoveryProjects = repository(ContextTables.RECOVERY_PROJECT);
    this.operators = repository(ResourceTables.OPERATOR);
    this.accreditations = repository(ResourceTables.ACCREDITATION);
    this.teams = repository(ResourceTables.TEAM);
    this.tasks = repository(HazardTables.TASK);
    this.landReleases = repository(HazardTables.LAND_RELEASE);
    this.completionReports = repository(ReleaseTables.COMPLETION_REPORT);
    this.qaVisits = repository(ReleaseTables.QA_VISIT);
    this.nonConformities = repository(ReleaseTables.NON_CONFORMITY);
    this.qcInspections = repository(ReleaseTables.QC_INSPECTION);
    this.handovers = repository(ReleaseTables.HANDOVER);
    this.donors = repository(FundingTables.DONOR);
    this.referenceLines = repository(ReleaseTables.REFERENCE_LINE);
    this.pledges = repository(FundingTables.PLEDGE);
    this.grants = repository(FundingTables.GRANT);
    this.disbursements = repository(FundingTables.DISBURSEMENT);
    this.costBookings = repository(FundingTables.COST_BOOKING);
    this.indicators = repository(FundingTables.INDICATOR);
    this.indicatorTargets = repository(FundingTables.INDICATOR_TARGET);
    this.planJobs = repository(JobTables.PLAN_JOB);
    this.planDocuments = repository(JobTables.PLAN_DOCUMENT);
  }

  /** Opens the store, creating or migrating the schema as needed. */
  public static ReclaimStore open(StoreConfig config) {
    return new ReclaimStore(config, Clock.systemUTC());
  }

  /** Opens the store with a given clock for audit timestamps (tests). */
  public static ReclaimStore open(StoreConfig config, Clock clock) {
    return new ReclaimStore(config, clock);
  }

  private static HikariDataSource dataSource(StoreConfig config) {
    HikariConfig hc = new HikariConfig();
    hc.setJdbcUrl(config.jdbcUrl());
    hc.setUsername(config.user());
    hc.setPassword(config.password());
    hc.setMaximumPoolSize(config.vendor() == Vendor.H2 ? 8 : 16);
    hc.setPoolName("reclaim");
    if (config.vendor() == Vendor.POSTGRESQL) {
      // Send JDBC batches as multi-row INSERTs: one round trip per batch, not per row.
      hc.addDataSourceProperty("reWriteBatchedInserts", "true");
    }
    return new HikariDataSource(hc);
  }

  private <T> JdbcRepository<T> repository(TableMapping<T> mapping) {
    return new JdbcRepository<>(mapping, jdbc, config.vendor(), audit);
  }

  /** Runs {@code work} in one transaction: all of it commits, or none of it (on any exception). */
  public <T> T inTransaction(Supplier<T> work) {
    return tx.execute(status -> work.get());
  }

  /** Runs {@code work} in one transaction. */
  public void inTransaction(Runnable work) {
    tx.executeWithoutResult(status -> work.run());
  }

  public StoreConfig config() {
    return config;
  }

  public Vendor vendor() {
    return config.vendor();
  }

  /** The pooled data source, for health checks and benchmarks. */
  public DataSource dataSource() {
    return dataSource;
  }

  /** Plain SQL access on the store's connections, for reports and benchmarks. */
  public JdbcTemplate jdbc() {
    return jdbc;
  }

  public AuditLog audit() {
    return audit;
  }

  public IdAllocator ids() {
    return ids;
  }

  public JdbcRepository<Region> regions() {
    return regions;
  }

  public JdbcRepository<HazardousArea> hazardousAreas() {
    return hazardousAreas;
  }

  public JdbcRepository<Evidence> evidence() {
    return evidence;
  }

  public EvidenceLinkRepository evidenceLinks() {
    return evidenceLinks;
  }

  public JdbcRepository<Settlement> settlements() {
    return settlements;
  }

  public JdbcRepository<RoadSegment> roads() {
    return roads;
  }

  public JdbcRepository<CriticalInfrastructure> infrastructure() {
    return infrastructure;
  }

  public JdbcRepository<AgriculturalParcel> parcels() {
    return parcels;
  }

  public JdbcRepository<RecoveryProject> recoveryProjects() {
    return recoveryProjects;
  }

  public JdbcRepository<Operator> operators() {
    return operators;
  }

  public JdbcRepository<Accreditation> accreditations() {
    return accreditations;
  }

  public JdbcRepository<Team> teams() {
    return teams;
  }

  public JdbcRepository<Task> tasks() {
    return tasks;
  }

  public JdbcRepository<LandRelease> landReleases() {
    return landReleases;
  }

  /** Completion reports, one per task (IMAS 07.11). */
  public JdbcRepository<CompletionReport> completionReports() {
    return completionReports;
  }

  /** QA monitoring visits (IMAS 07.12). */
  public JdbcRepository<QaVisit> qaVisits() {
    return qaVisits;
  }

  /** Non-conformities found on QA visits (IMAS 07.12). */
  public JdbcRepository<NonConformity> nonConformities() {
    return nonConformities;
  }

  /** QC post-clearance inspections (IMAS 09.20). */
  public JdbcRepository<QcInspection> qcInspections() {
    return qcInspections;
  }

  /** Handovers of released land. */
  public JdbcRepository<Handover> handovers() {
    return handovers;
  }

  /** Contact lines and borders (compensation rules). */
  public JdbcRepository<ReferenceLine> referenceLines() {
    return referenceLines;
  }

  public JdbcRepository<Donor> donors() {
    return donors;
  }

  public JdbcRepository<Pledge> pledges() {
    return pledges;
  }

  /** Grants, in table {@code grant_award}. */
  public JdbcRepository<Grant> grants() {
    return grants;
  }

  public JdbcRepository<Disbursement> disbursements() {
    return disbursements;
  }

  /** Costs booked per task, to a grant or to none. */
  public JdbcRepository<CostBooking> costBookings() {
    return costBookings;
  }

  /** National strategy indicators. */
  public JdbcRepository<Indicator> indicators() {
    return indicators;
  }

  /** Yearly targets of the indicators. */
  public JdbcRepository<IndicatorTarget> indicatorTargets() {
    return indicatorTargets;
  }

  /** Tasking planner solve jobs (not part of the register: {@link #clear} keeps them). */
  public JdbcRepository<PlanJob> planJobs() {
    return planJobs;
  }

  /** The problem, plan and score analysis documents of solve jobs. */
  public JdbcRepository<PlanDocument> planDocuments() {
    return planDocuments;
  }

  /** Deletes every record of the register (not the audit log's history of it). For the demo. */
  public void clear(String actor) {
    inTransaction(
        () -> {
          for (String t :
              new String[] {
                "ranking_entry",
                "ranking_run",
                "reference_line",
                "indicator_target",
                "indicator",
                "cost_booking",
                "disbursement",
                "grant_award",
                "pledge",
                "donor",
                "handover",
                "qc_inspection",
                "non_conformity",
                "qa_visit",
                "completion_report",
                "land_release",
                "task",
                "team",
                "accreditation",
                "operator",
                "evidence_link",
                "evidence",
                "hazardous_area",
                "settlement",
                "road_segment",
                "critical_infrastructure",
                "agricultural_parcel",
                "recovery_project",
                "region",
                "id_allocator"
              }) {
            jdbc.update("DELETE FROM " + t);
          }
          audit.record(actor, "Register", null, AuditLog.Action.DELETE, null, null);
        });
  }

  @Override
  public void close() {
    dataSource.close();
  }
}
