package org.reclaim.domain.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SmallCellSuppressionOpTest {

  @Test
  void countsBelowTheMinimumAreWithheldAndCannotBeDerivedFromTotals() {
    // 2025: 12 women 18–59, 3 men 18–59 (below 5); 2026: 20 women 18–59, 9 men 18–59
    PeopleTally t = new PeopleTally();
    t.add("2025", Sex.FEMALE, AgeGroup.AGE_18_59, false, false, 12);
    t.add("2025", Sex.MALE, AgeGroup.AGE_18_59, false, false, 3);
    t.add("2026", Sex.FEMALE, AgeGroup.AGE_18_59, false, false, 20);
    t.add("2026", Sex.MALE, AgeGroup.AGE_18_59, false, false, 9);
    CountTable raw = t.build();
    int women = raw.column("female_18_59");
    int men = raw.column("male_18_59");
    int total = raw.column("total");
    assertThat(raw.row("2025").cell(men)).isEqualTo(3L);

    CountTable published = SmallCellSuppressionOp.apply(raw, 5);

    assertThat(published.row("2025").cell(men)).isNull(); // primary
    // 15 − 12 would give the 3 away: the smallest other cell of the row goes too (12 < 15)
    assertThat(published.row("2025").cell(women)).isNull();
    // the column of men: 3 + 9 = 12 would give it away through 2026's 9 (9 < 12)
    assertThat(published.row("2026").cell(men)).isNull();
    // and so 2026's women go, to protect its 9
    assertThat(published.row("2026").cell(women)).isNull();
    assertThat(published.row("2025").cell(total)).isEqualTo(15L);
    assertThat(published.totals().cell(total)).isEqualTo(44L);
    assertNoLineHasALoneWithheldCell(published);
  }

  @Test
  void zerosAndLargeCountsArePublished() {
    CountTable raw =
        new PeopleTally().add("2026", Sex.FEMALE, AgeGroup.AGE_5_11, false, false, 40).build();
    CountTable published = SmallCellSuppressionOp.apply(raw, 5);
    assertThat(published.hasSuppressed()).isFalse();
    assertThat(published.row("2026").cell(raw.column("male_5_11"))).isZero();
    assertThat(published.minCell()).isEqualTo(5);
  }

  @Test
  void aSmallTotalHidesTheWholeRow() {
    CountTable raw =
        new PeopleTally()
            .add("2026", Sex.FEMALE, AgeGroup.AGE_60_PLUS, true, false, 2)
            .add("2026", Sex.MALE, AgeGroup.AGE_60_PLUS, false, true, 1)
            .add("2025", Sex.MALE, AgeGroup.AGE_18_59, false, false, 30)
            .build();
    CountTable published = SmallCellSuppressionOp.apply(raw, 5);
    CountTable.Row row = published.row("2026");
    assertThat(row.cell(raw.column("total"))).isNull();
    assertThat(row.cell(raw.column("with_disability"))).isNull();
    assertThat(row.cell(raw.column("veterans"))).isNull();
    assertNoLineHasALoneWithheldCell(published);
  }

  private static void assertNoLineHasALoneWithheldCell(CountTable t) {
    int total = t.totalColumn();
    for (CountTable.Row r : t.rows()) {
      long withheld = r.cells().subList(0, total + 1).stream().filter(c -> c == null).count();
      assertThat(withheld).as("row %s", r.label()).isNotEqualTo(1);
    }
    for (int j = 0; j <= total; j++) {
      int col = j;
      long withheld = t.rows().stream().filter(r -> r.cell(col) == null).count();
      assertThat(withheld).as("column %s", t.columns().get(j)).isNotEqualTo(1);
    }
  }
}
