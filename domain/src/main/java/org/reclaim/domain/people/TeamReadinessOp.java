package org.reclaim.domain.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.reclaim.domain.team.Team;
import org.reclaim.domain.team.TeamType;

/**
 * Until when a team may work, by its people's qualifications (IMAS 06.10: everyone is qualified for
 * the task they do; IMAS 10.40: a clearance team works with a qualified medic present; IMAS 10.10:
 * under a qualified team leader).
 *
 * <p>A team is ready on a day when every member holds, valid that day, the qualification their role
 * requires ({@link PersonnelRole#requiredQualification()}), and a team that clears (manual,
 * mechanical, dog and EOD teams) has at least one team leader and one medic. A team with nobody on
 * record is {@link Status#NOT_ON_RECORD}: registers that keep no personnel are not checked.
 *
 * <p>Stateless and thread safe.
 */
public final class TeamReadinessOp {
  /** How a team stands. */
  public enum Status {
    /** No personnel on record for the team: not checked. */
    NOT_ON_RECORD,
    /** Qualified on the day asked, until {@link Readiness#readyUntil()}. */
    READY,
    /** Not qualified on the day asked (a lapsed or missing qualification, or no leader/medic). */
    NOT_READY
  }

  /**
   * A team's readiness on a day.
   *
   * @param teamId the team
   * @param status how it stands
   * @param readyUntil the last day every required qualification is still valid; {@code null} when
   *     not on record or not ready
   * @param reason why not ready, or what lapses first (names the person and the qualification);
   *     empty when not on record
   */
  public record Readiness(long teamId, Status status, LocalDate readyUntil, String reason) {}

  private TeamReadinessOp() {}

  /**
   * The readiness of {@code team} on {@code day}.
   *
   * @param members the team's people
   * @param qualifications every qualification of those people
   * @param courses courses by id, for the qualification each gives
   */
  public static Readiness check(
      Team team,
      LocalDate day,
      Collection<Person> members,
      Collection<Qualification> qualifications,
      Map<Long, Course> courses) {
    if (members.isEmpty()) {
      return new Readiness(team.id(), Status.NOT_ON_RECORD, null, "");
    }
    if (clears(team.type())) {
      for (PersonnelRole needed : List.of(PersonnelRole.TEAM_LEADER, PersonnelRole.MEDIC)) {
        if (members.stream().noneMatch(p -> p.role() == needed)) {
          return new Readiness(
              team.id(), Status.NOT_READY, null, "no " + word(needed) + " in the team");
        }
      }
    }
    Map<Long, List<Qualification>> byPerson =
        qualifications.stream().collect(Collectors.groupingBy(Qualification::personId));
    LocalDate until = null;
    String first = "";
    List<Person> sorted = new ArrayList<>(members);
    sorted.sort(Comparator.comparingLong(Person::id));
    for (Person p : sorted) {
      QualificationType needed = p.role().requiredQualification();
      LocalDate personUntil =
          byPerson.getOrDefault(p.id(), List.of()).stream()
              .filter(q -> q.isValidOn(day))
              .filter(q -> courseGives(courses, q, needed))
              .map(Qualification::validUntil)
              .max(Comparator.naturalOrder())
              .orElse(null);
      if (personUntil == null) {
        LocalDate lapsed =
            lastLapse(byPerson.getOrDefault(p.id(), List.of()), courses, needed, day);
        return new Readiness(
            team.id(),
            Status.NOT_READY,
            null,
            describe(p)
                + ": "
                + needed
                + (lapsed == null
                    ? " qualification missing"
                    : " qualification lapsed on " + lapsed));
      }
      if (until == null || personUntil.isBefore(until)) {
        until = personUntil;
        first = describe(p) + ": " + needed + " valid until " + personUntil;
      }
    }
    return new Readiness(team.id(), Status.READY, until, first);
  }

  private static boolean courseGives(
      Map<Long, Course> courses, Qualification q, QualificationType needed) {
    Course c = courses.get(q.courseId());
    return c != null && c.qualification() == needed;
  }

  private static LocalDate lastLapse(
      List<Qualification> held,
      Map<Long, Course> courses,
      QualificationType needed,
      LocalDate day) {
    return held.stream()
        .filter(q -> q.validUntil() != null && q.validUntil().isBefore(day))
        .filter(q -> courseGives(courses, q, needed))
        .map(Qualification::validUntil)
        .max(Comparator.naturalOrder())
        .orElse(null);
  }

  private static boolean clears(TeamType type) {
    return type == TeamType.MANUAL
        || type == TeamType.MECHANICAL
        || type == TeamType.MDD
        || type == TeamType.EOD;
  }

  private static String word(PersonnelRole role) {
    return role.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }

  private static String describe(Person p) {
    return word(p.role()) + " " + p.name() + " (person " + p.id() + ")";
  }
}
