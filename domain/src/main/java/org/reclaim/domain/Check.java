package org.reclaim.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Argument checks shared by the domain records' constructors. Each failure throws a {@link
 * DomainException} naming the entity and the field, so a bad value anywhere in the model produces
 * the same kind of message.
 */
public final class Check {
  private Check() {}

  /** Requires a non-null value. */
  public static <T> T notNull(String entity, String field, T value) {
    if (value == null) {
      throw new DomainException(entity, field, "is required");
    }
    return value;
  }

  /** Requires a non-blank string; returns it stripped. */
  public static String notBlank(String entity, String field, String value) {
    if (value == null || value.isBlank()) {
      throw new DomainException(entity, field, "is required and must not be blank");
    }
    return value.strip();
  }

  /** Requires a strictly positive identifier. */
  public static long id(String entity, String field, long value) {
    if (value <= 0) {
      throw new DomainException(entity, field, "must be a positive identifier, was " + value);
    }
    return value;
  }

  /** Requires a finite number {@code >= 0}. */
  public static double nonNegative(String entity, String field, double value) {
    if (!Double.isFinite(value) || value < 0) {
      throw new DomainException(entity, field, "must be a finite number >= 0, was " + value);
    }
    return value;
  }

  /** Requires an integer {@code >= 0}. */
  public static int nonNegative(String entity, String field, int value) {
    if (value < 0) {
      throw new DomainException(entity, field, "must be >= 0, was " + value);
    }
    return value;
  }

  /** Requires a finite number {@code > 0}. */
  public static double positive(String entity, String field, double value) {
    if (!Double.isFinite(value) || value <= 0) {
      throw new DomainException(entity, field, "must be a finite number > 0, was " + value);
    }
    return value;
  }

  /** Requires a number in the closed interval {@code [0, 1]}. */
  public static double fraction(String entity, String field, double value) {
    if (!(value >= 0 && value <= 1)) {
      throw new DomainException(entity, field, "must be between 0 and 1, was " + value);
    }
    return value;
  }

  /** Requires {@code from <= to} when both are present. */
  public static void ordered(String entity, String field, LocalDate from, LocalDate to) {
    if (from != null && to != null && to.isBefore(from)) {
      throw new DomainException(entity, field, "ends (" + to + ") before it starts (" + from + ")");
    }
  }

  /** Null-safe equality, for readability in rules. */
  public static boolean same(Object a, Object b) {
    return Objects.equals(a, b);
  }
}
