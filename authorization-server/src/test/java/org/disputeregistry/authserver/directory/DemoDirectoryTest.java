package org.disputeregistry.authserver.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DemoDirectoryTest {

  private final DemoDirectory directory = DemoDirectory.load();

  @Test
  void holdsTheDemoAccountsOfTheIdentityContract() {
    Map<String, String> accounts =
        directory.accounts().stream()
            .collect(
                Collectors.toMap(DemoDirectory.Account::username, a -> a.roles() + " " + a.org()));

    assertThat(accounts)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "officer.li", "[RECONSIDERATION_OFFICER] RECONSIDERATION_OFFICE",
                "mediator.chen", "[MEDIATOR] CENTRE:SCIENCE_CITY",
                "mediator.zhao", "[MEDIATOR] CENTRE:GONGMING_CHAMBER",
                "mediator.sun", "[MEDIATOR] CENTRE:INTELLECTUAL_PROPERTY",
                "petition.wang", "[PETITION_OFFICER] STREET:GUANGMING",
                "petition.zhou", "[PETITION_OFFICER] DISTRICT_PETITION_OFFICE",
                "analyst.liu", "[ANALYST] DISTRICT",
                "admin.he", "[ADMIN] DISTRICT"));
    assertThat(directory.password()).isEqualTo("demo");
    assertThat(directory.subject("report-generator"))
        .contains(new Subject("report-generator", List.of(Role.REPORT_GENERATOR), "DISTRICT"));
    assertThat(directory.subject("demo-loader"))
        .contains(new Subject("demo-loader", List.of(Role.ADMIN, Role.ANALYST), "DISTRICT"));
  }

  @Test
  void namesEveryOrganisationInChineseAndEnglish() {
    assertThat(directory.organisations())
        .allSatisfy(
            o -> {
              assertThat(o.nameZh()).isNotBlank();
              assertThat(o.nameEn()).isNotBlank();
            });
    assertThat(directory.organisation("CENTRE:SCIENCE_CITY").orElseThrow().nameZh())
        .isEqualTo("光明科学城商事调解中心");
  }

  @Test
  void refusesAnAccountOfAnUnknownOrganisation() {
    assertThatThrownBy(
            () ->
                new DemoDirectory(
                    "demo",
                    List.of(new Organisation("DISTRICT", "全区", "District")),
                    List.of(new DemoDirectory.Account("x", List.of(Role.ADMIN), "NOWHERE")),
                    List.of()))
        .hasMessageContaining("unknown org NOWHERE");
  }
}
