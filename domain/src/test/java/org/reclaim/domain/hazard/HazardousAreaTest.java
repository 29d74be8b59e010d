package org.reclaim.domain.hazard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.reclaim.domain.DomainForTest.area;
import static org.reclaim.domain.DomainForTest.evidence;
import static org.reclaim.domain.DomainForTest.wkt;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reclaim.domain.DomainException;
import org.reclaim.domain.evidence.Evidence;
import org.reclaim.domain.evidence.EvidenceClass;
import org.reclaim.domain.evidence.EvidenceType;
import org.reclaim.domain.geometry.Wgs84;

class HazardousAreaTest {

  @Test
  void followsTheLandReleaseLifeCycle() {
    HazardousArea a = area(1, 36.2, 50.0);
    HazardousArea released =
        a.withStatus(HazardStatus.CONFIRMED)
            .withStatus(HazardStatus.TASKED)
            .withStatus(HazardStatus.IN_PROGRESS)
            .withStatus(HazardStatus.RELEASED);
    assertThat(released.status()).isEqualTo(HazardStatus.RELEASED);
  }

  @Test
  void refusesAnIllegalTransitionWithTheReason() {
    HazardousArea a = area(1, 36.2, 50.0);
    assertThatThrownBy(() -> a.withStatus(HazardStatus.IN_PROGRESS))
        .isInstanceOf(DomainException.class)
        .hasMessageContaining("SUSPECTED to IN_PROGRESS");
  }

  @Test
  void refusesALineAsGeometryNamingTheField() {
    assertThatThrownBy(
            () ->
                HazardousArea.builder()
                    .id(1)
                    .code("X")
                    .name("X")
                    .contamination(EnumSet.of(ContaminationType.AT_MINE))
                    .geometry(wkt("LINESTRING (36 50, 36.1 50.1)"))
                    .build())
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.field()).isEqualTo("geometry"));
  }

  @Test
  void directEvidenceConfirmsAnArea() {
    Evidence rumour = evidence(1, EvidenceType.PUBLIC_REPORT, 36.2, 50);
    Evidence combat = evidence(2, EvidenceType.COMBAT_EVENT, 36.2, 50);
    Evidence mineSeen = evidence(3, EvidenceType.EO_SIGHTING, 36.2, 50);
    assertThat(HazardClassifier.classify(List.of(rumour, combat))).isEqualTo(HazardClass.SHA);
    assertThat(HazardClassifier.classify(List.of(rumour, mineSeen))).isEqualTo(HazardClass.CHA);
  }

  @Test
  void confidentDetectionsAreDirectEvidence() {
    Evidence weak = drone(0.5);
    Evidence strong = drone(0.93);
    assertThat(weak.evidenceClass()).isEqualTo(EvidenceClass.INDIRECT);
    assertThat(strong.evidenceClass()).isEqualTo(EvidenceClass.DIRECT);
  }

  private static Evidence drone(double confidence) {
    return Evidence.of(
        1,
        EvidenceType.DRONE_DETECTION,
        LocalDate.of(2025, 6, 1),
        Wgs84.point(36.2, 50),
        "drone survey",
        0.8,
        "multispectral",
        confidence,
        0);
  }

  @Test
  void onlyAccidentsHaveCasualties() {
    assertThatThrownBy(
            () ->
                Evidence.of(
                    1,
                    EvidenceType.COMBAT_EVENT,
                    LocalDate.of(2025, 6, 1),
                    Wgs84.point(36.2, 50),
                    "report",
                    0.5,
                    null,
                    null,
                    2))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.field()).isEqualTo("casualties"));
  }
}
