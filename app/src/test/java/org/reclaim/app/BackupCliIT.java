package org.reclaim.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.reclaim.domain.DomainForTest;
import org.reclaim.domain.people.Accident;
import org.reclaim.domain.people.AgeGroup;
import org.reclaim.domain.people.Casualty;
import org.reclaim.domain.people.PersonalData;
import org.reclaim.domain.people.Sex;
import org.reclaim.store.ReclaimStore;
import org.reclaim.store.StoreConfig;

/**
 * {@code reclaim backup} and {@code reclaim restore} on the embedded register: the restored
 * register holds the same records, its audit chain verifies, and with the data key kept apart and
 * put back the personal data reads again; a restore never overwrites a register.
 */
class BackupCliIT {
  @TempDir Path dir;

  @Test
  void aBackupRestoresIntoAnEmptyDirectoryWithEverythingInIt() throws Exception {
    Path live = dir.resolve("live");
    try (ReclaimStore s = ReclaimStore.open(StoreConfig.embedded(live))) {
      s.inTransaction(
          () -> {
            s.regions().insert(DomainForTest.country(), "t");
            for (int i = 1; i <= 5; i++) {
              s.hazardousAreas().insert(DomainForTest.area(i, 36.2 + i * 0.01, 50.0), "t");
            }
            s.people()
                .accidents()
                .insert(
                    new Accident(
                        1,
                        LocalDate.of(2026, 5, 1),
                        new GeometryFactory().createPoint(new Coordinate(36.3, 50.0)),
                        1L,
                        null,
                        "farming",
                        "anti-tank mine"),
                    "t");
            s.people()
                .casualties()
                .insert(
                    new Casualty(
                        1,
                        1,
                        Sex.MALE,
                        AgeGroup.AGE_18_59,
                        Casualty.Outcome.INJURED,
                        Casualty.Category.CIVILIAN,
                        false,
                        false,
                        null),
                    "t");
            s.people()
                .personalData()
                .put(1, new PersonalData("Mykola Bereziuk", 51, null, null), "t");
          });
    }
    Path zip = dir.resolve("register.zip");
    String out = CliForTest.ok("backup", "--data-dir", live.toString(), "--to", zip.toString());
    assertThat(out).contains("backed up").contains("data key");
    assertThat(zip).isRegularFile();
    // the data key is not in the backup
    assertThat(new String(Files.readAllBytes(zip), java.nio.charset.StandardCharsets.ISO_8859_1))
        .doesNotContain("reclaim-data.key");

    Path restored = dir.resolve("restored");
    String report =
        CliForTest.ok("restore", "--from", zip.toString(), "--into", restored.toString());
    assertThat(report).contains("5 hazardous areas").contains("audit chain intact");
    // the key kept apart is put back beside the restored database
    Files.copy(live.resolve("reclaim-data.key"), restored.resolve("reclaim-data.key"));
    try (ReclaimStore s = ReclaimStore.open(StoreConfig.embedded(restored))) {
      assertThat(s.hazardousAreas().count()).isEqualTo(5);
      assertThat(s.people().personalData().find(1, "test", "restore check").orElseThrow().name())
          .isEqualTo("Mykola Bereziuk");
    }

    CliForTest.Run again =
        CliForTest.exec("restore", "--from", zip.toString(), "--into", restored.toString());
    assertThat(again.code()).isEqualTo(2);
    assertThat(again.err()).contains("already holds a register");
  }
}
