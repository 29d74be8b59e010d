package org.reclaim.domain.compensation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reclaim.domain.DomainForTest;
import org.reclaim.domain.context.AgriculturalParcel;
import org.reclaim.domain.context.ReferenceLine;
import org.reclaim.domain.hazard.HazardClass;
import org.reclaim.domain.hazard.HazardousArea;

class CompensationCheckTest {
  // A 0.002° parcel from (36.2, 50.0); a north-south contact line at 36.6 E, 0.398° east of the
  // parcel's east edge (36.202): 0.398 × 111.32 km × cos 50° ≈ 28.5 km.
  private static final AgriculturalParcel PARCEL = DomainForTest.parcel(5, 36.2, 50.0);
  private static final ReferenceLine CONTACT =
      new ReferenceLine(
          1,
          ReferenceLine.Kind.CONTACT_LINE,
          "contact line 2026-05",
          null,
          DomainForTest.wkt("LINESTRING (36.6 49.5, 36.6 50.5)"));
  private static final HazardousArea CHA =
      DomainForTest.area(10, 36.2005, 50.0005).withHazardClass(HazardClass.CHA);

  @Test
  void aParcelOnNtsConfirmedLandFarFromTheLineIsEligible() {
    CompensationCheck.Result r =
        CompensationCheck.check(
            PARCEL,
            List.of(CHA),
            Set.of(10L),
            List.of(CONTACT),
            new CompensationRules(true, 20, 0));
    assertThat(r.eligible()).isTrue();
    assertThat(r.findings())
        .extracting(CompensationCheck.Finding::rule)
        .containsExactly("nts_confirmed", "contact_line_distance");
    assertThat(r.findings().get(1).detail()).startsWith("28.");
  }

  @Test
  void tooNearTheLineIsRefusedWithTheDistance() {
    CompensationCheck.Result r =
        CompensationCheck.check(
            PARCEL,
            List.of(CHA),
            Set.of(10L),
            List.of(CONTACT),
            new CompensationRules(true, 30, 0));
    assertThat(r.eligible()).isFalse();
    assertThat(r.findings().get(1).passed()).isFalse();
    assertThat(r.findings().get(1).detail()).contains("requires more than 30.0 km");
  }

  @Test
  void anAreaWithoutNtsConfirmationDoesNotCount() {
    CompensationCheck.Result r =
        CompensationCheck.check(
            PARCEL, List.of(CHA), Set.of(), List.of(CONTACT), new CompensationRules(true, 0, 0));
    assertThat(r.eligible()).isFalse();
    assertThat(r.findings().get(0).detail()).contains("HA-10").contains("none with contamination");
  }

  @Test
  void aRuleWithNoLineToMeasureFromFails() {
    CompensationCheck.Result r =
        CompensationCheck.check(
            PARCEL, List.of(), Set.of(), List.of(CONTACT), new CompensationRules(false, 0, 5));
    assertThat(r.eligible()).isFalse();
    assertThat(r.findings().get(0).detail()).isEqualTo("no border in the register to measure from");
  }
}
