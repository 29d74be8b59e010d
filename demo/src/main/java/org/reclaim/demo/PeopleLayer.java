package org.reclaim.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.reclaim.domain.context.Settlement;
import org.reclaim.domain.evidence.Evidence;
import org.reclaim.domain.evidence.EvidenceLink;
import org.reclaim.domain.evidence.EvidenceType;
import org.reclaim.domain.operator.Operator;
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
import org.reclaim.domain.team.Team;
import org.reclaim.domain.team.TeamType;

/**
 * Generates the demo world's people ({@link DemoPeople}). Assumptions, all synthetic: a manual team
 * is a team leader, a medic and six deminers, other clearance teams a leader, a medic and two
 * deminers, survey teams two surveyors; each operator has an instructor and two EORE facilitators.
 * Women are about a fifth of deminers and most EORE facilitators. Qualifications come from monthly
 * courses by national and international providers and stay valid 24 months (medics 12), so some
 * lapse within 90 days of today; the first manual team's medic let the qualification lapse 12 days
 * ago, so the planner refuses that team. Accidents follow the accident reports with casualties,
 * each casualty named by {@link Names#person}; survivors are referred to one to three services.
 */
final class PeopleLayer {
  private static final GeometryFactory GF = new GeometryFactory();
  private static final String[][] PROVIDERS = {
    {"National mine action training centre", "UA", "Merefa"},
    {"State Emergency Service training unit", "UA", "Kyiv"},
    {"Cambodian Mine Action Centre (with JICA)", "KH", "Kampong Chhnang"},
    {"Allied military EOD instructor team", "LT", "Lviv"},
    {"International mine action trainers (IMAS courses)", "CH", "Kyiv"}
  };
  private static final List<String> AUDIENCES =
      List.of("schoolchildren", "farmers", "families", "internally displaced people", "teachers");
  private static final List<String> ACTIVITIES =
      List.of("farming", "travelling", "collecting firewood", "playing", "tampering", "demining");
  private static final List<String> DEVICES =
      List.of("anti-personnel mine", "anti-tank mine", "cluster submunition", "unexploded shell");
  private static final List<String> INJURIES =
      List.of(
          "lower-limb amputation",
          "shrapnel wounds to the legs",
          "loss of sight in one eye",
          "hearing loss",
          "upper-limb injury",
          "burns");

  private final Draw d;
  private final LocalDate today;
  private final List<Person> personnel = new ArrayList<>();
  private final List<Course> courses = new ArrayList<>();
  private final List<Qualification> qualifications = new ArrayList<>();
  private final Map<QualificationType, List<Course>> coursesByType =
      new EnumMap<>(QualificationType.class);
  private Course lapsedMedicCourse;

  private PeopleLayer(Draw d, LocalDate today) {
    this.d = d;
    this.today = today;
  }

  static DemoPeople generate(
      List<Operator> operators,
      List<Team> teams,
      List<Settlement> settlements,
      List<Evidence> evidence,
      List<EvidenceLink> links,
      LocalDate today,
      Draw d) {
    PeopleLayer g = new PeopleLayer(d, today);
    g.courses();
    g.staff(operators, teams);
    List<EoreSession> sessions = g.eore(operators, settlements);
    Map<Long, Long> areaOf = new HashMap<>();
    links.forEach(l -> areaOf.putIfAbsent(l.evidenceId(), l.hazardousAreaId()));
    return g.accidents(evidence, areaOf, sessions);
  }

  private void courses() {
    for (QualificationType q : QualificationType.values()) {
      int months = validity(q);
      List<Course> offered = new ArrayList<>();
      for (int k = 0; k < 10; k++) {
        String[] p = PROVIDERS[d.index(PROVIDERS.length)];
        LocalDate end = today.minusDays(20 + (long) k * (months * 30L - 40) / 10);
        offered.add(addCourse(q, p, end, months));
      }
      coursesByType.put(q, offered);
    }
    // the course the first manual team's medic took too long ago: on record, never drawn
    LocalDate old = today.minusMonths(validity(QualificationType.MEDIC)).minusDays(12);
    lapsedMedicCourse =
        addCourse(QualificationType.MEDIC, PROVIDERS[0], old, validity(QualificationType.MEDIC));
  }

  /** Puts a course on record; those offered to trainees are kept in {@link #coursesByType}. */
  private Course addCourse(QualificationType q, String[] provider, LocalDate end, int months) {
    long id = courses.size() + 1;
    Course c =
        new Course(
            id,
            title(q),
            q,
            provider[0],
            provider[1],
            provider[2],
            new DateRange(end.minusDays(q == QualificationType.DEMINING ? 41 : 13), end),
            months);
    courses.add(c);
    return c;
  }

  private static int validity(QualificationType q) {
    return q == QualificationType.MEDIC ? 12 : 24;
  }

  private static String title(QualificationType q) {
    return switch (q) {
      case DEMINING -> "Basic humanitarian demining";
      case TEAM_LEADER -> "Demining team leader";
      case NON_TECHNICAL_SURVEY -> "Non-technical survey";
      case INSTRUCTOR -> "Instructor (train the trainer)";
      case EORE_FACILITATION -> "EORE facilitation";
      case MEDIC -> "Field medic (first response)";
    };
  }

  private void staff(List<Operator> operators, List<Team> teams) {
    boolean lapsedDone = false;
    for (Team t : teams) {
      List<PersonnelRole> roles = crew(t.type());
      for (PersonnelRole r : roles) {
        boolean lapse = !lapsedDone && t.type() == TeamType.MANUAL && r == PersonnelRole.MEDIC;
        hire(t.operatorId(), t.id(), r, lapse);
        lapsedDone |= lapse;
      }
    }
    for (Operator o : operators) {
      hire(o.id(), null, PersonnelRole.INSTRUCTOR, false);
      hire(o.id(), null, PersonnelRole.EORE_FACILITATOR, false);
      hire(o.id(), null, PersonnelRole.EORE_FACILITATOR, false);
    }
  }

  private static List<PersonnelRole> crew(TeamType type) {
    List<PersonnelRole> r = new ArrayList<>();
    switch (type) {
      case MANUAL -> {
        r.add(PersonnelRole.TEAM_LEADER);
        r.add(PersonnelRole.MEDIC);
        for (int i = 0; i < 6; i++) {
          r.add(PersonnelRole.DEMINER);
        }
      }
      case NTS, DRONE_SURVEY -> {
        r.add(PersonnelRole.SURVEYOR);
        r.add(PersonnelRole.SURVEYOR);
      }
      default -> {
        r.add(PersonnelRole.TEAM_LEADER);
        r.add(PersonnelRole.MEDIC);
        r.add(PersonnelRole.DEMINER);
        r.add(PersonnelRole.DEMINER);
      }
    }
    return r;
  }

  private void hire(long operatorId, Long teamId, PersonnelRole role, boolean lapsed) {
    double womenShare =
        switch (role) {
          case DEMINER -> 0.2;
          case TEAM_LEADER -> 0.1;
          case MEDIC -> 0.5;
          case SURVEYOR -> 0.4;
          case EORE_FACILITATOR -> 0.7;
          case INSTRUCTOR -> 0.2;
        };
    boolean woman = d.chance(womenShare);
    long id = personnel.size() + 1;
    LocalDate employed = today.minusDays(d.between(60, 1400));
    int birthYear = d.between(1966, Math.min(2004, employed.getYear() - 18));
    personnel.add(
        new Person(
            id,
            operatorId,
            teamId,
            Names.person(d, woman),
            role,
            woman ? Sex.FEMALE : Sex.MALE,
            birthYear,
            d.chance(0.03),
            !woman && d.chance(0.2),
            employed));
    QualificationType needed = role.requiredQualification();
    List<Course> options = coursesByType.get(needed);
    Course c = lapsed ? lapsedMedicCourse : options.get(d.index(options.size()));
    if (d.chance(0.08) && !lapsed) {
      // failed an earlier course, passed this one
      Course failed = options.get(d.index(options.size()));
      qualify(id, failed, Qualification.Result.FAILED);
    }
    qualify(id, c, Qualification.Result.PASSED);
  }

  private void qualify(long personId, Course c, Qualification.Result result) {
    LocalDate awarded = c.dates().to();
    qualifications.add(
        new Qualification(
            qualifications.size() + 1,
            personId,
            c.id(),
            result,
            awarded,
            result == Qualification.Result.PASSED ? awarded.plusMonths(c.validityMonths()) : null,
            "National mine action authority examiner"));
  }

  private List<EoreSession> eore(List<Operator> operators, List<Settlement> settlements) {
    List<EoreSession> out = new ArrayList<>();
    int n = Math.max(10, settlements.size() / 3);
    for (int i = 0; i < n; i++) {
      Settlement s = settlements.get(d.index(settlements.size()));
      double r = d.unit();
      EoreMethod method =
          r < 0.7 ? EoreMethod.FACE_TO_FACE : r < 0.9 ? EoreMethod.DIGITAL : EoreMethod.MASS_MEDIA;
      String audience = d.pick(AUDIENCES);
      boolean school = audience.equals("schoolchildren");
      int scale = method == EoreMethod.MASS_MEDIA ? 40 : method == EoreMethod.DIGITAL ? 8 : 1;
      int[] f = new int[5];
      int[] m = new int[5];
      double[] mean = school ? new double[] {0, 14, 9, 2, 0} : new double[] {1, 3, 2, 12, 4};
      for (int k = 0; k < 5; k++) {
        f[k] = d.poisson(mean[k] * scale);
        m[k] = d.poisson(mean[k] * scale * 0.9);
      }
      int total = java.util.Arrays.stream(f).sum() + java.util.Arrays.stream(m).sum();
      Point at = jitter(s.location(), 0.005);
      out.add(
          new EoreSession(
              out.size() + 1,
              operators.get(d.index(operators.size())).id(),
              today.minusDays(d.between(1, 720)),
              at,
              s.id(),
              method,
              audience,
              new Beneficiaries(f, m, Math.min(total, d.poisson(total * 0.02)))));
    }
    return out;
  }

  private DemoPeople accidents(
      List<Evidence> evidence, Map<Long, Long> areaOf, List<EoreSession> sessions) {
    List<Accident> accidents = new ArrayList<>();
    List<Casualty> casualties = new ArrayList<>();
    Map<Long, PersonalData> personal = new LinkedHashMap<>();
    List<Referral> referrals = new ArrayList<>();
    for (Evidence e : evidence) {
      if (e.type() != EvidenceType.ACCIDENT || e.casualties() == 0) {
        continue;
      }
      long accidentId = accidents.size() + 1;
      accidents.add(
          new Accident(
              accidentId,
              e.observedOn(),
              e.location().getInteriorPoint(),
              areaOf.get(e.id()),
              e.id(),
              d.pick(ACTIVITIES),
              d.pick(DEVICES)));
      for (int k = 0; k < e.casualties(); k++) {
        long id = casualties.size() + 1;
        boolean child = d.chance(0.12);
        int age = child ? d.between(5, 17) : d.between(18, 78);
        boolean woman = d.chance(child ? 0.35 : 0.15);
        double r = d.unit();
        Casualty.Category category =
            r < 0.82
                ? Casualty.Category.CIVILIAN
                : r < 0.9 ? Casualty.Category.DEMINER : Casualty.Category.MILITARY;
        Casualty.Outcome outcome =
            d.chance(0.3) ? Casualty.Outcome.KILLED : Casualty.Outcome.INJURED;
        casualties.add(
            new Casualty(
                id,
                accidentId,
                woman ? Sex.FEMALE : Sex.MALE,
                AgeGroup.of(age),
                outcome,
                category,
                outcome == Casualty.Outcome.INJURED && d.chance(0.4),
                category == Casualty.Category.MILITARY,
                null));
        personal.put(
            id,
            new PersonalData(
                Names.person(d, woman),
                age,
                String.format(
                    "+380 %02d %03d %04d",
                    d.between(50, 99), d.between(0, 999), d.between(0, 9999)),
                outcome == Casualty.Outcome.KILLED ? null : d.pick(INJURIES)));
        if (outcome == Casualty.Outcome.INJURED) {
          refer(id, e.observedOn(), referrals);
        }
      }
    }
    return new DemoPeople(
        personnel, courses, qualifications, sessions, accidents, casualties, personal, referrals);
  }

  private void refer(long casualtyId, LocalDate on, List<Referral> out) {
    int n = d.between(1, 3);
    List<Referral.Service> services = new ArrayList<>(List.of(Referral.Service.values()));
    for (int i = 0; i < n && !services.isEmpty(); i++) {
      Referral.Service s = services.remove(i == 0 ? 0 : d.index(services.size()));
      LocalDate referred = on.plusDays(d.between(1, 20));
      if (referred.isAfter(today)) {
        referred = today;
      }
      double r = d.unit();
      Referral.Status status =
          r < 0.55
              ? Referral.Status.COMPLETED
              : r < 0.6
                  ? Referral.Status.DECLINED
                  : r < 0.8 ? Referral.Status.IN_PROGRESS : Referral.Status.REFERRED;
      LocalDate closed = null;
      if (!status.isOpen()) {
        closed = referred.plusDays(d.between(3, 120));
        if (closed.isAfter(today)) {
          closed = today;
        }
      }
      out.add(new Referral(out.size() + 1, casualtyId, s, provider(s), status, referred, closed));
    }
  }

  private static String provider(Referral.Service s) {
    return switch (s) {
      case EMERGENCY_MEDICAL -> "Regional hospital";
      case PHYSICAL_REHABILITATION -> "Rehabilitation and prosthetics centre";
      case PSYCHOSOCIAL -> "Community psychosocial support service";
      case ECONOMIC_INCLUSION -> "Employment centre";
      case EDUCATION -> "Regional education department";
      case LEGAL -> "Free legal aid centre";
    };
  }

  private Point jitter(Point p, double deg) {
    return GF.createPoint(
        new Coordinate(p.getX() + d.uniform(-deg, deg), p.getY() + d.uniform(-deg, deg)));
  }
}
