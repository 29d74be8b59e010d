package org.reclaim.app.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.reclaim.app.security.Caller;
import org.reclaim.app.security.Role;
import org.reclaim.domain.people.Accident;
import org.reclaim.domain.people.Casualty;
import org.reclaim.domain.people.CountTable;
import org.reclaim.domain.people.Course;
import org.reclaim.domain.people.EoreSession;
import org.reclaim.domain.people.PeopleTally;
import org.reclaim.domain.people.Person;
import org.reclaim.domain.people.PersonnelRole;
import org.reclaim.domain.people.Qualification;
import org.reclaim.domain.people.Referral;
import org.reclaim.domain.people.SmallCellSuppressionOp;
import org.reclaim.store.ReclaimStore;
import org.reclaim.store.people.PeopleStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Reports that count people, each disaggregated by sex, SADDD age group, disability and veteran
 * status (IMAS 05.10): personnel by role, people trained by year, course and provider (IMAS 06.10),
 * EORE beneficiaries by year and method (IMAS 12.10), casualties by year, outcome and category
 * (IMAS 13.10). Donors and the public get them with every count below {@code
 * reclaim.people.min-cell} (default 5) suppressed, and its complements ({@link
 * SmallCellSuppressionOp}); the roles that hold the records see the exact counts. An operator's
 * field manager sees the own organisation's staff only.
 *
 * <p>Works on snapshots read from the store; thread safe.
 */
@Service
public class PeopleReports {
  private final PeopleStore people;
  private final int minCell;

  /**
   * A report of counts, as published to its reader.
   *
   * @param title what it counts
   * @param table the counts ({@code null} cells suppressed)
   * @param suppressed whether small cells were withheld for this reader
   */
  public record Report(String title, CountTable table, boolean suppressed) {}

  /**
   * A qualification that lapses soon.
   *
   * @param personId the person
   * @param name the person's name
   * @param operatorId the employer
   * @param teamId the team, or {@code null}
   * @param role the role
   * @param qualification what lapses
   * @param validUntil its last valid day
   * @param daysLeft days from today
   */
  public record Expiring(
      long personId,
      String name,
      long operatorId,
      Long teamId,
      PersonnelRole role,
      String qualification,
      LocalDate validUntil,
      long daysLeft) {}

  /**
   * A referral open too long.
   *
   * @param referralId the referral
   * @param casualtyId the casualty
   * @param service the service
   * @param provider who provides it
   * @param status its status
   * @param referredOn when referred
   * @param daysOpen days open today
   */
  public record OpenReferral(
      long referralId,
      long casualtyId,
      Referral.Service service,
      String provider,
      Referral.Status status,
      LocalDate referredOn,
      long daysOpen) {}

  public PeopleReports(ReclaimStore store, @Value("${reclaim.people.min-cell:5}") int minCell) {
    this.people = store.people();
    this.minCell = minCell;
  }

  /** The smallest count published to donors and the public. */
  public int minCell() {
    return minCell;
  }

  /** {@code table} as {@code caller} may see it. */
  public Report publish(String title, CountTable table, Caller caller) {
    boolean suppress = caller.role() == null || caller.role().seesSuppressedAggregates();
    return new Report(
        title, suppress ? SmallCellSuppressionOp.apply(table, minCell) : table, suppress);
  }

  /** Personnel on {@code day} by role (an operator: the own organisation's). */
  public Report personnel(Caller caller, LocalDate day) {
    PeopleTally t = new PeopleTally();
    for (PersonnelRole r : PersonnelRole.values()) {
      t.row(r.name());
    }
    for (Person p : scoped(caller)) {
      if (!p.employedFrom().isAfter(day)) {
        t.add(p.role().name(), p.sex(), p.ageGroup(day), p.disability(), p.veteran(), 1);
      }
    }
    return publish("personnel by role on " + day, t.build(), caller);
  }

  /** People who passed a course, by year, course and provider. */
  public Report trained(Caller caller) {
    return trained(caller, false);
  }

  /**
   * People who passed a course, by year, course and provider — or by year only ({@code byYearOnly}:
   * what the public page publishes, fewer and larger cells).
   */
  public Report trained(Caller caller, boolean byYearOnly) {
    Map<Long, Person> byId = index(scoped(caller), Person::id);
    Map<Long, Course> courses = index(people.courses().listAll(), Course::id);
    PeopleTally t = new PeopleTally();
    people.qualifications().listAll().stream()
        .filter(q -> q.result() == Qualification.Result.PASSED && byId.containsKey(q.personId()))
        .sorted(Comparator.comparing(Qualification::awardedOn))
        .forEach(
            q -> {
              Person p = byId.get(q.personId());
              Course c = courses.get(q.courseId());
              String label =
                  byYearOnly
                      ? String.valueOf(q.awardedOn().getYear())
                      : q.awardedOn().getYear()
                          + " · "
                          + (c == null ? "course " + q.courseId() : c.title())
                          + " · "
                          + (c == null ? "?" : c.provider() + " (" + c.providerCountry() + ")");
              t.add(label, p.sex(), p.ageGroup(q.awardedOn()), p.disability(), p.veteran(), 1);
            });
    return publish("people trained by year, course and provider", t.build(), caller);
  }

  /** Qualifications lapsing within {@code days} of {@code today}, soonest first. */
  public List<Expiring> expiring(Caller caller, LocalDate today, int days) {
    Map<Long, Person> byId = index(scoped(caller), Person::id);
    Map<Long, Course> courses = index(people.courses().listAll(), Course::id);
    LocalDate until = today.plusDays(days);
    List<Expiring> out = new ArrayList<>();
    for (Qualification q : people.qualifications().listAll()) {
      Person p = byId.get(q.personId());
      if (p == null || q.validUntil() == null) {
        continue;
      }
      if (!q.validUntil().isBefore(today) && !q.validUntil().isAfter(until)) {
        Course c = courses.get(q.courseId());
        out.add(
            new Expiring(
                p.id(),
                p.name(),
                p.operatorId(),
                p.teamId(),
                p.role(),
                c == null ? "course " + q.courseId() : c.qualification().name(),
                q.validUntil(),
                java.time.temporal.ChronoUnit.DAYS.between(today, q.validUntil())));
      }
    }
    out.sort(Comparator.comparing(Expiring::validUntil).thenComparing(Expiring::personId));
    return out;
  }

  /** EORE beneficiaries by year and method. */
  public Report eore(Caller caller) {
    return eore(caller, false);
  }

  /** EORE beneficiaries by year and method, or by year only. */
  public Report eore(Caller caller, boolean byYearOnly) {
    PeopleTally t = new PeopleTally();
    List<EoreSession> sessions = new ArrayList<>(people.eoreSessions().listAll());
    sessions.sort(Comparator.comparing(EoreSession::heldOn));
    for (EoreSession s : sessions) {
      if (caller.is(Role.OPERATOR)
          && (caller.organisation().isEmpty()
              || caller.organisation().getAsLong() != s.operatorId())) {
        continue;
      }
      t.add(
          byYearOnly
              ? String.valueOf(s.heldOn().getYear())
              : s.heldOn().getYear() + " · " + s.method(),
          s.beneficiaries());
    }
    return publish("EORE beneficiaries by year and method", t.build(), caller);
  }

  /** Casualties by year of the accident, outcome and category. */
  public Report casualties(Caller caller) {
    return casualties(caller, false);
  }

  /** Casualties by year of the accident, outcome and category, or by year only. */
  public Report casualties(Caller caller, boolean byYearOnly) {
    Map<Long, Accident> accidents = index(people.accidents().listAll(), Accident::id);
    PeopleTally t = new PeopleTally();
    people.casualties().listAll().stream()
        .sorted(
            Comparator.comparing(
                (Casualty c) -> accidents.get(c.accidentId()).occurredOn().getYear()))
        .forEach(
            c ->
                t.add(
                    accidents.get(c.accidentId()).occurredOn().getYear()
                        + (byYearOnly ? "" : " · " + c.outcome() + " · " + c.category()),
                    c.sex(),
                    c.ageGroup(),
                    c.disability(),
                    c.veteran(),
                    1));
    return publish("casualties by year, outcome and category", t.build(), caller);
  }

  /** Referrals open for more than {@code days} on {@code today}, longest open first. */
  public List<OpenReferral> openReferrals(LocalDate today, int days) {
    return people.referrals().listAll().stream()
        .filter(r -> r.status().isOpen() && r.daysOpen(today) > days)
        .map(
            r ->
                new OpenReferral(
                    r.id(),
                    r.casualtyId(),
                    r.service(),
                    r.provider(),
                    r.status(),
                    r.referredOn(),
                    r.daysOpen(today)))
        .sorted(Comparator.comparingLong(OpenReferral::daysOpen).reversed())
        .toList();
  }

  private List<Person> scoped(Caller caller) {
    List<Person> all = people.personnel().listAll();
    if (!caller.is(Role.OPERATOR)) {
      return all;
    }
    if (caller.organisation().isEmpty()) {
      return List.of();
    }
    long org = caller.organisation().getAsLong();
    return all.stream().filter(p -> p.operatorId() == org).toList();
  }

  private static <T> Map<Long, T> index(List<T> records, Function<T, Long> id) {
    return records.stream().collect(Collectors.toMap(id, r -> r, (a, b) -> a));
  }
}
