package org.reclaim.domain.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.reclaim.domain.team.DateRange;
import org.reclaim.domain.team.ProductivityTable;
import org.reclaim.domain.team.Team;
import org.reclaim.domain.team.TeamType;

class TeamReadinessOpTest {
  private static final LocalDate DAY = LocalDate.of(2026, 12, 7);
  private static final Team TEAM =
      new Team(
          7,
          1,
          "Alpha",
          TeamType.MANUAL,
          new GeometryFactory().createPoint(new Coordinate(36.2, 49.9)),
          ProductivityTable.parse("MANUAL/*/*=150"),
          400,
          List.of());
  private static final Map<Long, Course> COURSES =
      Map.of(
          1L, course(1, QualificationType.TEAM_LEADER),
          2L, course(2, QualificationType.MEDIC),
          3L, course(3, QualificationType.DEMINING));

  @Test
  void readyUntilTheFirstRequiredQualificationLapses() {
    List<Person> people =
        List.of(
            person(10, PersonnelRole.TEAM_LEADER),
            person(11, PersonnelRole.MEDIC),
            person(12, PersonnelRole.DEMINER));
    List<Qualification> held =
        List.of(
            passed(100, 10, 1, LocalDate.of(2027, 6, 30)),
            passed(101, 11, 2, LocalDate.of(2027, 1, 15)),
            passed(102, 12, 3, LocalDate.of(2027, 3, 1)),
            // a demining course does not qualify the medic
            passed(103, 11, 3, LocalDate.of(2028, 1, 1)));

    TeamReadinessOp.Readiness r = TeamReadinessOp.check(TEAM, DAY, people, held, COURSES);

    assertThat(r.status()).isEqualTo(TeamReadinessOp.Status.READY);
    assertThat(r.readyUntil()).isEqualTo(LocalDate.of(2027, 1, 15));
    assertThat(r.reason()).contains("medic", "person 11", "MEDIC");
  }

  @Test
  void aLapsedQualificationMakesTheTeamNotReadyAndSaysWhose() {
    List<Person> people =
        List.of(person(10, PersonnelRole.TEAM_LEADER), person(11, PersonnelRole.MEDIC));
    List<Qualification> held =
        List.of(
            passed(100, 10, 1, LocalDate.of(2026, 11, 30)),
            passed(101, 11, 2, LocalDate.of(2027, 1, 15)));

    TeamReadinessOp.Readiness r = TeamReadinessOp.check(TEAM, DAY, people, held, COURSES);

    assertThat(r.status()).isEqualTo(TeamReadinessOp.Status.NOT_READY);
    assertThat(r.readyUntil()).isNull();
    assertThat(r.reason())
        .isEqualTo(
            "team leader Person 10 (person 10): TEAM_LEADER qualification lapsed on 2026-11-30");
  }

  @Test
  void aClearanceTeamNeedsAMedicAndATeamWithoutPeopleIsNotChecked() {
    List<Person> people = List.of(person(10, PersonnelRole.TEAM_LEADER));
    List<Qualification> held = List.of(passed(100, 10, 1, LocalDate.of(2027, 6, 30)));
    assertThat(TeamReadinessOp.check(TEAM, DAY, people, held, COURSES).reason())
        .isEqualTo("no medic in the team");
    assertThat(TeamReadinessOp.check(TEAM, DAY, List.of(), List.of(), COURSES).status())
        .isEqualTo(TeamReadinessOp.Status.NOT_ON_RECORD);
  }

  private static Course course(long id, QualificationType q) {
    return new Course(
        id,
        "Course " + id,
        q,
        "National training centre",
        "UA",
        "Kyiv",
        new DateRange(LocalDate.of(2025, 1, 6), LocalDate.of(2025, 2, 14)),
        24);
  }

  private static Person person(long id, PersonnelRole role) {
    return new Person(
        id, 1, 7L, "Person " + id, role, Sex.FEMALE, 1990, false, false, LocalDate.of(2023, 1, 1));
  }

  private static Qualification passed(long id, long person, long course, LocalDate until) {
    return new Qualification(
        id,
        person,
        course,
        Qualification.Result.PASSED,
        LocalDate.of(2025, 2, 14),
        until,
        "examiner");
  }
}
