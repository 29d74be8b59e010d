package org.reclaim.demo;

import java.util.List;

/**
 * Plausible synthetic names. Settlement names follow common Ukrainian patterns (prefix, stem,
 * suffix: {@code Novopetrivka}, {@code Velyka Dubove}); operator names are invented and do not
 * refer to real organisations.
 */
final class Names {
  private static final List<String> PREFIXES =
      List.of("", "", "", "", "Novo", "Staro", "Velyka ", "Mala ", "Verkhnia ", "Nyzhnia ");
  private static final List<String> STEMS =
      List.of(
          "Petr",
          "Ivan",
          "Mykhail",
          "Oleksandr",
          "Vasyl",
          "Hryhor",
          "Bil",
          "Chervon",
          "Zelen",
          "Kamian",
          "Dub",
          "Berez",
          "Lypov",
          "Sosn",
          "Kalyn",
          "Vyshn",
          "Yablun",
          "Mykol",
          "Pavl",
          "Andri",
          "Stepan",
          "Marian",
          "Sofi",
          "Kozats",
          "Lozov",
          "Krasnopil",
          "Topol",
          "Vilkh",
          "Hrushev",
          "Bohdan",
          "Serhi",
          "Yosyp",
          "Tern",
          "Ozer",
          "Kurhan",
          "Step",
          "Luh",
          "Richk");
  private static final List<String> SUFFIXES =
      List.of("ivka", "ivka", "ivske", "e", "ove", "yntsi", "ky", "ivka", "ianka", "ne", "ivtsi");

  private static final List<String> OPERATOR_WORDS =
      List.of(
          "Clear Ground",
          "Safe Fields",
          "Steppe",
          "Dnipro",
          "Horizon",
          "Sapper",
          "Shield",
          "Harvest",
          "Northern",
          "Southern",
          "Eastern",
          "Azov",
          "Black Earth",
          "Polissia",
          "Sokil",
          "Bereh",
          "Svitanok",
          "Kalyna",
          "Perekhid",
          "Mayak",
          "Vartovyi",
          "Stezhka",
          "Obrii");
  private static final List<String> NGO_FORMS =
      List.of("Demining Foundation", "Mine Action Trust", "Humanitarian Demining", "Relief");
  private static final List<String> COMMERCIAL_FORMS =
      List.of("Demining LLC", "Mine Action Services", "Clearance Ltd", "Engineering LLC");
  private static final List<String> STATE_UNITS =
      List.of(
          "SESU Pyrotechnic Unit",
          "MoD Engineer Battalion",
          "National Guard Demining Unit",
          "State Special Transport Service Unit",
          "National Police EOD Unit");

  private static final List<String> WOMEN =
      List.of(
          "Olena",
          "Oksana",
          "Iryna",
          "Nataliia",
          "Tetiana",
          "Yuliia",
          "Svitlana",
          "Kateryna",
          "Mariia",
          "Anna",
          "Halyna",
          "Viktoriia",
          "Liudmyla",
          "Daryna",
          "Sofiia",
          "Khrystyna");
  private static final List<String> MEN =
      List.of(
          "Oleksandr",
          "Andrii",
          "Serhii",
          "Volodymyr",
          "Mykola",
          "Dmytro",
          "Ivan",
          "Vasyl",
          "Petro",
          "Yurii",
          "Bohdan",
          "Taras",
          "Maksym",
          "Roman",
          "Ihor",
          "Oleh");
  private static final List<String> SURNAME_ENDINGS =
      List.of("enko", "enko", "chuk", "iuk", "ko", "yshyn", "ovych", "ak");

  private Names() {}

  /** A synthetic person's full name: given name by sex, surname from the settlement stems. */
  static String person(Draw d, boolean woman) {
    String given = d.pick(woman ? WOMEN : MEN);
    String stem = d.pick(STEMS);
    return given + " " + stem + d.pick(SURNAME_ENDINGS);
  }

  /** A settlement name. */
  static String settlement(Draw d) {
    String prefix = d.pick(PREFIXES);
    String stem = d.pick(STEMS);
    String s = d.pick(SUFFIXES);
    if (prefix.endsWith("o")) {
      stem = stem.toLowerCase(java.util.Locale.ROOT);
    }
    return prefix + stem + s;
  }

  /** An NGO name, unique for {@code n}. */
  static String ngo(Draw d, int n) {
    return d.pick(OPERATOR_WORDS) + " " + d.pick(NGO_FORMS) + " " + tag(n);
  }

  /** A company name, unique for {@code n}. */
  static String commercial(Draw d, int n) {
    return d.pick(OPERATOR_WORDS) + " " + d.pick(COMMERCIAL_FORMS) + " " + tag(n);
  }

  /** A state unit's name, unique for {@code n}. */
  static String state(Draw d, int n) {
    return d.pick(STATE_UNITS) + " No. " + n;
  }

  private static String tag(int n) {
    return "(" + Integer.toString(n, 36).toUpperCase(java.util.Locale.ROOT) + ")";
  }
}
