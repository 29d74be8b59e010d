package org.reclaim.demo;

import java.util.List;
import java.util.Map;
import org.reclaim.domain.people.Accident;
import org.reclaim.domain.people.Casualty;
import org.reclaim.domain.people.Course;
import org.reclaim.domain.people.EoreSession;
import org.reclaim.domain.people.Person;
import org.reclaim.domain.people.PersonalData;
import org.reclaim.domain.people.Qualification;
import org.reclaim.domain.people.Referral;

/**
 * The demo world's people: operators' staff with their courses and qualifications, EORE sessions,
 * the accidents behind the accident reports with their casualties (and the casualties' synthetic
 * personal data, which the loader stores sealed), and victim assistance referrals. Ids run 1..n
 * within each list.
 *
 * @param personnel staff, in teams and not
 * @param courses training courses
 * @param qualifications trainees' results
 * @param eoreSessions risk education sessions
 * @param accidents accidents, one per accident report with casualties
 * @param casualties casualties, without personal data
 * @param personalData casualty id → personal data
 * @param referrals referrals of survivors to services
 */
public record DemoPeople(
    List<Person> personnel,
    List<Course> courses,
    List<Qualification> qualifications,
    List<EoreSession> eoreSessions,
    List<Accident> accidents,
    List<Casualty> casualties,
    Map<Long, PersonalData> personalData,
    List<Referral> referrals) {
  public DemoPeople {
    personnel = List.copyOf(personnel);
    courses = List.copyOf(courses);
    qualifications = List.copyOf(qualifications);
    eoreSessions = List.copyOf(eoreSessions);
    accidents = List.copyOf(accidents);
    casualties = List.copyOf(casualties);
    personalData = Map.copyOf(personalData);
    referrals = List.copyOf(referrals);
  }
}
