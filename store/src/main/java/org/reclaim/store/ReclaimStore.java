package org.reclaim.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.reclaim.domain.context.AgriculturalParcel;
import org.reclaim.domain.context.CriticalInfrastructure;
import org.reclaim.domain.context.OccupationSnapshot;
import org.reclaim.domain.context.RecoveryProject;
import org.reclaim.domain.context.ReferenceLine;
import org.reclaim.domain.context.RoadSegment;
import org.reclaim.domain.context.Settlement;
import org.reclaim.domain.funding.Disbursement;
import org.reclaim.domain.funding.Donor;
import org.reclaim.domain.funding.Grant;
import org.reclaim.domain.funding.Pledge;
import org.reclaim.domain.operator.Accreditation;
import org.reclaim.domain.operator.Operator;
import org.reclaim.domain.quality.QaVisit;
import org.reclaim.domain.region.Region;
import org.reclaim.domain.strategy.Indicator;
import org.reclaim.domain.team.Team;
import org.reclaim.store.audit.AuditChain;
import org.reclaim.store.audit.AuditLog;
import org.reclaim.store.funding.CostBookingRepository;
import org.reclaim.store.funding.IndicatorTargetRepository;
import org.reclaim.store.hazard.EvidenceRepository;
import org.reclaim.store.hazard.HazardousAreaRepository;
import org.reclaim.store.jdbc.JdbcRepository;
import org.reclaim.store.jdbc.TableMapping;
import org.reclaim.store.jobs.JobTables;
import org.reclaim.store.jobs.PlanDocumentRepository;
import org.reclaim.store.jobs.PlanJobRepository;
import org.reclaim.store.likelihood.StoredModelRepository;
import org.reclaim.store.people.PeopleStore;
import org.reclaim.store.ranking.ProfileRepository;
import org.reclaim.store.ranking.RankingRepository;
import org.reclaim.store.release.CompletionReportRepository;
import org.reclaim.store.release.HandoverRepository;
import org.reclaim.store.release.LandReleaseRepository;
import org.reclaim.store.release.NonConformityRepository;
import org.reclaim.store.release.QcInspectionRepository;
import org.reclaim.store.release.TaskRepository;
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
  private final HazardousAreaRepository hazardousAreas;
  private final EvidenceRepository evidence;
  private final EvidenceLinkRepository evidenceLinks;
  private final JdbcRepository<Settlement> settlements;
  private final JdbcRepository<RoadSegment> roads;
  private final JdbcRepository<CriticalInfrastructure> infrastructure;
  private final JdbcRepository<AgriculturalParcel> parcels;
  private final JdbcRepository<RecoveryProject> recoveryProjects;
  private final JdbcRepository<Operator> operators;
  private final JdbcRepository<Accreditation> accreditations;
  private final JdbcRepository<Team> teams;
  private final TaskRepository tasks;
  private final LandReleaseRepository landReleases;
  private final CompletionReportRepository completionReports;
  private final JdbcRepository<QaVisit> qaVisits;
  private final NonConformityRepository nonConformities;
  private final QcInspectionRepository qcInspections;
  private final HandoverRepository handovers;
  private final JdbcRepository<Donor> donors;
  private final JdbcRepository<ReferenceLine> referenceLines;
  private final JdbcRepository<OccupationSnapshot> occupationSnapshots;
  private final JdbcRepository<Pledge> pledges;
  private final JdbcRepository<Grant> grants;
  private final JdbcRepository<Disbursement> disbursements;
  private final CostBookingRepository costBookings;
  private final JdbcRepository<Indicator> indicators;
  private final IndicatorTargetRepository indicatorTargets;
  private final PlanJobRepository planJobs;
  private final PlanDocumentRepository planDocuments;
  private final RankingRepository rankings;
  private final StoredModelRepository likelihoodModels;
  private final ProfileRepository profiles;
  private final PeopleStore people;
  private final ImportRuns importRuns;

  private final Map<String, TableMapping<?>> mappings = new HashMap<>();

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ReclaimStore.class);

  private ReclaimStore(StoreConfig config, Clock clock) {
    this.config = config;
    this.dataSource = openAndMigrate(config);
    this.jdbc = new JdbcTemplate(dataSource);
    DataSourceTransactionManager manager = new DataSourceTransactionManager(dataSource);
    this.tx = new TransactionTemplate(manager);
    TransactionTemplate requiresNew = new TransactionTemplate(manager);
    requiresNew.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.audit = new AuditLog(jdbc, clock, new AuditChain(jdbc, requiresNew));
    this.ids = new IdAllocator(jdbc, requiresNew);
    this.regions = repository(ContextTables.REGION);
    this.hazardousAreas =
        new HazardousAreaRepository(HazardTables.HAZARDOUS_AREA, jdbc, config.vendor(), audit);
    this.evidence = new EvidenceRepository(HazardTables.EVIDENCE, jdbc, config.vendor(), audit);
    this.evidenceLinks = new EvidenceLinkRepository(jdbc);
    this.settlements = repository(ContextTables.SETTLEMENT);
    this.roads = repository(ContextTables.ROAD_SEGMENT);
    this.infrastructure = repository(ContextTables.INFRASTRUCTURE);
    this.parcels = repository(ContextTables.PARCEL);
    this.recoveryProjects = repository(ContextTables.RECOVERY_PROJECT);
    this.operators = repository(ResourceTables.OPERATOR);
    this.accreditations = repository(ResourceTables.ACCREDITATION);
    this.teams = repository(ResourceTables.TEAM);
    this.tasks = new TaskRepository(HazardTables.TASK, jdbc, config.vendor(), audit);
    this.landReleases =
        new LandReleaseRepository(HazardTables.LAND_RELEASE, jdbc, config.vendor(), audit);
    this.completionReports =
        new CompletionReportRepository(
            ReleaseTables.COMPLETION_REPORT, jdbc, config.vendor(), audit);
    this.qaVisits = repository(ReleaseTables.QA_VISIT);
    this.nonConformities =
        new NonConformityRepository(ReleaseTables.NON_CONFORMITY, jdbc, config.vendor(), audit);
    this.qcInspections =
        new QcInspectionRepository(ReleaseTables.QC_INSPECTION, jdbc, config.vendor(), audit);
    this.handovers = new HandoverRepository(ReleaseTables.HANDOVER, jdbc, config.vendor(), audit);
    this.donors = repository(FundingTables.DONOR);
    this.referenceLines = repository(ReleaseTables.REFERENCE_LINE);
    this.occupationSnapshots = repository(ContextTables.OCCUPATION_SNAPSHOT);
    this.pledges = repository(FundingTables.PLEDGE);
    this.grants = repository(FundingTables.GRANT);
    this.disbursements = repository(FundingTables.DISBURSEMENT);
    this.costBookings =
        new CostBookingRepository(FundingTables.COST_BOOKING, jdbc, config.vendor(), audit);
    this.indicators = repository(FundingTables.INDICATOR);
    this.indicatorTargets =
        new IndicatorTargetRepository(FundingTables.INDICATOR_TARGET, jdbc, config.vendor(), audit);
    this.planJobs = new PlanJobRepository(JobTables.PLAN_JOB, jdbc, config.vendor(), audit);
    this.planDocuments =
        new PlanDocumentRepository(JobTables.PLAN_DOCUMENT, jdbc, config.vendor(), audit);
    this.rankings = new RankingRepository(jdbc, config.vendor());
    this.likelihoodModels = new StoredModelRepository(jdbc, config.vendor(), audit);
    this.profiles = new ProfileRepository(jdbc);
    this.people = new PeopleStore(config, jdbc, config.vendor(), audit, clock);
    this.importRuns = new ImportRuns(jdbc, requiresNew, audit, clock);
    if (config.embeddedFile().isPresent()) {
      audit.makeDurableAfterEachCommit(() -> jdbc.execute("CHECKPOINT"));
    }
    indexMappings();
  }

  private void indexMappings() {
    for (JdbcRepository<?> r :
        List.of(
            regions,
            hazardousAreas,
            evidence,
            settlements,
            roads,
            infrastructure,
            parcels,
            recoveryProjects,
            operators,
            accreditations,
            teams,
            tasks,
            landReleases,
            completionReports,
            qaVisits,
            nonConformities,
            qcInspections,
            handovers,
            donors,
            referenceLines,
            occupationSnapshots,
            pledges,
            grants,
            disbursements,
            costBookings,
            indicators,
            indicatorTargets,
            planJobs,
            planDocuments,
            likelihoodModels)) {
      mappings.put(r.mapping().entity(), r.mapping());
    }
    for (JdbcRepository<?> r : people.repositories()) {
      mappings.put(r.mapping().entity(), r.mapping());
    }
  }

  /**
   * The table mapping of a record type (its entity name is the type's simple name), for writing a
   * stored record's columns out (as a GeoJSON feature's properties, an export's fields).
   *
   * @throws IllegalArgumentException when no table holds records of {@code type}
   */
  @SuppressWarnings("unchecked")
  public <T> TableMapping<T> mappingOf(Class<? extends T> type) {
    TableMapping<?> m = mappings.get(type.getSimpleName());
    if (m == null) {
      throw new IllegalArgumentException("no table holds " + type.getSimpleName() + " records");
    }
    return (TableMapping<T>) m;
  }

  /**
   * Opens the store, creating or migrating the schema as needed.
   *
   * @throws StoreInUseException when the embedded database is open in another process
   */
  public static ReclaimStore open(StoreConfig config) {
    return open(config, Clock.systemUTC());
  }

  /** Opens the store with a given clock for audit timestamps (tests). */
  public static ReclaimStore open(StoreConfig config, Clock clock) {
    ReclaimStore store;
    try {
      store = openOnce(config, clock);
    } catch (RuntimeException e) {
      if (!interruptedRecovery(config, e)) {
        throw e;
      }
      store = openOnce(config, clock);
    }
    if (store.recoveredFromCrash) {
      // closed cleanly once recovered, and opened again from that clean state: H2 kept serving
      // the recovered database for a while, then closed it by itself ("Map … is closed")
      store.close();
      LOG.warn("the embedded store recovered; opening it again from its clean state");
      store = openOnce(config, clock);
    }
    return store;
  }

  /**
   * Opens, migrates and recovers the store. The first open of an embedded database after its
   * process was killed in the middle of a large transaction can fail while H2 rolls that
   * transaction back ("Map … is closed", seen by {@code reclaim bench crash}); opening it once more
   * succeeds, so {@link #open(StoreConfig, Clock)} does that, once, and says so in the log.
   */
  private static ReclaimStore openOnce(StoreConfig config, Clock clock) {
    ReclaimStore store = new ReclaimStore(config, clock);
    try {
      store.recoverAfterCrash();
      return store;
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
  }

  /**
   * What the embedded database needs after its process was killed (a no-op after a clean stop):
   * identities and id counters past anything handed out, interrupted imports removed ({@link
   * ImportRuns}) — after rebuilding the spatial indexes when H2's left them disagreeing with their
   * tables ({@link CrashRecovery}).
   */
  private void recoverAfterCrash() {
    if (config.embeddedFile().isEmpty()) {
      ready = true;
      return;
    }
    Integer clean =
        jdbc.query("SELECT clean FROM store_state WHERE id = 1", (rs, n) -> rs.getInt(1)).stream()
            .findFirst()
            .orElse(null);
    if (clean == null) {
      jdbc.update("INSERT INTO store_state (id, clean, opened_at) VALUES (1, 0, ?)", now());
    } else {
      jdbc.update("UPDATE store_state SET clean = 0, opened_at = ? WHERE id = 1", now());
    }
    jdbc.execute("CHECKPOINT");
    if (clean != null && clean == 0) {
      LOG.warn("the embedded store was not closed cleanly (its process was killed); recovering");
      recoveredFromCrash = true;
      CrashRecovery recovery = new CrashRecovery(jdbc);
      recovery.realignIdentities();
      recovery.realignIdAllocator();
    }
    // one process at a time holds the embedded database: an import still running is a crash's
    List<ImportRuns.Recovered> recovered;
    try {
      recovered = importRuns.recoverInterrupted();
    } catch (IllegalStateException damaged) {
      LOG.warn("{}; rebuilding the spatial indexes from their tables", damaged.getMessage());
      new CrashRecovery(jdbc).rebuildSpatialIndexes();
      recovered = importRuns.recoverInterrupted();
    }
    recovered.forEach(
        r ->
            LOG.warn(
                "import run {} into {} was cut off by a crash; removed {} leftover rows",
                r.run(),
                r.table(),
                r.leftoversRemoved()));
    ready = true;
  }

  /** The pool over the database, its schema migrated. */
  private static HikariDataSource openAndMigrate(StoreConfig config) {
    HikariDataSource pool;
    try {
      pool = dataSource(config);
    } catch (RuntimeException e) {
      throw StoreInUseException.ifLocked(config, e);
    }
    try {
      Flyway.configure()
          .dataSource(pool)
          .locations(config.vendor().migrations())
          .outputQueryResults(false)
          .load()
          .migrate();
      return pool;
    } catch (RuntimeException e) {
      pool.close();
      throw StoreInUseException.ifLocked(config, e);
    }
  }

  private static boolean interruptedRecovery(StoreConfig config, Throwable e) {
    if (config.embeddedFile().isEmpty()) {
      return false;
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof org.h2.mvstore.MVStoreException) {
        LOG.warn(
            "the embedded database was not closed cleanly and its recovery stopped ({});"
                + " opening it again",
            t.getMessage());
        return true;
      }
    }
    return false;
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

  /**
   * The pooled data source, for the server's health check and for benchmarks that compare the
   * engines with SQL run on the same database. Services never use it: their queries are the
   * repositories' typed methods.
   */
  public DataSource dataSource() {
    return dataSource;
  }

  /** Whether opening finished (a store that failed to open is not marked closed cleanly). */
  private volatile boolean ready;

  private boolean recoveredFromCrash;

  private String now() {
    return java.time.Instant.now().toString();
  }

  /**
   * Brings the database's planner statistics up to date (PostgreSQL's {@code ANALYZE}; H2 keeps
   * none worth refreshing): after writing a large amount at once, a query planned without them can
   * sort a whole national ranking run for one page (0.5 s instead of 1 ms, {@code reclaim bench
   * table}). Autovacuum does the same a little later.
   */
  public void refreshStatistics() {
    if (config.vendor() == Vendor.POSTGRESQL) {
      jdbc.execute("ANALYZE");
    }
  }

  /** The ledger of file imports (crash recovery of the embedded store). */
  public ImportRuns importRuns() {
    return importRuns;
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

  public HazardousAreaRepository hazardousAreas() {
    return hazardousAreas;
  }

  public EvidenceRepository evidence() {
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

  public TaskRepository tasks() {
    return tasks;
  }

  public LandReleaseRepository landReleases() {
    return landReleases;
  }

  /** Completion reports, one per task (IMAS 07.11). */
  public CompletionReportRepository completionReports() {
    return completionReports;
  }

  /** QA monitoring visits (IMAS 07.12). */
  public JdbcRepository<QaVisit> qaVisits() {
    return qaVisits;
  }

  /** Non-conformities found on QA visits (IMAS 07.12). */
  public NonConformityRepository nonConformities() {
    return nonConformities;
  }

  /** QC post-clearance inspections (IMAS 09.20). */
  public QcInspectionRepository qcInspections() {
    return qcInspections;
  }

  /** Handovers of released land. */
  public HandoverRepository handovers() {
    return handovers;
  }

  /** Contact lines and borders (compensation rules). */
  public JdbcRepository<ReferenceLine> referenceLines() {
    return referenceLines;
  }

  /** Occupied territory by date: front-line snapshots. */
  public JdbcRepository<OccupationSnapshot> occupationSnapshots() {
    return occupationSnapshots;
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
  public CostBookingRepository costBookings() {
    return costBookings;
  }

  /** National strategy indicators. */
  public JdbcRepository<Indicator> indicators() {
    return indicators;
  }

  /** Yearly targets of the indicators. */
  public IndicatorTargetRepository indicatorTargets() {
    return indicatorTargets;
  }

  /** Tasking planner solve jobs (not part of the register: {@link #clear} keeps them). */
  public PlanJobRepository planJobs() {
    return planJobs;
  }

  /** The problem, plan and score analysis documents of solve jobs. */
  public PlanDocumentRepository planDocuments() {
    return planDocuments;
  }

  /** Deletes every record of the register (not the audit log's history of it). For the demo. */
  public void clear(String actor) {
    inTransaction(
        () -> {
          people.clear();
          for (String t :
              new String[] {
                "ranking_entry",
                "ranking_run",
                "reference_line",
                "occupation_snapshot",
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

  /** Ranking runs and their entries. */
  public RankingRepository rankings() {
    return rankings;
  }

  /** Contamination-likelihood models (not part of the register: {@link #clear} keeps them). */
  public StoredModelRepository likelihoodModels() {
    return likelihoodModels;
  }

  /**
   * The people side: personnel and training, EORE, accidents, casualties and their personal data,
   * referrals, and the accounts.
   */
  public PeopleStore people() {
    return people;
  }

  /** Saved policy profile versions. */
  public ProfileRepository profiles() {
    return profiles;
  }

  @Override
  public void close() {
    try {
      audit.chain().close();
    } catch (RuntimeException e) {
      System.err.println("reclaim: could not seal the audit log on close: " + e.getMessage());
    }
    if (config.embeddedFile().isPresent() && ready) {
      try {
        jdbc.update("UPDATE store_state SET clean = 1 WHERE id = 1");
      } catch (RuntimeException e) {
        System.err.println("reclaim: could not mark the store closed: " + e.getMessage());
      }
    }
    dataSource.close();
  }
}
