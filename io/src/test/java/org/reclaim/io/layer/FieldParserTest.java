package org.reclaim.io.layer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reclaim.domain.hazard.ContaminationType;
import org.reclaim.io.ImportFormat;
import org.reclaim.io.ReferenceCheck;

class FieldParserTest {
  private final IssueCollector issues = new IssueCollector(ImportFormat.CSV, 100);
  private final FieldParser parser = new FieldParser(issues, ReferenceCheck.ANY);

  private void record(Map<String, String> values) {
    parser.reset(
        2,
        new RecordFields() {
          @Override
          public String text(String name) {
            return values.get(name);
          }

          @Override
          public Collection<String> names() {
            return values.keySet();
          }
        });
  }

  @Test
  void isoDatesAndDateTimesAreRead() {
    assertThat(FieldParser.IsoDates.parse("2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(FieldParser.IsoDates.parse("2024-06-01T09:30:00Z"))
        .isEqualTo(LocalDate.of(2024, 6, 1));
    assertThat(FieldParser.IsoDates.parse("2023-02-29")).isNull();
    assertThat(FieldParser.IsoDates.parse("01.06.2024")).isNull();
    assertThat(FieldParser.IsoDates.parse("2024-6-1")).isNull();
  }

  @Test
  void enumsAreCaseInsensitiveAndAcceptDashes() {
    record(Map.of("c", "ap-mine; Uxo_Erw"));

    assertThat(
            parser.requiredEnumSet(
                "c", ContaminationType.class, EnumLookup.of(ContaminationType.class)))
        .containsExactlyInAnyOrder(ContaminationType.AP_MINE, ContaminationType.UXO_ERW);
    assertThat(parser.failed()).isFalse();
  }

  @Test
  void everyFailureNamesItsField() {
    record(Map.of("n", "1,5", "id", "-4", "d", "2024-13-01"));

    parser.requiredDouble("n");
    parser.requiredId("id");
    parser.requiredDate("d");
    parser.requiredText("missing");

    assertThat(parser.failed()).isTrue();
    assertThat(issues.toReport(null, "f", 1, java.util.List.of(), java.time.Duration.ZERO).issues())
        .extracting(i -> i.field() + ": " + i.reason())
        .containsExactly(
            "n: must be a number with a '.' decimal point, was '1,5'",
            "id: must be a positive identifier, was -4",
            "d: must be an ISO 8601 date yyyy-mm-dd, was '2024-13-01'",
            "missing: is required");
  }

  @Test
  void wholeNumbersWrittenAsDecimalsAreAccepted() {
    record(Map.of("n", "12.0"));

    assertThat(parser.optionalInt("n", 0)).isEqualTo(12);
    assertThat(parser.failed()).isFalse();
  }

  @Test
  void domainFieldNamesBecomeFileColumns() {
    assertThat(LayerMapper.snakeCase("valueUsdPerHa")).isEqualTo("value_usd_per_ha");
    assertThat(LayerMapper.snakeCase("areaM2")).isEqualTo("area_m2");
    assertThat(LayerMappers.forLayer(org.reclaim.io.Layer.EVIDENCE).fieldFor("location"))
        .isEqualTo("geometry");
  }
}
