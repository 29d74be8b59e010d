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
import org.reclaim.domain.context.RoadSegment;
import org.reclaim.domain.context.Settlement;
import org.reclaim.domain.evidence.Evidence;
import org.reclaim.domain.hazard.HazardousArea;
import org.reclaim.domain.operator.Accreditation;
import org.reclaim.domain.operator.Operator;
import org.reclaim.domain.region.Region;
import org.reclaim.domain.release.LandRelease;
import org.reclaim.domain.task.Task;
import org.reclaim.domain.team.Team;
import org.reclaim.store.audit.AuditLog;
import org.reclaim.store.jdbc.JdbcRepository;
import org.reclaim.store.jdbc.TableMapping;
import org.reclaim.store.jobs.JobTables;
import org.reclaim.store.jobs.PlanDocument;
import org.reclaim.store.jobs.PlanJob;
import org.reclaim.store.tables.ContextTables;
import org.reclaim.store.tables.HazardTables;
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
