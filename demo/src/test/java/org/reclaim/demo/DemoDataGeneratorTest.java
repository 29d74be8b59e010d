package org.reclaim.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.reclaim.domain.evidence.Evidence;
import org.reclaim.domain.evidence.EvidenceLink;
import org.reclaim.domain.evidence.EvidenceType;
import org.reclaim.domain.geometry.GeometryCheckOp;
import org.reclaim.domain.hazard.HazardStatus;
import org.reclaim.domain.hazard.HazardousArea;
import org.reclaim.domain.hazard.Terrain;
import org.reclaim.domain.operator.Accreditation;
import org.reclaim.domain.region.Region;
import org.reclaim.domain.release.LandRelease;
import org.reclaim.domain.release.LandReleaseAccount;
import org.reclaim.domain.release.ReleaseCategory;
import org.reclaim.domain.task.ReleaseMethod;
import org.reclaim.domain.task.Task;
import org.reclaim.domain.task.TaskStatus;
import org.reclaim.domain.team.Team;
import org.reclaim.domain.team.TeamType;

class DemoDataGeneratorTest {
  static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
  static DemoDataSet demo;

  @BeforeAll
  static void generateDemo() {
    demo = DemoDataGenerator.generate(DemoParameters.demo(), TODAY);
  }

  @Test
  void sameSeedGivesAnEqualDataSet() {
    DemoParameters small = DemoParameters.demo().scaled(0.2);
    assertThat(DemoDataGenerator.generate(small, TODAY))
        .isEqualTo(DemoDataGenerator.generate(small, TODAY));
  }

  @Test
  void theHiddenTruthDecidesWhatTasksFind() {
    DemoTruth truth = demo.truth();
    assertThat(truth.areas()).hasSize(demo.hazardousAreas().size());
    // most suspected land is clean: about a third of the areas hold ordnance
    assertThat(truth.contaminatedShare()).isBetween(0.25, 0.5);
    Map<Long, Integer> items = new HashMap<>();
    demo.landReleases()
        .forEach(r -> items.merge(r.hazardousAreaId(), r.itemsFound(), Integer::sum));
    int found = 0;
    for (Map.Entry<Long, Integer> e : items.entrySet()) {
      if (!truth.of(e.getKey()).contaminated()) {
        assertThat(e.getValue()).as("items found in clean area %d", e.getKey()).isZero();
      } else {
        found += e.getValue() > 0 ? 1 : 0;
      }
    }
    assertThat(found).isGreaterThan(20);
    // areas near the line of contact are contaminated more often than the rest
    double near = 0;
    double nearCount = 0;
    double far = 0;
    double farCount = 0;
    for (AreaTruth t : truth.areas()) {
      if (t.probability() > 0.5) {
        near += t.contaminated() ? 1 : 0;
        nearCount++;
      } else {
        far += t.contaminated() ? 1 : 0;
        farCount++;
      }
    }
    assertThat(near / nearCount).isGreaterThan(far / farCount + 0.3);
    assertThat(demo.occupationSnapshots())
        .extracting(s -> s.validOn())
        .containsExactlyElementsOf(FrontLine.DATES);
  }

  @Test
  void anotherSeedGivesAnotherDataSet() {
    DemoParameters small = DemoParameters.demo().scaled(0.2);
    DemoDataSet a = DemoDataGenerator.generate(small, TODAY);
    DemoDataSet b = DemoDataGenerator.generate(small.withSeed(7), TODAY);
    assertThat(b.hazardousAreas()).isNotEqualTo(a.hazardousAreas());
    assertThat(b.evidence()).isNotEqualTo(a.evidence());
  }

  @Test
  void demoPresetHasTheAskedSizes() {
    assertThat(demo.hazardousAreas()).hasSize(3_000);
    assertThat(demo.evidence()).hasSize(30_000);
    assertThat(demo.settlements()).hasSize(2_000);
    assertThat(demo.parcels()).hasSize(20_000);
    assertThat(demo.operators()).hasSize(120);
    assertThat(demo.teams()).hasSize(600);
    assertThat(demo.roads().size()).isBetween(9_000, 10_000);
    assertThat(demo.regions()).hasSize(1 + 27 + 495);
  }

  @Test
  void idsRunFromOneAndReferencesResolve() {
    assertIds(demo.regions(), Region::id);
    assertIds(demo.hazardousAreas(), HazardousArea::id);
    assertIds(demo.evidence(), Evidence::id);
    assertIds(demo.teams(), Team::id);
    assertIds(demo.tasks(), Task::id);
    assertIds(demo.landReleases(), LandRelease::id);
    assertIds(demo.accreditations(), Accreditation::id);
    Set<Long> regionIds = demo.regions().stream().map(Region::id).collect(Collectors.toSet());
    assertThat(demo.hazardousAreas()).allMatch(a -> regionIds.contains(a.regionId()));
    assertThat(demo.evidenceLinks())
        .allMatch(l -> l.evidenceId() <= demo.evidence().size())
        .allMatch(l -> l.hazardousAreaId() <= demo.hazardousAreas().size());
    assertThat(demo.regions().stream().filter(r -> r.level() == Region.Level.OBLAST))
        .hasSize(27)
        .allMatch(r -> r.code().matches("UA-\\d\\d"));
    assertThat(demo.regions().stream().filter(r -> r.level() == Region.Level.RAION))
        .allMatch(
            r -> demo.regions().get((int) (long) r.parentId() - 1).level() == Region.Level.OBLAST);
  }

  @Test
  void everyGeometryPassesTheGeometryCheck() {
    Map<String, List<? extends Geometry>> layers = new java.util.LinkedHashMap<>();
    layers.put("region", demo.regions().stream().map(Region::boundary).toList());
    layers.put("area", demo.hazardousAreas().stream().map(HazardousArea::geometry).toList());
    layers.put("evidence", demo.evidence().stream().map(Evidence::location).toList());
    layers.put("settlement", demo.settlements().stream().map(s -> s.location()).toList());
    layers.put("road", demo.roads().stream().map(r -> r.geometry()).toList());
    layers.put("infrastructure", demo.infrastructure().stream().map(i -> i.geometry()).toList());
    layers.put("parcel", demo.parcels().stream().map(p -> p.geometry()).toList());
    layers.put("project", demo.recoveryProjects().stream().map(p -> p.geometry()).toList());
    layers.put("team base", demo.teams().stream().map(Team::base).toList());
    List<String> problems = new ArrayList<>();
    layers.forEach(
        (layer, geometries) -> {
          for (int i = 0; i < geometries.size(); i++) {
            var found = GeometryCheckOp.check(geometries.get(i));
            if (!found.isEmpty()) {
              problems.add(layer + " " + (i + 1) + ": " + found);
            }
          }
        });
    assertThat(problems).isEmpty();
  }

  @Test
  void releasedAreaIsSplitInTheLandmineMonitorProportions() {
    Map<ReleaseCategory, Double> byCategory = new HashMap<>();
    demo.landReleases().forEach(r -> byCategory.merge(r.category(), r.areaM2(), Double::sum));
    double total = byCategory.values().stream().mapToDouble(Double::doubleValue).sum();
    // Landmine Monitor 2023 (for 2022): 31.6 / 24.4 / 44.1 % by area.
    assertThat(byCategory.get(ReleaseCategory.CANCELLED) / total).isBetween(0.286, 0.346);
    assertThat(byCategory.get(ReleaseCategory.REDUCED) / total).isBetween(0.214, 0.274);
    assertThat(byCategory.get(ReleaseCategory.CLEARED) / total).isBetween(0.411, 0.471);
  }

  @Test
  void noAreaIsOverReleasedAndStatusesFollowTheReleases() {
    Map<Long, List<LandRelease>> byArea =
        demo.landReleases().stream().collect(Collectors.groupingBy(LandRelease::hazardousAreaId));
    for (HazardousArea a : demo.hazardousAreas()) {
      LandReleaseAccount account = LandReleaseAccount.of(a, byArea.getOrDefault(a.id(), List.of()));
      if (a.status() == HazardStatus.RELEASED) {
        assertThat(account.isFullyReleased()).as(a.code()).isTrue();
      } else {
        assertThat(account.isFullyReleased()).as(a.code()).isFalse();
      }
      if (account.releasedM2() > 0) {
        assertThat(a.status())
            .isIn(HazardStatus.RELEASED, HazardStatus.RESIDUAL_RISK, HazardStatus.IN_PROGRESS);
      }
    }
    assertThat(
            demo.hazardousAreas().stream().map(HazardousArea::status).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(HazardStatus.values());
    assertThat(demo.tasks().stream().map(Task::status).collect(Collectors.toSet()))
        .contains(
            TaskStatus.COMPLETED, TaskStatus.IN_PROGRESS, TaskStatus.ASSIGNED, TaskStatus.PLANNED);
  }

  @Test
  void moreAreasInContestedOblastsThanElsewhere() {
    Set<String> contested =
        Set.of(
            "UA-14", "UA-09", "UA-23", "UA-65", "UA-63", "UA-48", "UA-59", "UA-74", "UA-32",
            "UA-12");
    Map<Long, String> oblastOf = new HashMap<>();
    for (Region r : demo.regions()) {
      if (r.level() == Region.Level.RAION) {
        oblastOf.put(r.id(), demo.regions().get((int) (long) r.parentId() - 1).code());
      }
    }
    long inContested =
        demo.hazardousAreas().stream()
            .filter(a -> contested.contains(oblastOf.get(a.regionId())))
            .count();
    assertThat(inContested).isGreaterThan(demo.hazardousAreas().size() * 85L / 100);
    assertThat(inContested).isLessThan(demo.hazardousAreas().size());
    double meanHa =
        demo.hazardousAreas().stream().mapToDouble(HazardousArea::areaM2).average().orElseThrow()
            / 1e4;
    assertThat(meanHa).isBetween(5.0, 7.5); // 6.2 ha per site, mine_action_figures.csv UA14
  }

  @Test
  void everyEvidenceTypeAndTeamTypeIsPresent() {
    assertThat(demo.evidence().stream().map(Evidence::type).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(EvidenceType.values());
    assertThat(demo.teams().stream().map(Team::type).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(TeamType.values());
    assertThat(demo.evidenceLinks())
        .anyMatch(l -> l.relation() == EvidenceLink.Relation.CONTRADICTS);
    assertThat(demo.evidence())
        .anyMatch(e -> e.type() == EvidenceType.ACCIDENT && e.casualties() > 0)
        .filteredOn(e -> e.type() == EvidenceType.DRONE_DETECTION)
        .allMatch(e -> e.detectorType() != null && e.confidence() != null);
  }

  @Test
  void tasksGoToAccreditedTeamsThatWorkOneTaskAtATime() {
    Map<Long, List<Accreditation>> byOperator =
        demo.accreditations().stream().collect(Collectors.groupingBy(Accreditation::operatorId));
    Map<Long, List<Task>> byTeam =
        demo.tasks().stream()
            .filter(t -> t.teamId() != null)
            .collect(Collectors.groupingBy(Task::teamId));
    byTeam.forEach(
        (teamId, tasks) -> {
          Team team = demo.teams().get((int) (long) teamId - 1);
          List<Task> sorted =
              tasks.stream().sorted(java.util.Comparator.comparing(Task::plannedStart)).toList();
          for (int i = 0; i < sorted.size(); i++) {
            Task t = sorted.get(i);
            HazardousArea area = demo.hazardousAreas().get((int) t.hazardousAreaId() - 1);
            assertThat(team.type().methods()).contains(t.method());
            assertThat(byOperator.get(team.operatorId()))
                .anyMatch(a -> a.covers(t.method().activity(), area.regionId(), t.plannedStart()));
            if (i > 0) {
              assertThat(t.plannedStart()).isAfter(sorted.get(i - 1).plannedEnd());
            }
          }
        });
  }

  @Test
  void clearanceCostsTwoToThirtyNineDollarsPerSquareMetreAndMachinesAvoidSteepGround() {
    // README §2: US$2-39 per m² across countries and operators.
    Set<ReleaseMethod> clearance =
        EnumSet.of(ReleaseMethod.MANUAL, ReleaseMethod.MECHANICAL, ReleaseMethod.MDD);
    for (Team team : demo.teams()) {
      team.productivity()
          .cells()
          .forEach(
              (key, m2PerDay) -> {
                if (clearance.contains(key.method())) {
                  assertThat(team.dayRateUsd() / m2PerDay).isBetween(2.0, 39.0);
                }
                if (key.method() == ReleaseMethod.MECHANICAL) {
                  assertThat(key.terrain()).isIn(Terrain.FLAT, Terrain.ROLLING);
                }
              });
    }
  }

  @Test
  void settlementPopulationsAreHeavyTailed() {
    int[] sorted = demo.settlements().stream().mapToInt(s -> s.population()).sorted().toArray();
    assertThat(sorted[sorted.length - 1]).isGreaterThan(100 * sorted[sorted.length / 2]);
  }

  private static <T> void assertIds(List<T> items, Function<T, Long> id) {
    for (int i = 0; i < items.size(); i++) {
      assertThat(id.apply(items.get(i))).isEqualTo(i + 1L);
    }
  }
}
