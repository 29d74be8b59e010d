package org.reclaim.domain.people;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts people into a {@link CountTable} disaggregated by sex and SADDD age group (IMAS 05.10),
 * with disability and veteran status: columns {@code female_0_4} … {@code female_60_plus}, {@code
 * female_age_unknown}, the same for {@code male_}, {@code sex_unknown}, then {@code total}, {@code
 * with_disability}, {@code veterans}. Rows come out in the order their labels were first added,
 * then the totals row.
 *
 * <p>Not thread safe.
 */
public final class PeopleTally {
  /** The column names, in order. */
  public static final List<String> COLUMNS = columns();

  private static final int TOTAL = COLUMNS.indexOf("total");
  private final Map<String, long[]> rows = new LinkedHashMap<>();

  private static List<String> columns() {
    List<String> c = new ArrayList<>();
    for (String sex : List.of("female", "male")) {
      for (AgeGroup g : AgeGroup.known()) {
        c.add(sex + "_" + g.columnSuffix());
      }
      c.add(sex + "_age_unknown");
    }
    c.add("sex_unknown");
    c.add("total");
    c.add("with_disability");
    c.add("veterans");
    return List.copyOf(c);
  }

  /** Makes sure a row exists for {@code label}, so that an empty group still shows as zeros. */
  public PeopleTally row(String label) {
    rows.computeIfAbsent(label, k -> new long[COLUMNS.size()]);
    return this;
  }

  /** Counts {@code n} people of one kind in row {@code label}. */
  public PeopleTally add(
      String label, Sex sex, AgeGroup age, boolean disability, boolean veteran, long n) {
    long[] r = rows.computeIfAbsent(label, k -> new long[COLUMNS.size()]);
    r[column(sex, age)] += n;
    r[TOTAL] += n;
    if (disability) {
      r[TOTAL + 1] += n;
    }
    if (veteran) {
      r[TOTAL + 2] += n;
    }
    return this;
  }

  /** Counts the beneficiaries of one EORE session in row {@code label}. */
  public PeopleTally add(String label, Beneficiaries b) {
    long[] r = rows.computeIfAbsent(label, k -> new long[COLUMNS.size()]);
    for (AgeGroup g : AgeGroup.known()) {
      r[column(Sex.FEMALE, g)] += b.count(Sex.FEMALE, g);
      r[column(Sex.MALE, g)] += b.count(Sex.MALE, g);
    }
    r[TOTAL] += b.total();
    r[TOTAL + 1] += b.withDisability();
    return this;
  }

  private static int column(Sex sex, AgeGroup age) {
    if (sex == Sex.UNKNOWN) {
      return 12;
    }
    int base = sex == Sex.FEMALE ? 0 : 6;
    return base + (age == AgeGroup.UNKNOWN ? 5 : age.ordinal());
  }

  /** The table, unsuppressed, with its totals row. */
  public CountTable build() {
    List<CountTable.Row> out = new ArrayList<>();
    long[] totals = new long[COLUMNS.size()];
    rows.forEach(
        (label, r) -> {
          out.add(row(label, r));
          for (int i = 0; i < r.length; i++) {
            totals[i] += r[i];
          }
        });
    out.add(row("total", totals));
    return new CountTable(COLUMNS, TOTAL, out, 1);
  }

  private static CountTable.Row row(String label, long[] r) {
    return new CountTable.Row(label, java.util.Arrays.stream(r).boxed().toList());
  }
}
