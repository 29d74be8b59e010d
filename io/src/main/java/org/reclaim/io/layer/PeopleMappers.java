package org.reclaim.io.layer;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.reclaim.domain.people.Accident;
import org.reclaim.domain.people.AgeGroup;
import org.reclaim.domain.people.Beneficiaries;
import org.reclaim.domain.people.Casualty;
import org.reclaim.domain.people.Course;
import org.reclaim.domain.people.EoreMethod;
import org.reclaim.domain.people.EoreSession;
import org.reclaim.domain.people.Person;
import org.reclaim.domain.people.PersonalData;
import org.reclaim.domain.people.PersonnelRole;
import org.reclaim.domain.people.Qualification;
import org.reclaim.domain.people.QualificationType;
import org.reclaim.domain.people.Referral;
import org.reclaim.domain.people.Sex;
import org.reclaim.domain.team.DateRange;
import org.reclaim.io.Layer;

/**
 * Mappers of the people layers (io/README.md lists their columns): personnel, courses,
 * qualifications (trainees' results), EORE sessions with beneficiaries by sex and SADDD age group,
 * accidents, casualties (with their personal data, which the register stores sealed) and referrals.
 * None of these layers checks for duplicate geometries: people share places.
 */
final class PeopleMappers {
  private static final EnumLookup<Sex> SEXES = EnumLookup.of(Sex.class);
  private static final List<String> BENEFICIARY_COLUMNS = Beneficiaries.COLUMNS;

  private PeopleMappers() {}

  /** Base of the people mappers: no duplicate-geometry check. */
  private abstract static class PeopleMapper<T> extends LayerMapper<T> {
    PeopleMapper(Layer layer, GeometryRule rule, List<String> columns, Set<String> required) {
      super(layer, rule, columns, required);
    }

    @Override
    public boolean checksDuplicates() {
      return false;
    }
  }

  static final class PersonMapper extends PeopleMapper<Person> {
    private static final EnumLookup<PersonnelRole> ROLES = EnumLookup.of(PersonnelRole.class);

    PersonMapper() {
      super(
          Layer.PERSONNEL,
          GeometryRule.NONE,
          List.of(
              "operator_id",
              "team_id",
              "name",
              "role",
              "sex",
              "birth_year",
              "disability",
              "veteran",
              "employed_from"),
          Set.of("operator_id", "name", "role", "sex", "birth_year", "employed_from"));
    }

    @Override
    public @Nullable Person map(FieldParser f, @Nullable Geometry geometry, LongSupplier ids) {
      long operatorId = f.requiredId("operator_id");
      Long teamId = f.optionalId("team_id");
      String name = f.requiredText("name");
      PersonnelRole role = f.requiredEnum("role", ROLES);
      Sex sex = f.requiredEnum("sex", SEXES);
      int birthYear = f.requiredInt("birth_year", 1900, 2100);
      boolean disability = f.optionalFlag("disability");
      boolean veteran = f.optionalFlag("veteran");
      LocalDate employedFrom = f.requiredDate("employed_from");
      if (f.failed()) {
        return null;
      }
      return new Person(
          ids.getAsLong(),
          operatorId,
          teamId,
          name,
          role,
          sex,
          birthYear,
          disability,
          veteran,
          employedFrom);
    }
  }

  static final class CourseMapper extends PeopleMapper<Course> {
    private static final EnumLookup<QualificationType> TYPES =
        EnumLookup.of(QualificationType.class);

    CourseMapper() {
      super(
          Layer.COURSES,
          GeometryRule.NONE,
          List.of(
              "title",
              "qualification",
              "provider",
              "provider_country",
              "place",
              "start_date",
              "end_date",
              "validity_months"),
          Set.of(
              "title",
              "qualification",
              "provider",
              "provider_country",
              "place",
              "start_date",
              "end_date",
              "validity_months"));
    }

    @Override
    public @Nullable Course map(FieldParser f, @Nullable Geometry geometry, LongSupplier ids) {
      String title = f.requiredText("title");
      QualificationType q = f.requiredEnum("qualification", TYPES);
      String provider = f.requiredText("provider");
      String country = f.requiredText("provider_country");
      String place = f.requiredText("place");
      LocalDate start = f.requiredDate("start_date");
      LocalDate end = f.requiredDate("end_date");
      int months = f.requiredInt("validity_months", 1, 120);
      if (start != null && end != null && end.isBefore(start)) {
        f.issue("end_date", "is before start_date " + start);
      }
      if (f.failed()) {
        return null;
      }
      return new Course(
          ids.getAsLong(), title, q, provider, country, place, new DateRange(start, end), months);
    }

    @Override
    protected java.util.Map<String, String> fieldAliases() {
      return java.util.Map.of("dates", "end_date");
    }
  }

  static final class QualificationMapper extends PeopleMapper<Qualification> {
    private static final EnumLookup<Qualification.Result> RESULTS =
        EnumLookup.of(Qualification.Result.class);

    QualificationMapper() {
      super(
          Layer.QUALIFICATIONS,
          GeometryRule.NONE,
          List.of("person_id", "course_id", "result", "awarded_on", "valid_until", "certified_by"),
          Set.of("person_id", "course_id", "result", "awarded_on", "certified_by"));
    }

    @Override
    public @Nullable Qualification map(
        FieldParser f, @Nullable Geometry geometry, LongSupplier ids) {
      long personId = f.requiredId("person_id");
      long courseId = f.requiredId("course_id");
      Qualification.Result result = f.requiredEnum("result", RESULTS);
      LocalDate awarded = f.requiredDate("awarded_on");
      LocalDate until = f.optionalDate("valid_until");
      String certifiedBy = f.requiredText("certified_by");
      if (f.failed()) {
        return null;
      }
      return new Qualification(
          ids.getAsLong(), personId, courseId, result, awarded, until, certifiedBy);
    }
  }

  static final class EoreSessionMapper extends PeopleMapper<EoreSession> {
    private static final EnumLookup<EoreMethod> METHODS = EnumLookup.of(EoreMethod.class);

    EoreSessionMapper() {
      super(Layer.EORE_SESSIONS, GeometryRule.POINT, eoreColumns(), eoreRequired());
    }

    private static List<String> eoreColumns() {
      List<String> c =
          new java.util.ArrayList<>(
              List.of("operator_id", "held_on", "settlement_id", "method", "audience"));
      c.addAll(BENEFICIARY_COLUMNS);
      c.add("with_disability");
      return c;
    }

    private static Set<String> eoreRequired() {
      return Set.of("operator_id", "held_on", "method", "audience");
    }

    @Override
    public @Nullable EoreSession map(FieldParser f, @Nullable Geometry geometry, LongSupplier ids) {
      long operatorId = f.requiredId("operator_id");
      LocalDate heldOn = f.requiredDate("held_on");
      Long settlementId = f.optionalId("settlement_id");
      EoreMethod method = f.requiredEnum("method", METHODS);
      String audience = f.requiredText("audience");
      int[] female = new int[5];
      int[] male = new int[5];
      for (int i = 0; i < 5; i++) {
        female[i] = count(f, BENEFICIARY_COLUMNS.get(i));
        male[i] = count(f, BENEFICIARY_COLUMNS.get(i + 5));
      }
      int disability = count(f, "with_disability");
      if (f.failed()) {
        return null;
      }
      return new EoreSession(
          ids.getAsLong(),
          operatorId,
          heldOn,
          (Point) geometry,
          settlementId,
          method,
          audience,
          new Beneficiaries(female, male, disability));
    }

    private static int count(FieldParser f, String field) {
      int n = f.optionalInt(field, 0);
      if (n < 0) {
        f.issue(field, "must not be negative, was " + n);
        return 0;
      }
      return n;
    }

    @Override
    protected java.util.Map<String, String> fieldAliases() {
      return java.util.Map.of("beneficiaries", "with_disability");
    }
  }

  static final class AccidentMapper extends PeopleMapper<Accident> {
    AccidentMapper() {
      super(
          Layer.ACCIDENTS,
          GeometryRule.POINT,
          List.of("occurred_on", "hazardous_area_id", "evidence_id", "activity", "device"),
          Set.of("occurred_on", "activity", "device"));
    }

    @Override
    public @Nullable Accident map(FieldParser f, @Nullable Geometry geometry, LongSupplier ids) {
      LocalDate on = f.requiredDate("occurred_on");
      Long areaId = f.optionalId("hazardous_area_id");
      Long evidenceId = f.optionalId("evidence_id");
      String activity = f.requiredText("activity");
      String device = f.requiredText("device");
      if (f.failed()) {
        return null;
      }
      return new Accident(
          ids.getAsLong(), on, (Point) geometry, areaId, evidenceId, activity, device);
    }
  }

  /**
   * Casualties: the counted record, and the personal data ({@code name}, {@code age}, {@code
   * contact}, {@code injuries}) that the register seals. The SADDD age group comes from {@code age}
   * when given, else from {@code age_group} ({@code 0-4}, {@code 5-11}, {@code 12-17}, {@code
   * 18-59}, {@code 60+} or {@code unknown}).
   */
  static final class CasualtyMapper extends PeopleMapper<Casualty> {
    private static final EnumLookup<Casualty.Outcome> OUTCOMES =
        EnumLookup.of(Casualty.Outcome.class);
    private static final EnumLookup<Casualty.Category> CATEGORIES =
        EnumLookup.of(Casualty.Category.class);

    CasualtyMapper() {
      super(
          Layer.CASUALTIES,
          GeometryRule.NONE,
          List.of(
              "accident_id",
              "sex",
              "age",
              "age_group",
              "outcome",
              "category",
              "disability",
              "veteran",
              "name",
              "contact",
              "injuries"),
          Set.of("accident_id", "sex", "outcome", "category"));
    }

    @Override
    public @Nullable Casualty map(FieldParser f, @Nullable Geometry geometry, LongSupplier ids) {
      long accidentId = f.requiredId("accident_id");
      Sex sex = f.requiredEnum("sex", SEXES);
      Integer age = f.text("age") == null ? null : f.requiredInt("age", 0, 130);
      AgeGroup group = age != null ? AgeGroup.of(age) : ageGroup(f);
      Casualty.Outcome outcome = f.requiredEnum("outcome", OUTCOMES);
      Casualty.Category category = f.requiredEnum("category", CATEGORIES);
      boolean disability = f.optionalFlag("disability");
      boolean veteran = f.optionalFlag("veteran");
      String name = f.text("name");
      String contact = f.text("contact");
      String injuries = f.text("injuries");
      if (name == null && (contact != null || injuries != null || age != null)) {
        f.issue("name", "is required when contact, injuries or age are given");
      }
      if (f.failed()) {
        return null;
      }
      PersonalData personal = name == null ? null : new PersonalData(name, age, contact, injuries);
      return new Casualty(
          ids.getAsLong(),
          accidentId,
          sex,
          group,
          outcome,
          category,
          disability,
          veteran,
          personal);
    }

    private static AgeGroup ageGroup(FieldParser f) {
      String text = f.text("age_group");
      if (text == null) {
        return AgeGroup.UNKNOWN;
      }
      for (AgeGroup g : AgeGroup.values()) {
        if (g.label().replace('–', '-').equalsIgnoreCase(text.strip().replace('–', '-'))
            || g.name().equalsIgnoreCase(text.strip())) {
          return g;
        }
      }
      f.issue("age_group", "'" + text + "' is not one of 0-4, 5-11, 12-17, 18-59, 60+, unknown");
      return AgeGroup.UNKNOWN;
    }
  }

  static final class ReferralMapper extends PeopleMapper<Referral> {
    private static final EnumLookup<Referral.Service> SERVICES =
        EnumLookup.of(Referral.Service.class);
    private static final EnumLookup<Referral.Status> STATUSES =
        EnumLookup.of(Referral.Status.class);

    ReferralMapper() {
      super(
          Layer.REFERRALS,
          GeometryRule.NONE,
          List.of("casualty_id", "service", "provider", "status", "referred_on", "closed_on"),
          Set.of("casualty_id", "service", "provider", "status", "referred_on"));
    }

    @Override
    public @Nullable Referral map(FieldParser f, @Nullable Geometry geometry, LongSupplier ids) {
      long casualtyId = f.requiredId("casualty_id");
      Referral.Service service = f.requiredEnum("service", SERVICES);
      String provider = f.requiredText("provider");
      Referral.Status status = f.requiredEnum("status", STATUSES);
      LocalDate referred = f.requiredDate("referred_on");
      LocalDate closed = f.optionalDate("closed_on");
      if (f.failed()) {
        return null;
      }
      return new Referral(ids.getAsLong(), casualtyId, service, provider, status, referred, closed);
    }
  }
}
