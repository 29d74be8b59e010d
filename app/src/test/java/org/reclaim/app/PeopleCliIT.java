package org.reclaim.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reclaim.domain.DomainForTest;
import org.reclaim.store.ReclaimStore;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The people layers through {@code reclaim import} (all or nothing, errors naming the record and
 * the field; casualties' names sealed at rest) and {@code reclaim audit verify} (intact, then
 * broken by an edit made past the store).
 */
class PeopleCliIT {
  @TempDir Path dir;

  private Path csv(String name, String text) throws Exception {
    Path p = dir.resolve(name);
    Files.writeString(p, text);
    return p;
  }

  @Test
  void peopleLayersImportAllOrNothingAndCasualtyNamesAreSealed() throws Exception {
    String db = "people-cli-it";
    try (ReclaimStore s = CliForTest.open(db)) {
      s.inTransaction(
          () -> {
            s.operators().insert(DomainForTest.operator(1), "t");
            s.teams().insert(DomainForTest.team(1, 1), "t");
          });
    }
    String url = CliForTest.url(db);
    Path staff =
        csv(
            "personnel.csv",
            "operator_id,team_id,name,role,sex,birth_year,disability,veteran,employed_from\n"
                + "1,1,Olena Bilenko,team_leader,female,1988,no,no,2024-03-01\n"
                + "1,1,Petro Dubenko,medic,male,1979,no,yes,2024-03-01\n");
    CliForTest.ok("import", "personnel", staff.toString(), "--db-url", url);

    Path bad =
        csv(
            "personnel-bad.csv",
            "operator_id,team_id,name,role,sex,birth_year,disability,veteran,employed_from\n"
                + "1,1,Iryna Lypova,deminer,female,1991,no,no,2025-01-10\n"
                + "1,99,Taras Stepenko,deminer,x,19x1,maybe,no,2025-01-10\n");
    CliForTest.Run refused =
        CliForTest.exec("import", "personnel", bad.toString(), "--db-url", url);
    assertThat(refused.code()).isNotZero();
    String report = refused.out() + refused.err();
    assertThat(report).contains("team_id").contains("sex").contains("birth_year");
    assertThat(report).contains("disability");

    Path accidents =
        csv(
            "accidents.csv",
            "occurred_on,activity,device,lon,lat\n2026-04-02,farming,anti-tank mine,36.3,49.6\n");
    CliForTest.ok("import", "accidents", accidents.toString(), "--db-url", url);
    Path casualties =
        csv(
            "casualties.csv",
            "accident_id,sex,age,outcome,category,name,contact,injuries\n"
                + "1,male,43,injured,civilian,Vasyl Kalynenko,+380 50 111 2233,leg wounds\n"
                + "1,female,,killed,civilian,,,\n");
    CliForTest.ok("import", "casualties", casualties.toString(), "--db-url", url);

    try (ReclaimStore s = CliForTest.open(db)) {
      assertThat(s.people().personnel().count()).isEqualTo(2); // the bad file wrote nothing
      assertThat(s.people().casualties().count()).isEqualTo(2);
      JdbcTemplate jdbc = new JdbcTemplate(s.dataSource());
      assertThat(jdbc.queryForList("SELECT sealed FROM casualty_personal", String.class))
          .singleElement()
          .satisfies(value -> assertThat(value).doesNotContain("Kalynenko"));
      assertThat(
              jdbc.queryForObject(
                  "SELECT COUNT(*) FROM casualty WHERE age_group = 'AGE_18_59'", Integer.class))
          .isEqualTo(1);
    }
  }

  @Test
  void auditVerifyFindsAnEditMadePastTheStore() throws Exception {
    String db = "people-cli-audit-it";
    try (ReclaimStore s = CliForTest.open(db)) {
      s.inTransaction(() -> s.operators().insert(DomainForTest.operator(1), "t"));
    }
    String url = CliForTest.url(db);
    assertThat(CliForTest.ok("audit", "verify", "--db-url", url)).startsWith("intact");
    assertThat(CliForTest.ok("audit", "list", "--db-url", url, "--actor", "t"))
        .contains("Operator");
    try (ReclaimStore s = CliForTest.open(db)) {
      JdbcTemplate jdbc = new JdbcTemplate(s.dataSource());
      jdbc.execute("DROP TRIGGER audit_log_no_change");
      jdbc.update("UPDATE audit_log SET actor = 'someone else' WHERE actor = 't'");
    }
    CliForTest.Run broken = CliForTest.exec("audit", "verify", "--db-url", url);
    assertThat(broken.code()).isEqualTo(1);
    assertThat(broken.out()).contains("BROKEN").contains("does not match its seal");
  }
}
