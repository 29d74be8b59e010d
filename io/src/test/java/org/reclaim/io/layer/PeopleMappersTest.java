package org.reclaim.io.layer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reclaim.domain.people.AgeGroup;
import org.reclaim.domain.people.Casualty;
import org.reclaim.domain.people.EoreSession;
import org.reclaim.domain.people.Person;
import org.reclaim.domain.people.Sex;
import org.reclaim.io.ImportForTest;
import org.reclaim.io.ImportFormat;
import org.reclaim.io.ImportIssue;
import org.reclaim.io.ImportResult;
import org.reclaim.io.Layer;

class PeopleMappersTest {

  @Test
  void casualtiesCarryTheirPersonalDataApartAndTheAgeGroupFromTheAge() {
    List<Casualty> c =
        ImportForTest.fixture(Layer.CASUALTIES, "casualties.csv").as(Casualty.class).requireOk();
    assertThat(c.get(0).ageGroup()).isEqualTo(AgeGroup.AGE_18_59); // from age 43
    assertThat(c.get(0).personal().name()).isEqualTo("Vasyl Kalynenko");
    assertThat(c.get(0).personal().ageYears()).isEqualTo(43);
    assertThat(c.get(1).ageGroup()).isEqualTo(AgeGroup.AGE_60_PLUS); // from age_group 60+
    assertThat(c.get(1).personal()).isNull();
    assertThat(c.get(2).category()).isEqualTo(Casualty.Category.MILITARY);
  }

  @Test
  void eoreBeneficiariesAreReadBySexAndAgeGroup() {
    List<EoreSession> s =
        ImportForTest.fixture(Layer.EORE_SESSIONS, "eore-sessions.csv")
            .as(EoreSession.class)
            .requireOk();
    // 14 + 9 + 2 girls and women, 12 + 8 + 1 boys and men
    assertThat(s.get(0).beneficiaries().total()).isEqualTo(46);
    assertThat(s.get(0).beneficiaries().count(Sex.FEMALE, AgeGroup.AGE_5_11)).isEqualTo(14);
    assertThat(s.get(1).settlementId()).isNull();
    assertThat(s.get(1).beneficiaries().total()).isEqualTo(305);
  }

  @Test
  void badPeopleRowsNameTheRecordAndTheField() {
    ImportResult<?> r =
        ImportForTest.text(
            Layer.PERSONNEL,
            ImportFormat.CSV,
            "operator_id,name,role,sex,birth_year,disability,employed_from\n"
                + "1,Iryna Lypova,deminer,female,1991,no,2025-01-10\n"
                + "1,Taras Stepenko,sapper,x,19x1,maybe,2025-01-10\n");
    assertThat(r.records()).isEmpty(); // all or nothing; records are numbered by line
    assertThat(r.report().issues())
        .extracting(ImportIssue::record, ImportIssue::field)
        .contains(
            org.assertj.core.groups.Tuple.tuple(3, "role"),
            org.assertj.core.groups.Tuple.tuple(3, "sex"),
            org.assertj.core.groups.Tuple.tuple(3, "birth_year"),
            org.assertj.core.groups.Tuple.tuple(3, "disability"));
    ImportResult<?> referral =
        ImportForTest.text(
            Layer.REFERRALS,
            ImportFormat.CSV,
            "casualty_id,service,provider,status,referred_on,closed_on\n"
                + "1,LEGAL,Free legal aid centre,COMPLETED,2026-04-10,\n");
    assertThat(referral.report().issues())
        .singleElement()
        .satisfies(i -> assertThat(i.field()).isEqualTo("closed_on"));
    List<Person> ok =
        ImportForTest.fixture(Layer.PERSONNEL, "personnel.csv").as(Person.class).requireOk();
    assertThat(ok.get(2).teamId()).isNull();
    assertThat(ok.get(2).disability()).isTrue();
  }
}
