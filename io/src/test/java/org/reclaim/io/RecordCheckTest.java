package org.reclaim.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.reclaim.domain.DomainException;
import org.reclaim.domain.release.LandRelease;

/** A register rule refusing a record becomes an issue with the record's line and field. */
class RecordCheckTest {
  @Test
  void aRefusedRecordIsAnIssueOnItsLine() {
    String csv =
        """
        hazardous_area_id,category,area_m2,released_on
        1,CLEARED,400,2026-03-01
        1,CLEARED,700,2026-03-02
        """;
    // At most 1,000 m² may be released in all: the second row (line 3) brings it to 1,100.
    double[] booked = {0};
    RecordCheck atMost1000 =
        record -> {
          booked[0] += ((LandRelease) record).areaM2();
          if (booked[0] > 1000) {
            throw new DomainException("LandRelease", "areaM2", "over the area's size");
          }
        };
    ImportResult<?> result =
        ImportForTest.text(
            Layer.LAND_RELEASES,
            ImportFormat.CSV,
            csv,
            ImportOptions.sequentialIds(1).withRecordCheck(atMost1000));
    assertThat(result.report().issues()).hasSize(1);
    ImportIssue issue = result.report().issues().get(0);
    assertThat(issue.record()).isEqualTo(3);
    assertThat(issue.field()).isEqualTo("area_m2");
    assertThat(issue.reason()).isEqualTo("over the area's size");
    assertThat(result.records()).isEmpty();
  }
}
