package org.reclaim.app.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.reclaim.domain.people.Course;
import org.reclaim.domain.people.Person;
import org.reclaim.domain.people.Qualification;
import org.reclaim.domain.people.TeamReadinessOp;
import org.reclaim.domain.team.DateRange;
import org.reclaim.domain.team.Team;
import org.reclaim.store.ReclaimStore;
import org.springframework.stereotype.Service;

/**
 * Each team's readiness by its people's qualifications ({@link TeamReadinessOp}; IMAS 06.10, 10.10,
 * 10.40), read from the register, and the team as the planner may task it: refused when not ready
 * on the plan's first day, its availability cut at the day a required qualification lapses.
 *
 * <p>Thread safe; reads a snapshot per call.
 */
@Service
public class TeamReadiness {
  private final ReclaimStore store;

  /**
   * The teams the planner may task, and why others were refused or limited.
   *
   * @param teams the teams, availability cut where qualifications lapse
   * @param refused team id → why it was left out
   * @param limited team id → until when it is qualified, and whose qualification lapses first
   */
  public record Tasking(
      List<Team> teams, Map<String, String> refused, Map<String, String> limited) {}

  public TeamReadiness(ReclaimStore store) {
    this.store = store;
  }

  /** Every team's readiness on {@code day}. */
  public List<TeamReadinessOp.Readiness> check(LocalDate day) {
    return check(store.teams().listAll(), day);
  }

  private List<TeamReadinessOp.Readiness> check(List<Team> teams, LocalDate day) {
    Map<Long, List<Person>> members =
        store.people().personnel().listAll().stream()
            .filter(p -> p.teamId() != null)
            .collect(Collectors.groupingBy(Person::teamId));
    Map<Long, List<Qualification>> held =
        store.people().qualifications().listAll().stream()
            .collect(Collectors.groupingBy(Qualification::personId));
    Map<Long, Course> courses =
        store.people().courses().listAll().stream()
            .collect(Collectors.toMap(Course::id, Function.identity()));
    List<TeamReadinessOp.Readiness> out = new ArrayList<>();
    for (Team t : teams) {
      List<Person> people = members.getOrDefault(t.id(), List.of());
      List<Qualification> theirs =
          people.stream().flatMap(p -> held.getOrDefault(p.id(), List.of()).stream()).toList();
      out.add(TeamReadinessOp.check(t, day, people, theirs, courses));
    }
    return out;
  }

  /** The register's teams as the planner may task them from {@code start}. */
  public Tasking forPlanning(LocalDate start) {
    List<Team> teams = store.teams().listAll();
    Map<Long, TeamReadinessOp.Readiness> byTeam =
        check(teams, start).stream()
            .collect(Collectors.toMap(TeamReadinessOp.Readiness::teamId, Function.identity()));
    List<Team> usable = new ArrayList<>();
    Map<String, String> refused = new java.util.TreeMap<>();
    Map<String, String> limited = new java.util.TreeMap<>();
    for (Team t : teams) {
      TeamReadinessOp.Readiness r = byTeam.get(t.id());
      switch (r.status()) {
        case NOT_ON_RECORD -> usable.add(t);
        case NOT_READY -> refused.put(String.valueOf(t.id()), t.name() + ": " + r.reason());
        default -> {
          String until = t.name() + ": qualified until " + r.readyUntil() + " (" + r.reason() + ")";
          java.util.Optional<Team> cut = cut(t, start, r.readyUntil());
          if (cut.isPresent()) {
            usable.add(cut.get());
            limited.put(String.valueOf(t.id()), until);
          } else {
            refused.put(String.valueOf(t.id()), until + ", and not available before then");
          }
        }
      }
    }
    return new Tasking(usable, refused, limited);
  }

  /**
   * {@code t} available only from {@code start} (when always available) up to {@code until}
   * (inclusive), the day its qualifications are valid to; empty when none of its availability falls
   * on or before that day.
   */
  static java.util.Optional<Team> cut(Team t, LocalDate start, LocalDate until) {
    List<DateRange> ranges = new ArrayList<>();
    if (t.availability().isEmpty()) {
      ranges.add(new DateRange(start, until));
    } else {
      for (DateRange d : t.availability()) {
        if (!d.from().isAfter(until)) {
          ranges.add(new DateRange(d.from(), d.to().isAfter(until) ? until : d.to()));
        }
      }
    }
    if (ranges.isEmpty()) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(
        new Team(
            t.id(),
            t.operatorId(),
            t.name(),
            t.type(),
            t.base(),
            t.productivity(),
            t.dayRateUsd(),
            ranges));
  }
}
