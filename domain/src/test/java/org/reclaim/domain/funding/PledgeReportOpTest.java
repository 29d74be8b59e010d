package org.reclaim.domain.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reclaim.domain.operator.Activity;
import org.reclaim.domain.release.LandRelease;
import org.reclaim.domain.release.ReleaseCategory;

class PledgeReportOpTest {
  private static final LocalDate JAN = LocalDate.of(2026, 1, 15);
  private static final LocalDate MAR = LocalDate.of(2026, 3, 10);
  private static final LocalDate MAY = LocalDate.of(2026, 5, 20);
  private static final LocalDate AUG = LocalDate.of(2026, 8, 1);
  private static final Earmark ANY_2026 =
      new Earmark(null, null, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));

  private static PledgeReportOp.Funding funding() {
    return new PledgeReportOp.Funding(
        List.of(new Donor(1, "Japan", "JP"), new Donor(2, "Norway", "NO")),
        List.of(
            new Pledge(1, 1, JAN, 1_000_000, JAN, LocalDate.of(2027, 12, 31)),
            new Pledge(2, 2, AUG, 500_000, AUG, LocalDate.of(2027, 12, 31))),
        List.of(
            new Grant(10, 1, 1L, "JP-1", 600_000, MAR, ANY_2026),
            new Grant(20, 2, null, "NO-1", 300_000, MAR, ANY_2026)),
        List.of(
            new Disbursement(1, 10, MAR, 300_000),
            new Disbursement(2, 20, MAY, 100_000),
            new Disbursement(3, 20, AUG, 200_000)),
        List.of(
            // Task 7: $30,000 from Japan, $10,000 from Norway, $10,000 own funds = $50,000.
            new CostBooking(1, 7, 10L, MAR, 30_000),
            new CostBooking(2, 7, 20L, MAY, 10_000),
            new CostBooking(3, 7, null, MAY, 10_000),
            // Task 8: all Norway, booked in the second half.
            new CostBooking(4, 8, 20L, AUG, 8_000)),
        List.of(
            new LandRelease(1, 5, 7L, ReleaseCategory.CLEARED, 20_000, MAY, 3),
            new LandRelease(2, 6, 8L, ReleaseCategory.REDUCED, 40_000, AUG, 0)));
  }

  @Test
  void firstHalfOf2026() {
    List<PledgeReportOp.Line> r = PledgeReportOp.report(funding(), HalfYear.parse("2026-H1"));
    PledgeReportOp.Line japan = r.get(0);
    PledgeReportOp.Line norway = r.get(1);
    assertThat(japan.pledgedUsd()).isEqualTo(1_000_000);
    assertThat(japan.committedUsd()).isEqualTo(600_000);
    assertThat(japan.disbursedUsd()).isEqualTo(300_000);
    assertThat(japan.spentUsd()).isEqualTo(30_000);
    // Task 7 released 20,000 m² in H1; Japan paid 30,000 / 50,000 of it → 12,000 m².
    assertThat(japan.outputsM2()).isCloseTo(12_000, within(1e-9));
    // Norway paid 10,000 / 50,000 of task 7 → 4,000 m²; task 8 released in H2, not counted.
    assertThat(norway.outputsM2()).isCloseTo(4_000, within(1e-9));
    assertThat(norway.pledgedUsd()).isZero();
    // Disbursed in H1: 300,000 + 100,000 = 400,000 → Japan 75 %, Norway 25 %.
    assertThat(japan.sharePercent()).isCloseTo(75, within(1e-9));
    assertThat(norway.sharePercent()).isCloseTo(25, within(1e-9));
  }

  @Test
  void secondHalfOf2026() {
    List<PledgeReportOp.Line> r = PledgeReportOp.report(funding(), new HalfYear(2026, 2));
    // Only Norway disbursed (200,000) and pledged (500,000); task 8 is all Norway: 40,000 m².
    assertThat(r.get(1).sharePercent()).isCloseTo(100, within(1e-9));
    assertThat(r.get(1).pledgedUsd()).isEqualTo(500_000);
    assertThat(r.get(1).outputsM2()).isCloseTo(40_000, within(1e-9));
    assertThat(r.get(0).outputsM2()).isZero();
    assertThat(r.get(0).sharePercent()).isZero();
  }

  @Test
  void halfYearsParseAndRefuseNonsense() {
    assertThat(HalfYear.parse("2026-H2").start()).isEqualTo(LocalDate.of(2026, 7, 1));
    assertThat(HalfYear.of(LocalDate.of(2026, 6, 30))).hasToString("2026-H1");
    assertThatThrownBy(() -> HalfYear.parse("2026-Q1")).hasMessageContaining("2026-H1");
  }

  @Test
  void anEarmarkSaysWhyACostDoesNotFit() {
    Earmark e = new Earmark(5L, Activity.MANUAL_CLEARANCE, JAN, MAY);
    assertThat(e.refusal(5L, Activity.MANUAL_CLEARANCE, MAR)).isNull();
    assertThat(e.refusal(6L, Activity.MANUAL_CLEARANCE, MAR)).contains("region 5");
    assertThat(e.refusal(5L, Activity.NTS, MAR)).contains("MANUAL_CLEARANCE");
    assertThat(e.refusal(5L, Activity.MANUAL_CLEARANCE, AUG)).contains("dated 2026-08-01");
  }

  @Test
  void costPerSquareMetreByGroup() {
    List<CostPerM2Op.TaskCost> tasks =
        List.of(
            new CostPerM2Op.TaskCost(1, "MANUAL", 1L, 5L, 50_000, 20_000),
            new CostPerM2Op.TaskCost(2, "MANUAL", 2L, 5L, 30_000, 10_000),
            new CostPerM2Op.TaskCost(3, "MECHANICAL", 1L, 6L, 40_000, 80_000),
            // Under way, nothing released: left out.
            new CostPerM2Op.TaskCost(4, "MANUAL", 1L, 6L, 99_000, 0));
    Map<String, CostPerM2Op.Ratio> byMethod =
        CostPerM2Op.byGroup(tasks, CostPerM2Op.TaskCost::method);
    // MANUAL: (50,000 + 30,000) / (20,000 + 10,000) = 2.666… $/m²; MECHANICAL: 0.5 $/m².
    assertThat(byMethod.get("MANUAL").usdPerM2()).isCloseTo(80_000.0 / 30_000, within(1e-12));
    assertThat(byMethod.get("MANUAL").tasks()).isEqualTo(2);
    assertThat(byMethod.get("MECHANICAL").usdPerM2()).isCloseTo(0.5, within(1e-12));
    Map<String, CostPerM2Op.Ratio> byOperator =
        CostPerM2Op.byGroup(tasks, t -> String.valueOf(t.operatorId()));
    // Operator 1: (50,000 + 40,000) / (20,000 + 80,000) = 0.9 $/m².
    assertThat(byOperator.get("1").usdPerM2()).isCloseTo(0.9, within(1e-12));
  }
}
