package org.reclaim.io.layer;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.jspecify.annotations.Nullable;
import org.reclaim.io.Layer;
import org.reclaim.io.ReferenceCheck;

/**
 * Reads typed values from one record's {@link RecordFields}, turning every bad or missing value
 * into an issue that names the field. After a failed read the parser is {@link #failed()} and the
 * returned value is a placeholder ({@code null} or 0) the mapper must not use: mappers read every
 * field (so that all problems of a record are reported), then build the record only if nothing
 * failed.
 *
 * <p>Formats: numbers with a {@code .} decimal point; dates ISO 8601 {@code yyyy-mm-dd} (a
 * date-time is cut to its date); lists separated by {@code ;}.
 *
 * <p>Not thread safe: one per import, {@link #reset reset} for every record.
 */
public final class FieldParser {
  /** Which layer each reference field points into. */
  private static final Map<String, Layer> REFERENCES =
      Map.ofEntries(
          Map.entry("region_id", Layer.REGIONS),
          Map.entry("region_ids", Layer.REGIONS),
          Map.entry("parent_id", Layer.REGIONS),
          Map.entry("operator_id", Layer.OPERATORS),
          Map.entry("hazardous_area_id", Layer.HAZARDOUS_AREAS),
          Map.entry("team_id", Layer.TEAMS),
          Map.entry("task_id", Layer.TASKS),
          Map.entry("evidence_id", Layer.EVIDENCE),
          Map.entry("settlement_id", Layer.SETTLEMENTS),
          Map.entry("person_id", Layer.PERSONNEL),
          Map.entry("course_id", Layer.COURSES),
          Map.entry("accident_id", Layer.ACCIDENTS),
          Map.entry("casualty_id", Layer.CASUALTIES));

  private final IssueCollector issues;
  private final ReferenceCheck references;
  private RecordFields fields;
  private int record;
  private boolean failed;

  /** A parser reporting into {@code issues}, checking references with {@code references}. */
  public FieldParser(IssueCollector issues, ReferenceCheck references) {
    this.issues = issues;
    this.references = references;
  }

  /** Starts on the next record. */
  public void reset(int record, RecordFields fields) {
    this.record = record;
    this.fields = fields;
    this.failed = false;
  }

  /** The number of the record being read (line or feature, see {@link #recordWord()}). */
  public int record() {
    return record;
  }

  /** What record numbers count: {@code "line"} or {@code "feature"}. */
  public String recordWord() {
    return issues.recordWord();
  }

  /** Whether any read of this record failed (or {@link #fail()} was called). */
  public boolean failed() {
    return failed;
  }

  /** Marks the record failed without a new issue, e.g. when its geometry was already reported. */
  public void fail() {
    failed = true;
  }

  /** Reports a problem with {@code field} of this record. */
  public void issue(String field, String reason) {
    failed = true;
    issues.add(record, field, reason);
  }

  /** Optional text, or {@code null}. */
  public @Nullable String text(String field) {
    return fields.text(field);
  }

  /** Required text. */
  public @Nullable String requiredText(String field) {
    String value = fields.text(field);
    if (value == null) {
      issue(field, "is required");
    }
    return value;
  }

  /** A required enum value, case-insensitive. */
  public <E extends Enum<E>> @Nullable E requiredEnum(String field, EnumLookup<E> lookup) {
    return optionalEnum(field, lookup, null, true);
  }

  /** An optional enum value, case-insensitive, or {@code fallback} when absent. */
  public <E extends Enum<E>> @Nullable E optionalEnum(
      String field, EnumLookup<E> lookup, @Nullable E fallback) {
    return optionalEnum(field, lookup, fallback, false);
  }

  private <E extends Enum<E>> @Nullable E optionalEnum(
      String field, EnumLookup<E> lookup, @Nullable E fallback, boolean required) {
    String value = required ? requiredText(field) : fields.text(field);
    if (value == null) {
      return fallback;
    }
    E found = lookup.find(value);
    if (found == null) {
      issue(field, "unknown value '" + value + "'; expected one of " + lookup.expected());
    }
    return found;
  }

  /** A required non-empty {@code ;}-separated set of enum values. */
  public <E extends Enum<E>> @Nullable Set<E> requiredEnumSet(
      String field, Class<E> type, EnumLookup<E> lookup) {
    String value = requiredText(field);
    if (value == null) {
      return null;
    }
    Set<E> set = EnumSet.noneOf(type);
    for (String item : value.split(";", -1)) {
      if (item.isBlank()) {
        continue;
      }
      E found = lookup.find(item.strip());
      if (found == null) {
        issue(field, "unknown value '" + item.strip() + "'; expected one of " + lookup.expected());
        return null;
      }
      set.add(found);
    }
    if (set.isEmpty()) {
      issue(field, "is required");
    }
    return set;
  }

  /** A required non-empty {@code ;}-separated set of positive identifiers. */
  public @Nullable Set<Long> requiredIdSet(String field) {
    String value = requiredText(field);
    if (value == null) {
      return null;
    }
    Set<Long> ids = new LinkedHashSet<>();
    for (String item : value.split(";", -1)) {
      if (!item.isBlank()) {
        Long id = parseId(field, item.strip());
        if (id == null) {
          return null;
        }
        ids.add(id);
      }
    }
    if (ids.isEmpty()) {
      issue(field, "is required");
    }
    return ids;
  }

  /** A required positive identifier of another record; 0 after a failure. */
  public long requiredId(String field) {
    String value = requiredText(field);
    Long id = value == null ? null : parseId(field, value);
    return id == null ? 0 : id;
  }

  /** An optional positive identifier of another record, or {@code null}. */
  public @Nullable Long optionalId(String field) {
    String value = fields.text(field);
    return value == null ? null : parseId(field, value);
  }

  private @Nullable Long parseId(String field, String value) {
    Long number = parseLong(field, value);
    if (number != null && number <= 0) {
      issue(field, "must be a positive identifier, was " + value);
      return null;
    }
    Layer target = REFERENCES.get(field);
    if (number != null && target != null && !references.exists(target, number)) {
      issue(field, "no " + target.cliName() + " record with id " + number + " in the register");
      return null;
    }
    return number;
  }

  /**
   * An optional yes/no flag ({@code true}/{@code false}, {@code yes}/{@code no}, {@code 1}/{@code
   * 0}, case-insensitive), or {@code false} when absent.
   */
  public boolean optionalFlag(String field) {
    String value = fields.text(field);
    if (value == null) {
      return false;
    }
    switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
      case "true", "yes", "y", "1" -> {
        return true;
      }
      case "false", "no", "n", "0" -> {
        return false;
      }
      default -> {
        issue(field, "'" + value + "' is not a yes/no value (true, false, yes, no, 1, 0)");
        return false;
      }
    }
  }

  /** A required whole number in [{@code min}, {@code max}]; {@code min} after a failure. */
  public int requiredInt(String field, int min, int max) {
    String value = requiredText(field);
    if (value == null) {
      return min;
    }
    Long n = parseLong(field, value);
    if (n == null) {
      return min;
    }
    if (n < min || n > max) {
      issue(field, "must be between " + min + " and " + max + ", was " + value);
      return min;
    }
    return n.intValue();
  }

  /** An optional whole number, or {@code fallback} when absent. */
  public int optionalInt(String field, int fallback) {
    String value = fields.text(field);
    if (value == null) {
      return fallback;
    }
    Long number = parseLong(field, value);
    if (number != null && (number < Integer.MIN_VALUE || number > Integer.MAX_VALUE)) {
      issue(field, "is too large: " + value);
      return fallback;
    }
    return number == null ? fallback : number.intValue();
  }

  private @Nullable Long parseLong(String field, String value) {
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      // GeoJSON writers sometimes give whole numbers as 12.0
      double d = parseDoubleOrNaN(value);
      if (d == Math.rint(d) && Math.abs(d) < 1e15) {
        return (long) d;
      }
      issue(field, "must be a whole number, was '" + value + "'");
      return null;
    }
  }

  /** A required number; {@code NaN} after a failure. */
  public double requiredDouble(String field) {
    String value = requiredText(field);
    return value == null ? Double.NaN : parseDouble(field, value);
  }

  /** An optional number, or {@code fallback} when absent. */
  public double optionalDouble(String field, double fallback) {
    String value = fields.text(field);
    return value == null ? fallback : parseDouble(field, value);
  }

  /** An optional number, or {@code null} when absent. */
  public @Nullable Double optionalDouble(String field) {
    String value = fields.text(field);
    if (value == null) {
      return null;
    }
    double d = parseDouble(field, value);
    return Double.isNaN(d) ? null : d;
  }

  /** Parses a decimal number (decimal point {@code .}), reporting a bad one. */
  public double parseDouble(String field, String value) {
    double d = parseDoubleOrNaN(value);
    if (Double.isNaN(d)) {
      issue(field, "must be a number with a '.' decimal point, was '" + value + "'");
    }
    return d;
  }

  private static double parseDoubleOrNaN(String value) {
    try {
      return Double.parseDouble(value);
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  /** A required ISO 8601 date. */
  public @Nullable LocalDate requiredDate(String field) {
    String value = requiredText(field);
    return value == null ? null : parseDate(field, value);
  }

  /** An optional ISO 8601 date, or {@code null}. */
  public @Nullable LocalDate optionalDate(String field) {
    String value = fields.text(field);
    return value == null ? null : parseDate(field, value);
  }

  /** Parses {@code yyyy-mm-dd} (a longer ISO date-time is cut to its date), reporting a bad one. */
  public @Nullable LocalDate parseDate(String field, String value) {
    LocalDate date = IsoDates.parse(value);
    if (date == null) {
      issue(field, "must be an ISO 8601 date yyyy-mm-dd, was '" + value + "'");
    }
    return date;
  }

  /** Fast ISO date parsing without regular expressions or formatters. */
  static final class IsoDates {
    private static final int FIRST_YEAR = 1900;
    private static final int YEARS = 300;

    /** Parsed dates by (year, month, day); LocalDate is immutable, so sharing is thread safe. */
    private static final AtomicReferenceArray<LocalDate> CACHE =
        new AtomicReferenceArray<>(YEARS * 372);

    private IsoDates() {}

    static @Nullable LocalDate parse(String s) {
      if (s.length() < 10 || (s.length() > 10 && s.charAt(10) != 'T' && s.charAt(10) != ' ')) {
        return null;
      }
      if (s.charAt(4) != '-' || s.charAt(7) != '-') {
        return null;
      }
      int year = digits(s, 0, 4);
      int month = digits(s, 5, 7);
      int day = digits(s, 8, 10);
      if (year < 0 || month < 0 || day < 0) {
        return null;
      }
      boolean cacheable =
          year >= FIRST_YEAR && year < FIRST_YEAR + YEARS && month <= 12 && day <= 31;
      int key = cacheable ? (year - FIRST_YEAR) * 372 + (month - 1) * 31 + day - 1 : -1;
      LocalDate cached = key >= 0 ? CACHE.get(key) : null;
      if (cached != null) {
        return cached; // a million rows share a few thousand dates: keep one object for each
      }
      try {
        LocalDate date = LocalDate.of(year, month, day);
        if (key >= 0) {
          CACHE.set(key, date);
        }
        return date;
      } catch (DateTimeException e) {
        return null;
      }
    }

    private static int digits(String s, int from, int to) {
      int n = 0;
      for (int i = from; i < to; i++) {
        char c = s.charAt(i);
        if (c < '0' || c > '9') {
          return -1;
        }
        n = n * 10 + (c - '0');
      }
      return n;
    }
  }
}
