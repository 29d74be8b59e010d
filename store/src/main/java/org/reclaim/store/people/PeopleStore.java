package org.reclaim.store.people;

import java.time.Clock;
import java.util.function.Supplier;
import org.reclaim.domain.people.Accident;
import org.reclaim.domain.people.Casualty;
import org.reclaim.domain.people.Course;
import org.reclaim.domain.people.EoreSession;
import org.reclaim.domain.people.Person;
import org.reclaim.domain.people.Qualification;
import org.reclaim.domain.people.Referral;
import org.reclaim.store.StoreConfig;
import org.reclaim.store.Vendor;
import org.reclaim.store.audit.AuditLog;
import org.reclaim.store.jdbc.JdbcRepository;
import org.reclaim.store.tables.PeopleTables;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.function.SingletonSupplier;

/**
 * The people side of the register: its repositories, the vault of casualties' personal data and the
 * accounts. The data key is read on first use of the vault, so registers without personal data
 * never need one.
 *
 * <p>Thread safe.
 */
public final class PeopleStore {
  private final JdbcRepository<Person> personnel;
  private final JdbcRepository<Course> courses;
  private final JdbcRepository<Qualification> qualifications;
  private final JdbcRepository<EoreSession> eoreSessions;
  private final JdbcRepository<Accident> accidents;
  private final JdbcRepository<Casualty> casualties;
  private final JdbcRepository<Referral> referrals;
  private final PersonalDataVault vault;
  private final UserRepository users;
  private final ApiTokenRepository apiTokens;
  private final JdbcTemplate jdbc;

  public PeopleStore(
      StoreConfig config, JdbcTemplate jdbc, Vendor vendor, AuditLog audit, Clock clock) {
    this.jdbc = jdbc;
    this.personnel = new JdbcRepository<>(PeopleTables.PERSON, jdbc, vendor, audit);
    this.courses = new JdbcRepository<>(PeopleTables.COURSE, jdbc, vendor, audit);
    this.qualifications = new JdbcRepository<>(PeopleTables.QUALIFICATION, jdbc, vendor, audit);
    this.eoreSessions = new JdbcRepository<>(PeopleTables.EORE_SESSION, jdbc, vendor, audit);
    this.accidents = new JdbcRepository<>(PeopleTables.ACCIDENT, jdbc, vendor, audit);
    this.casualties = new JdbcRepository<>(PeopleTables.CASUALTY, jdbc, vendor, audit);
    this.referrals = new JdbcRepository<>(PeopleTables.REFERRAL, jdbc, vendor, audit);
    Supplier<FieldCipher> cipher =
        SingletonSupplier.of(() -> new FieldCipher(DataKey.resolve(config)));
    this.vault = new PersonalDataVault(jdbc, audit, clock, cipher);
    this.users = new UserRepository(jdbc, audit, clock);
    this.apiTokens = new ApiTokenRepository(jdbc, audit, clock);
  }

  /** Personnel of the operators. */
  public JdbcRepository<Person> personnel() {
    return personnel;
  }

  /** Training courses. */
  public JdbcRepository<Course> courses() {
    return courses;
  }

  /** Trainees' results and the qualifications they hold. */
  public JdbcRepository<Qualification> qualifications() {
    return qualifications;
  }

  /** EORE sessions. */
  public JdbcRepository<EoreSession> eoreSessions() {
    return eoreSessions;
  }

  /** Explosive ordnance accidents. */
  public JdbcRepository<Accident> accidents() {
    return accidents;
  }

  /** Casualties as counted (never their personal data: see {@link #personalData()}). */
  public JdbcRepository<Casualty> casualties() {
    return casualties;
  }

  /** Victim assistance referrals. */
  public JdbcRepository<Referral> referrals() {
    return referrals;
  }

  /** Casualties' personal data, sealed. */
  public PersonalDataVault personalData() {
    return vault;
  }

  /** The accounts of people who sign in. */
  public UserRepository users() {
    return users;
  }

  /** The personal API tokens of those accounts, kept hashed. */
  public ApiTokenRepository apiTokens() {
    return apiTokens;
  }

  /**
   * Every repository of this side, dependants first (the order a register is cleared in); the store
   * indexes their mappings.
   */
  public java.util.List<JdbcRepository<?>> repositories() {
    return java.util.List.of(
        referrals, casualties, accidents, eoreSessions, qualifications, courses, personnel);
  }

  /** Deletes the people records and personal data (accounts stay); the caller audits. */
  public void clear() {
    vault.deleteAll();
    for (JdbcRepository<?> r : repositories()) {
      jdbc.update("DELETE FROM " + r.mapping().table());
    }
  }
}
