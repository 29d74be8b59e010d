package org.reclaim.store.tables;

import static org.reclaim.store.jdbc.Column.ColumnType.DATE;
import static org.reclaim.store.jdbc.Column.ColumnType.GEOMETRY;
import static org.reclaim.store.jdbc.Column.ColumnType.INT;
import static org.reclaim.store.jdbc.Column.ColumnType.LONG;
import static org.reclaim.store.jdbc.Column.ColumnType.TEXT;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Point;
import org.reclaim.domain.people.Accident;
import org.reclaim.domain.people.AgeGroup;
import org.reclaim.domain.people.Beneficiaries;
import org.reclaim.domain.people.Casualty;
import org.reclaim.domain.people.Course;
import org.reclaim.domain.people.EoreMethod;
import org.reclaim.domain.people.EoreSession;
import org.reclaim.domain.people.Person;
import org.reclaim.domain.people.PersonnelRole;
import org.reclaim.domain.people.Qualification;
import org.reclaim.domain.people.QualificationType;
import org.reclaim.domain.people.Referral;
import org.reclaim.domain.people.Sex;
import org.reclaim.domain.team.DateRange;
import org.reclaim.store.jdbc.Column;
import org.reclaim.store.jdbc.Row;
import org.reclaim.store.jdbc.TableMapping;

/**
 * Table mappings of the people side of the register: personnel, courses, qualifications, EORE
 * sessions, accidents, casualties (without their personal data, which {@code
 * store.people.PersonalDataVault} keeps encrypted) and referrals.
 */
public final class PeopleTables {
  private PeopleTables() {}

  /** The EORE beneficiary columns, female then male by SADDD age group. */
  private static final List<String> BENEFICIARY_COLUMNS = Beneficiaries.COLUMNS;

  public static final TableMapping<Person> PERSON =
      new TableMapping<>(
          "Person",
          "person",
          Person::id,
          List.of(
              Column.of("operator_id", LONG, Person::operatorId),
              Column.of("team_id", LONG, Person::teamId),
              Column.of("name", TEXT, Person::name),
              Column.of("role", TEXT, Person::role),
              Column.of("sex", TEXT, Person::sex),
              Column.of("birth_year", INT, Person::birthYear),
              Column.of("disability", INT, p -> flag(p.disability())),
              Column.of("veteran", INT, p -> flag(p.veteran())),
              Column.of("employed_from", DATE, Person::employedFrom)),
          null,
          r ->
              new Person(
                  r.getLong("id"),
                  r.getLong("operator_id"),
                  r.findLong("team_id"),
                  r.getText("name"),
                  r.getEnum(PersonnelRole.class, "role"),
                  r.getEnum(Sex.class, "sex"),
                  r.getInt("birth_year"),
                  r.getInt("disability") == 1,
                  r.getInt("veteran") == 1,
                  r.getDate("employed_from")));

  public static final TableMapping<Course> COURSE =
      new TableMapping<>(
          "Course",
          "course",
          Course::id,
          List.of(
              Column.of("title", TEXT, Course::title),
              Column.of("qualification", TEXT, Course::qualification),
              Column.of("provider", TEXT, Course::provider),
              Column.of("provider_country", TEXT, Course::providerCountry),
              Column.of("place", TEXT, Course::place),
              Column.of("start_date", DATE, c -> c.dates().from()),
              Column.of("end_date", DATE, c -> c.dates().to()),
              Column.of("validity_months", INT, Course::validityMonths)),
          null,
          r ->
              new Course(
                  r.getLong("id"),
                  r.getText("title"),
                  r.getEnum(QualificationType.class, "qualification"),
                  r.getText("provider"),
                  r.getText("provider_country"),
                  r.getText("place"),
                  new DateRange(r.getDate("start_date"), r.getDate("end_date")),
                  r.getInt("validity_months")));

  public static final TableMapping<Qualification> QUALIFICATION =
      new TableMapping<>(
          "Qualification",
          "qualification",
          Qualification::id,
          List.of(
              Column.of("person_id", LONG, q -> q.personId()),
              Column.of("course_id", LONG, q -> q.courseId()),
              Column.of("result", TEXT, q -> q.result()),
              Column.of("awarded_on", DATE, q -> q.awardedOn()),
              Column.of("valid_until", DATE, q -> q.validUntil()),
              Column.of("certified_by", TEXT, q -> q.certifiedBy())),
          null,
          r ->
              new Qualification(
                  r.getLong("id"),
                  r.getLong("person_id"),
                  r.getLong("course_id"),
                  r.getEnum(Qualification.Result.class, "result"),
                  r.getDate("awarded_on"),
                  r.getDate("valid_until"),
                  r.getText("certified_by")));

  public static final TableMapping<EoreSession> EORE_SESSION =
      new TableMapping<>(
          "EoreSession",
          "eore_session",
          EoreSession::id,
          eoreColumns(),
          "geom",
          r ->
              new EoreSession(
                  r.getLong("id"),
                  r.getLong("operator_id"),
                  r.getDate("held_on"),
                  (Point) r.getGeometry("geom"),
                  r.findLong("settlement_id"),
                  r.getEnum(EoreMethod.class, "method"),
                  r.getText("audience"),
                  beneficiaries(r)));

  public static final TableMapping<Accident> ACCIDENT =
      new TableMapping<>(
          "Accident",
          "accident",
          Accident::id,
          List.of(
              Column.of("occurred_on", DATE, Accident::occurredOn),
              Column.of("hazardous_area_id", LONG, Accident::hazardousAreaId),
              Column.of("evidence_id", LONG, Accident::evidenceId),
              Column.of("activity", TEXT, Accident::activity),
              Column.of("device", TEXT, Accident::device),
              Column.of("geom", GEOMETRY, Accident::location)),
          "geom",
          r ->
              new Accident(
                  r.getLong("id"),
                  r.getDate("occurred_on"),
                  (Point) r.getGeometry("geom"),
                  r.findLong("hazardous_area_id"),
                  r.findLong("evidence_id"),
                  r.getText("activity"),
                  r.getText("device")));

  /** Casualties as counted; the personal data is never in this table. */
  public static final TableMapping<Casualty> CASUALTY =
      new TableMapping<>(
          "Casualty",
          "casualty",
          Casualty::id,
          List.of(
              Column.of("accident_id", LONG, Casualty::accidentId),
              Column.of("sex", TEXT, Casualty::sex),
              Column.of("age_group", TEXT, Casualty::ageGroup),
              Column.of("outcome", TEXT, Casualty::outcome),
              Column.of("category", TEXT, Casualty::category),
              Column.of("disability", INT, c -> flag(c.disability())),
              Column.of("veteran", INT, c -> flag(c.veteran()))),
          null,
          r ->
              new Casualty(
                  r.getLong("id"),
                  r.getLong("accident_id"),
                  r.getEnum(Sex.class, "sex"),
                  r.getEnum(AgeGroup.class, "age_group"),
                  r.getEnum(Casualty.Outcome.class, "outcome"),
                  r.getEnum(Casualty.Category.class, "category"),
                  r.getInt("disability") == 1,
                  r.getInt("veteran") == 1,
                  null));

  public static final TableMapping<Referral> REFERRAL =
      new TableMapping<>(
          "Referral",
          "referral",
          Referral::id,
          List.of(
              Column.of("casualty_id", LONG, Referral::casualtyId),
              Column.of("service", TEXT, Referral::service),
              Column.of("provider", TEXT, Referral::provider),
              Column.of("status", TEXT, Referral::status),
              Column.of("referred_on", DATE, Referral::referredOn),
              Column.of("closed_on", DATE, Referral::closedOn)),
          null,
          r ->
              new Referral(
                  r.getLong("id"),
                  r.getLong("casualty_id"),
                  r.getEnum(Referral.Service.class, "service"),
                  r.getText("provider"),
                  r.getEnum(Referral.Status.class, "status"),
                  r.getDate("referred_on"),
                  r.getDate("closed_on")));

  private static Integer flag(boolean b) {
    return b ? 1 : 0;
  }

  private static List<Column<EoreSession>> eoreColumns() {
    List<Column<EoreSession>> c = new ArrayList<>();
    c.add(Column.of("operator_id", LONG, EoreSession::operatorId));
    c.add(Column.of("held_on", DATE, EoreSession::heldOn));
    c.add(Column.of("settlement_id", LONG, EoreSession::settlementId));
    c.add(Column.of("method", TEXT, EoreSession::method));
    c.add(Column.of("audience", TEXT, EoreSession::audience));
    for (int i = 0; i < BENEFICIARY_COLUMNS.size(); i++) {
      int index = i % 5;
      boolean female = i < 5;
      c.add(
          Column.of(
              BENEFICIARY_COLUMNS.get(i),
              INT,
              s -> (female ? s.beneficiaries().female() : s.beneficiaries().male())[index]));
    }
    c.add(Column.of("with_disability", INT, s -> s.beneficiaries().withDisability()));
    c.add(Column.of("geom", GEOMETRY, EoreSession::location));
    return List.copyOf(c);
  }

  private static Beneficiaries beneficiaries(Row r) {
    int[] f = new int[5];
    int[] m = new int[5];
    for (int i = 0; i < 5; i++) {
      f[i] = r.getInt(BENEFICIARY_COLUMNS.get(i));
      m[i] = r.getInt(BENEFICIARY_COLUMNS.get(i + 5));
    }
    return new Beneficiaries(f, m, r.getInt("with_disability"));
  }
}
