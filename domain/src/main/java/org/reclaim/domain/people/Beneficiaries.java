package org.reclaim.domain.people;

import java.util.Arrays;
import org.reclaim.domain.Check;
import org.reclaim.domain.DomainException;

/**
 * People reached, disaggregated by sex and SADDD age group (IMAS 05.10, IMAS 12.10 §10: EORE
 * reporting counts beneficiaries by sex and age), with how many of them have a disability.
 *
 * <p>Immutable: the counts array is copied in and out.
 *
 * @param female women and girls per age group, in {@link AgeGroup#known()} order (5 counts)
 * @param male men and boys per age group, in the same order
 * @param withDisability people with a disability among them
 */
public record Beneficiaries(int[] female, int[] male, int withDisability) {
  private static final String E = "Beneficiaries";

  /**
   * The column names of the counts in files and tables: {@code female_0_4} … {@code
   * female_60_plus}, then {@code male_0_4} … {@code male_60_plus}.
   */
  public static final java.util.List<String> COLUMNS = columns();

  private static java.util.List<String> columns() {
    java.util.List<String> c = new java.util.ArrayList<>();
    for (String sex : java.util.List.of("female", "male")) {
      for (AgeGroup g : AgeGroup.known()) {
        c.add(sex + "_" + g.columnSuffix());
      }
    }
    return java.util.List.copyOf(c);
  }

  /** Nobody. */
  public static final Beneficiaries NONE = new Beneficiaries(new int[5], new int[5], 0);

  public Beneficiaries {
    female = counts("female", female);
    male = counts("male", male);
    Check.nonNegative(E, "withDisability", withDisability);
    if (withDisability > Arrays.stream(female).sum() + Arrays.stream(male).sum()) {
      throw new DomainException(E, "withDisability", "more than the people reached");
    }
  }

  private static int[] counts(String field, int[] values) {
    Check.notNull(E, field, values);
    if (values.length != 5) {
      throw new DomainException(E, field, "needs 5 age groups, not " + values.length);
    }
    for (int v : values) {
      Check.nonNegative(E, field, v);
    }
    return values.clone();
  }

  @Override
  public int[] female() {
    return female.clone();
  }

  @Override
  public int[] male() {
    return male.clone();
  }

  /** People reached of {@code sex} in {@code group} (0 for unknown sex or age). */
  public int count(Sex sex, AgeGroup group) {
    if (group == AgeGroup.UNKNOWN || sex == Sex.UNKNOWN) {
      return 0;
    }
    return (sex == Sex.FEMALE ? female : male)[group.ordinal()];
  }

  /** Everyone reached. */
  public int total() {
    return Arrays.stream(female).sum() + Arrays.stream(male).sum();
  }

  /** The two added together. */
  public Beneficiaries plus(Beneficiaries other) {
    int[] f = new int[5];
    int[] m = new int[5];
    for (int i = 0; i < 5; i++) {
      f[i] = female[i] + other.female[i];
      m[i] = male[i] + other.male[i];
    }
    return new Beneficiaries(f, m, withDisability + other.withDisability);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Beneficiaries b
        && Arrays.equals(female, b.female)
        && Arrays.equals(male, b.male)
        && withDisability == b.withDisability;
  }

  @Override
  public int hashCode() {
    return 31 * (31 * Arrays.hashCode(female) + Arrays.hashCode(male)) + withDisability;
  }

  @Override
  public String toString() {
    return "Beneficiaries[female="
        + Arrays.toString(female)
        + ", male="
        + Arrays.toString(male)
        + ", withDisability="
        + withDisability
        + "]";
  }
}
