package org.reclaim.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** References to records that are not in the register are issues naming the line and field. */
class ReferenceCheckTest {
  private static final String TASKS =
      """
      hazardous_area_id,method,team_id,status,target_area_m2
      1,MANUAL,7,ASSIGNED,12000
      2,NTS,,PLANNED,80000
      99,TS,7,ASSIGNED,500
      1,TS,8,ASSIGNED,500
      """;

  @Test
  void missingReferencesAreIssuesWithLineAndField() {
    // The register holds areas 1 and 2 and team 7: line 4 names area 99, line 5 names team 8.
    Set<Long> areas = Set.of(1L, 2L);
    Set<Long> teams = Set.of(7L);
    ReferenceCheck register =
        (layer, id) ->
            switch (layer) {
              case HAZARDOUS_AREAS -> areas.contains(id);
              case TEAMS -> teams.contains(id);
              default -> false;
            };
    ImportResult<?> result =
        ImportForTest.text(
            Layer.TASKS,
            ImportFormat.CSV,
            TASKS,
            ImportOptions.sequentialIds(1).withReferences(register));
    assertThat(result.report().issues())
        .extracting(ImportIssue::record, ImportIssue::field)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(4, "hazardous_area_id"),
            org.assertj.core.groups.Tuple.tuple(5, "team_id"));
    assertThat(result.report().issues().get(0).reason())
        .isEqualTo("no hazardous-areas record with id 99 in the register");
    assertThat(result.records()).isEmpty();
  }

  @Test
  void withoutARegisterEveryReferenceIsAccepted() {
    assertThat(ImportForTest.text(Layer.TASKS, ImportFormat.CSV, TASKS).report().ok()).isTrue();
  }
}
