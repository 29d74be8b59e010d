package org.reclaim.analysis.profile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.reclaim.analysis.criteria.CriteriaParameters;
import org.reclaim.analysis.criteria.CriterionId;
import org.reclaim.analysis.scoring.AhpOp;
import org.reclaim.analysis.scoring.AhpResult;
import org.reclaim.analysis.scoring.Normalisation;
import org.reclaim.analysis.scoring.PairwiseComparisons;
import org.reclaim.analysis.scoring.Weights;
import org.reclaim.domain.DomainException;

/**
 * A named, versioned national priority policy: how much each criterion counts, how scores are
 * formed, and the distances the criteria are measured with. Stored and exchanged as JSON (schema in
 * {@code docs/prioritisation.md}); the built-in profiles ship as {@code profiles/*.json}.
 *
 * <p>Weights are given either directly ({@code weights}: criterion key → non-negative number, any
 * scale; criteria not listed weigh 0) or elicited by AHP ({@code pairwise}: a Saaty-scale
 * comparison matrix over some criteria, refused when its consistency ratio exceeds 0.10 unless
 * {@code insist} is set). Validated on construction: every problem is a {@link DomainException}
 * naming the field.
 *
 * @param name identifier, lower-case letters, digits and dashes (e.g. {@code civilian-safety})
 * @param version 1 for the first version; each saved change adds one
 * @param title short human title
 * @param description what the policy favours and why; may be empty
 * @param method {@code weighted-sum}, {@code topsis} or {@code expected-value} (probability of
 *     contamination × weighted consequence ÷ expected release cost)
 * @param normalisation {@code min-max} or {@code rank} (weighted sum only)
 * @param weights criterion key → weight, or {@code null} when {@code pairwise} is given
 * @param pairwise AHP comparisons, or {@code null} when {@code weights} is given
 * @param parameters overrides of {@link CriteriaParameters} (keys of {@link
 *     CriteriaParameters#toMap()} except {@code asOf}); may be empty
 * @param topN the "top N" whose membership sensitivity analysis reports; default 100
 */
public record PolicyProfile(
    String name,
    int version,
    String title,
    String description,
    String method,
    String normalisation,
    Map<String, Double> weights,
    Pairwise pairwise,
    Map<String, Object> parameters,
    Integer topN) {

  private static final String E = "PolicyProfile";
  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

  /**
   * AHP comparisons over some criteria.
   *
   * @param criteria criterion keys, in matrix order
   * @param matrix {@code matrix[i][j]}: how much more important criterion i is than j (1–9)
   * @param insist use the weights even when the consistency ratio is above 0.10
   */
  public record Pairwise(List<String> criteria, double[][] matrix, boolean insist) {}

  /** Validates every field; see the class comment. */
  public PolicyProfile {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new DomainException(E, "name", "lower-case letters, digits and dashes, 1-63: " + name);
    }
    if (version < 1) {
      throw new DomainException(E, "version", "must be >= 1, was " + version);
    }
    title = title == null || title.isBlank() ? name : title.strip();
    description = description == null ? "" : description.strip();
    method = method == null ? ScoringMethod.WEIGHTED_SUM.key() : method;
    if (ScoringMethod.findByKey(method).isEmpty()) {
      throw new DomainException(
          E, "method", "must be weighted-sum, topsis or expected-value, was " + method);
    }
    normalisation = normalisation == null ? "min-max" : normalisation;
    if (!normalisation.equals("min-max") && !normalisation.equals("rank")) {
      throw new DomainException(E, "normalisation", "must be min-max or rank: " + normalisation);
    }
    if ((weights == null) == (pairwise == null)) {
      throw new DomainException(E, "weights", "give either weights or pairwise, not both or none");
    }
    weights = weights == null ? null : checkWeights(weights);
    if (pairwise != null) {
      checkPairwise(pairwise);
    }
    parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
    if (parameters.containsKey("asOf")) {
      throw new DomainException(
          E, "parameters.asOf", "the date is chosen per run, not per profile");
    }
    try {
      CriteriaParameters.fromMap(LocalDate.of(2000, 1, 1), parameters);
    } catch (IllegalArgumentException e) {
      throw new DomainException(E, "parameters", e.getMessage());
    }
    topN = topN == null ? 100 : topN;
    if (topN < 1) {
      throw new DomainException(E, "topN", "must be >= 1, was " + topN);
    }
  }

  /** The scoring method. */
  public ScoringMethod scoringMethod() {
    return ScoringMethod.findByKey(method).orElseThrow();
  }

  /** The normalisation of the weighted sum. */
  public Normalisation normalisationMethod() {
    return normalisation.equals("rank") ? Normalisation.RANK : Normalisation.MIN_MAX;
  }

  /** The AHP evaluation of {@link #pairwise}, or {@code null} when weights are direct. */
  public AhpResult ahp() {
    return pairwise == null ? null : AhpOp.evaluate(comparisons(pairwise));
  }

  /** One weight per criterion of {@link CriterionId#all()} (0 for those the profile omits). */
  public Weights effectiveWeights() {
    Map<String, Double> raw = new LinkedHashMap<>();
    CriterionId.all().forEach(c -> raw.put(c.key(), 0.0));
    if (weights != null) {
      raw.putAll(weights);
    } else {
      Weights ahp = AhpOp.weights(comparisons(pairwise), pairwise.insist());
      for (String c : ahp.criteria()) {
        raw.put(c, ahp.getWeight(c));
      }
    }
    return Weights.of(raw);
  }

  /**
   * Criteria parameters for a run as of {@code asOf}: the defaults with this profile's overrides.
   */
  public CriteriaParameters criteriaParameters(LocalDate asOf) {
    return CriteriaParameters.fromMap(asOf, parameters);
  }

  /** This profile with another version number (saving a change makes the next version). */
  public PolicyProfile withVersion(int newVersion) {
    return new PolicyProfile(
        name,
        newVersion,
        title,
        description,
        method,
        normalisation,
        weights,
        pairwise,
        parameters,
        topN);
  }

  private static Map<String, Double> checkWeights(Map<String, Double> weights) {
    Map<String, Double> out = new LinkedHashMap<>();
    double sum = 0;
    for (Map.Entry<String, Double> e : weights.entrySet()) {
      String field = "weights." + e.getKey();
      if (CriterionId.findByKey(e.getKey()).isEmpty()) {
        throw new DomainException(E, field, "unknown criterion; known are " + keys());
      }
      Double w = e.getValue();
      if (w == null || !Double.isFinite(w) || w < 0) {
        throw new DomainException(E, field, "must be a finite number >= 0, was " + w);
      }
      sum += w;
      out.put(e.getKey(), w);
    }
    if (!(sum > 0)) {
      throw new DomainException(E, "weights", "at least one weight must be > 0");
    }
    return java.util.Collections.unmodifiableMap(out);
  }

  private static void checkPairwise(Pairwise p) {
    if (p.criteria() == null || p.matrix() == null) {
      throw new DomainException(E, "pairwise", "needs criteria and matrix");
    }
    for (int i = 0; i < p.criteria().size(); i++) {
      if (CriterionId.findByKey(p.criteria().get(i)).isEmpty()) {
        throw new DomainException(
            E, "pairwise.criteria[" + i + "]", "unknown criterion; known are " + keys());
      }
    }
    try {
      AhpOp.weights(comparisons(p), p.insist());
    } catch (IllegalArgumentException e) {
      throw new DomainException(E, "pairwise", e.getMessage());
    }
  }

  private static PairwiseComparisons comparisons(Pairwise p) {
    return PairwiseComparisons.of(p.criteria(), p.matrix());
  }

  private static List<String> keys() {
    List<String> out = new ArrayList<>();
    CriterionId.all().forEach(c -> out.add(c.key()));
    return out;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PolicyProfile p
        && p.name.equals(name)
        && p.version == version
        && Objects.equals(p.title, title)
        && Objects.equals(p.description, description)
        && p.method.equals(method)
        && p.normalisation.equals(normalisation)
        && Objects.equals(p.weights, weights)
        && pairwiseEquals(p.pairwise, pairwise)
        && p.parameters.equals(parameters)
        && p.topN.equals(topN);
  }

  private static boolean pairwiseEquals(Pairwise a, Pairwise b) {
    if (a == null || b == null) {
      return a == b;
    }
    return a.criteria().equals(b.criteria())
        && Arrays.deepEquals(a.matrix(), b.matrix())
        && a.insist() == b.insist();
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, version, method, normalisation, weights, topN);
  }
}
