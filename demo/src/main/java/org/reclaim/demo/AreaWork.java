package org.reclaim.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.reclaim.domain.hazard.HazardousArea;
import org.reclaim.domain.release.LandRelease;
import org.reclaim.domain.release.ReleaseCategory;
import org.reclaim.domain.task.ReleaseMethod;
import org.reclaim.domain.task.Task;
import org.reclaim.domain.task.TaskStatus;
import org.reclaim.domain.team.Team;
import org.reclaim.domain.team.TeamType;

/**
 * The tasks and releases of one area, step by step (NTS, then TS, then clearance); see {@link
 * HistoryLayer} for the rules. A step starts after the previous one ends; once a step cannot get a
 * team within 60 days of {@code today}, it and every later step are PLANNED without a team.
 */
final class AreaWork {
  private static final int MAX_DAYS_PER_TASK = 90;
  private static final int MAX_PARALLEL_TEAMS = 6;
  private static final int ASSIGN_HORIZON_DAYS = 60;

  final List<Task> tasks = new ArrayList<>();
  final List<LandRelease> releases = new ArrayList<>();

  private final HazardousArea area;
  private final int oblast;
  private final TeamCalendar calendar;
  private final List<Team> teams;
  private final LocalDate today;
  private final Draw d;
  private final long firstTaskId;
  private final long firstReleaseId;
  private final AreaTruth truth;
  private LocalDate notBefore;
  private boolean blocked;

  /** Clean and contaminated m² not yet released, survey releasing the clean land first. */
  private double cleanLeft;

  private double contaminatedLeft;

  AreaWork(
      HazardousArea area,
      int oblast,
      TeamCalendar calendar,
      List<Team> teams,
      LocalDate today,
      Draw d,
      long firstTaskId,
      long firstReleaseId,
      LocalDate earliestStart,
      AreaTruth truth) {
    this.area = area;
    this.notBefore = earliestStart;
    this.oblast = oblast;
    this.calendar = calendar;
    this.teams = teams;
    this.today = today;
    this.d = d;
    this.firstTaskId = firstTaskId;
    this.firstReleaseId = firstReleaseId;
    this.truth = truth;
    this.contaminatedLeft = truth.contaminatedM2(area.areaM2());
    this.cleanLeft = area.areaM2() - contaminatedLeft;
  }

  /** Adds the task(s) releasing {@code amountM2} by {@code method}; nothing when under 1 m². */
  void step(ReleaseMethod method, List<TeamType> types, double amountM2) {
    if (amountM2 < 1) {
      return;
    }
    TeamCalendar.Choice first =
        blocked ? null : calendar.choose(oblast, types, method, area, notBefore, List.of(), d);
    if (first == null && method != ReleaseMethod.NTS && method != ReleaseMethod.TS) {
      first =
          calendar.choose(
              oblast,
              List.of(TeamType.MANUAL),
              ReleaseMethod.MANUAL,
              area,
              notBefore,
              List.of(),
              d);
      method = first == null ? method : ReleaseMethod.MANUAL;
      types = List.of(TeamType.MANUAL);
    }
    if (first == null || first.start().isAfter(today.plusDays(ASSIGN_HORIZON_DAYS))) {
      blocked = true;
      tasks.add(task(method, null, TaskStatus.PLANNED, null, null, amountM2, 0));
      return;
    }
    int days = (int) Math.ceil(amountM2 / first.m2PerDay());
    int parts =
        Math.min(
            MAX_PARALLEL_TEAMS, Math.max(1, (days + MAX_DAYS_PER_TASK - 1) / MAX_DAYS_PER_TASK));
    List<Integer> used = new ArrayList<>();
    LocalDate lastEnd = first.start();
    TeamCalendar.Choice choice = first;
    for (int k = 0; k < parts && choice != null; k++) {
      used.add(choice.team());
      lastEnd = max(lastEnd, book(method, choice, amountM2 / parts));
      choice =
          k + 1 < parts ? calendar.choose(oblast, types, method, area, notBefore, used, d) : null;
      if (choice != null && choice.start().isAfter(today.plusDays(ASSIGN_HORIZON_DAYS))) {
        choice = null;
      }
    }
    // Parts no second team could take are left to the teams already there, as planned work.
    double booked = amountM2 / parts * used.size();
    if (amountM2 - booked >= 1) {
      tasks.add(task(method, null, TaskStatus.PLANNED, null, null, amountM2 - booked, 0));
    }
    notBefore = lastEnd.plusDays(1);
  }

  private LocalDate book(ReleaseMethod method, TeamCalendar.Choice c, double amountM2) {
    Team team = teams.get(c.team());
    int days = Math.max(1, (int) Math.ceil(amountM2 / c.m2PerDay()));
    LocalDate start = c.start();
    LocalDate end = start.plusDays(days - 1);
    calendar.book(c.team(), end, d);
    TaskStatus status;
    double cost;
    if (end.isBefore(today)) {
      status = TaskStatus.COMPLETED;
      cost = days * team.dayRateUsd();
    } else if (!start.isAfter(today)) {
      status = TaskStatus.IN_PROGRESS;
      cost = ChronoUnit.DAYS.between(start, today) * team.dayRateUsd();
    } else {
      status = TaskStatus.ASSIGNED;
      cost = 0;
    }
    Task t = task(method, team.id(), status, start, end, amountM2, cost);
    tasks.add(t);
    if (status == TaskStatus.COMPLETED) {
      releases.add(
          new LandRelease(
              firstReleaseId + releases.size(),
              area.id(),
              t.id(),
              ReleaseCategory.of(method),
              amountM2,
              end,
              items(ReleaseCategory.of(method), amountM2)));
    }
    return end;
  }

  /**
   * Items found releasing {@code amountM2} in {@code category}: survey takes the clean land first,
   * so only what it releases beyond the clean land left is contaminated; reduction finds a third of
   * the items there, clearance takes clean and contaminated land alike and finds every item in it.
   */
  private int items(ReleaseCategory category, double amountM2) {
    double contaminatedPart;
    if (category == ReleaseCategory.CLEARED) {
      double total = cleanLeft + contaminatedLeft;
      contaminatedPart = total <= 0 ? 0 : amountM2 * contaminatedLeft / total;
      cleanLeft -= amountM2 - contaminatedPart;
    } else {
      double clean = Math.min(cleanLeft, amountM2);
      cleanLeft -= clean;
      contaminatedPart = amountM2 - clean;
    }
    contaminatedPart = Math.max(0, Math.min(contaminatedPart, contaminatedLeft));
    contaminatedLeft -= contaminatedPart;
    double expected = truth.itemsPerHa() * contaminatedPart / 10_000;
    return switch (category) {
      case CLEARED -> d.poisson(expected);
      case REDUCED -> d.poisson(expected / 3);
      case CANCELLED -> 0;
    };
  }

  private Task task(
      ReleaseMethod method,
      Long teamId,
      TaskStatus status,
      LocalDate start,
      LocalDate end,
      double amountM2,
      double costUsd) {
    return new Task(
        firstTaskId + tasks.size(),
        area.id(),
        method,
        teamId,
        status,
        start,
        end,
        amountM2,
        costUsd);
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  boolean allCompleted() {
    return tasks.stream().allMatch(t -> t.status() == TaskStatus.COMPLETED);
  }

  boolean anyPlanned() {
    return tasks.stream().anyMatch(t -> t.status() == TaskStatus.PLANNED);
  }

  boolean anyStarted() {
    return tasks.stream()
        .anyMatch(t -> t.status() == TaskStatus.COMPLETED || t.status() == TaskStatus.IN_PROGRESS);
  }

  boolean anyAssigned() {
    return tasks.stream().anyMatch(t -> t.status() == TaskStatus.ASSIGNED);
  }

  boolean onlyPlanned() {
    return tasks.stream().allMatch(t -> t.status() == TaskStatus.PLANNED);
  }
}
