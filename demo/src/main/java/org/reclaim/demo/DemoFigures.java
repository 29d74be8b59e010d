package org.reclaim.demo;

import java.util.Map;
import org.reclaim.domain.evidence.EvidenceType;
import org.reclaim.domain.release.ReleaseCategory;
import org.reclaim.domain.team.TeamType;

/**
 * The proportions the generator draws from, each with its source. Figures from {@code
 * ../shared/data} are cited by file and row; the rest are stated as assumptions.
 */
final class DemoFigures {
  private DemoFigures() {}

  /**
   * Relative weight of each oblast (ISO 3166-2) in the hazardous-area register. <b>Assumption</b>
   * from the course of the war since 2022: the long-contested front-line oblasts (Donetsk, Kharkiv,
   * Zaporizhzhia, Kherson) first; Mykolaiv (front line in 2022); the north occupied in
   * February–April 2022 (Kyiv oblast, Chernihiv, Sumy); Dnipropetrovsk (shelled border areas);
   * Luhansk low because almost all of it has been occupied, so little is accessible for survey.
   * Every other mainland oblast gets a small weight (strikes, downed munitions). Crimea and
   * Sevastopol get none: occupied since 2014, no survey is possible. The front-line files in {@code
   * ../shared/data/frontline} were deliberately not used (GPL-3.0; not to be bundled).
   */
  static final Map<String, Double> OBLAST_WEIGHT =
      Map.ofEntries(
          Map.entry("UA-14", 22.0), // Donetsk
          Map.entry("UA-63", 17.0), // Kharkiv
          Map.entry("UA-23", 12.0), // Zaporizhzhia
          Map.entry("UA-65", 12.0), // Kherson
          Map.entry("UA-48", 8.0), // Mykolaiv
          Map.entry("UA-32", 5.0), // Kyiv oblast
          Map.entry("UA-74", 5.0), // Chernihiv
          Map.entry("UA-59", 5.0), // Sumy
          Map.entry("UA-09", 4.0), // Luhansk
          Map.entry("UA-12", 4.0), // Dnipropetrovsk
          Map.entry("UA-43", 0.0), // Crimea
          Map.entry("UA-40", 0.0)); // Sevastopol

  /** Weight of any oblast not in {@link #OBLAST_WEIGHT}: "a little elsewhere". */
  static final double OTHER_OBLAST_WEIGHT = 0.35;

  /** Oblast weight by ISO code. */
  static double oblastWeight(String iso) {
    return OBLAST_WEIGHT.getOrDefault(iso, OTHER_OBLAST_WEIGHT);
  }

  /**
   * Mean hazardous-area size, m²: 282 demining sites totalling 17.5 km², 6.2 ha per site
   * (mine_action_figures.csv UA14).
   */
  static final double MEAN_AREA_M2 = 62_000;

  /**
   * Log-space standard deviation of area sizes. <b>Assumption</b>: 1.0 gives a median of 3.8 ha and
   * a 95th percentile near 20 ha with the 6.2 ha mean; registers hold many small sites and a few
   * large ones.
   */
  static final double AREA_SIGMA = 1.0;

  /**
   * Share of released land per category: Landmine Monitor 2023 for 2022, 497.34 km² released, 31.6
   * % cancelled by NTS, 24.4 % reduced by TS, 44.1 % cleared (demining_productivity/README.md §3,
   * mine_action_figures.csv GL04).
   */
  static final Map<ReleaseCategory, Double> RELEASE_SHARE =
      Map.of(
          ReleaseCategory.CANCELLED, 0.316,
          ReleaseCategory.REDUCED, 0.244,
          ReleaseCategory.CLEARED, 0.441);

  /**
   * Mix of evidence linked to areas. <b>Assumption</b>: combat and front-line records are the most
   * common indirect evidence in Ukraine, NTS interviews and public reports follow, direct finds
   * (sightings, EO found) are rarer and accidents rarest (580–608 casualties a year nationally,
   * mine_action_figures.csv UA25–UA26).
   */
  static final Map<EvidenceType, Double> LINKED_EVIDENCE_MIX =
      Map.of(
          EvidenceType.COMBAT_EVENT, 0.19,
          EvidenceType.FRONTLINE_HISTORY, 0.12,
          EvidenceType.NTS_INTERVIEW, 0.14,
          EvidenceType.PUBLIC_REPORT, 0.12,
          EvidenceType.DRONE_DETECTION, 0.12,
          EvidenceType.SENSOR_DETECTION, 0.07,
          EvidenceType.EO_SIGHTING, 0.11,
          EvidenceType.EO_FOUND, 0.09,
          EvidenceType.ACCIDENT, 0.04);

  /** Share of evidence not near any area: scattered noise, unlinked. */
  static final double NOISE_EVIDENCE_SHARE = 0.15;

  /**
   * Mix of team types. <b>Assumption</b> from the make-up of Ukraine's sector: mostly manual teams,
   * a growing machine fleet (8 → 78 machines in 2023–2024, README §1), dog teams, drone and NTS
   * survey teams, and EOD teams for spot tasks.
   */
  static final Map<TeamType, Double> TEAM_MIX =
      Map.of(
          TeamType.MANUAL, 0.40,
          TeamType.MECHANICAL, 0.12,
          TeamType.MDD, 0.09,
          TeamType.DRONE_SURVEY, 0.10,
          TeamType.NTS, 0.15,
          TeamType.EOD, 0.14);

  /** First day of the full-scale invasion: no evidence or area is dated before it. */
  static final java.time.LocalDate INVASION = java.time.LocalDate.of(2022, 2, 24);
}
