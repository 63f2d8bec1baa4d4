package org.disputeregistry.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReferenceDataTest {

  private final ReferenceData data = ReferenceData.defaults();

  @Test
  void guangmingHasSixStreetsAndThirtyOneCommunities() {
    assertThat(data.streets())
        .extracting(ReferenceData.Street::code)
        .containsExactly("GUANGMING", "GONGMING", "XINHU", "FENGHUANG", "YUTANG", "MATIAN");
    assertThat(data.streets().stream().mapToInt(s -> s.communities().size()).sum()).isEqualTo(31);
  }

  @Test
  void communityCodesAreUniqueAcrossTheDistrict() {
    assertThat(
            data.streets().stream()
                .flatMap(s -> s.communities().stream())
                .map(ReferenceData.Label::code))
        .doesNotHaveDuplicates();
  }

  @Test
  void looksUpStreetsCommunitiesAndCategories() {
    assertThat(data.street("MATIAN").flatMap(s -> s.community("JIANGSHI")))
        .get()
        .extracting(ReferenceData.Label::zh)
        .isEqualTo("将石社区");
    assertThat(data.street("NOWHERE")).isEmpty();
    assertThat(data.category("URBAN_MANAGEMENT")).isPresent();
  }

  @Test
  void theDistrictHasThreeCommercialMediationCentres() {
    assertThat(data.mediationCentres()).hasSize(3);
    assertThat(data.mediationCentre("SCIENCE_CITY")).isPresent();
    assertThat(data.mediationCentre("ELSEWHERE")).isEmpty();
  }

  @Test
  void theDirectoriesHaveUniqueCodesAndEveryAgencyALevel() {
    assertThat(data.respondentAgencies())
        .extracting(ReferenceData.Agency::code)
        .doesNotHaveDuplicates();
    assertThat(data.respondentAgencies()).allSatisfy(a -> assertThat(a.level()).isNotNull());
    assertThat(data.respondentAgency("GM_URBAN_MANAGEMENT").map(ReferenceData.Agency::aliases))
        .get()
        .asList()
        .contains("光明区城管局");
    assertThat(data.petitionDepartments())
        .extracting(ReferenceData.Department::code)
        .doesNotHaveDuplicates()
        .contains("STREET_OFFICES");
    assertThat(data.petitionDepartment("NOWHERE")).isEmpty();
  }
}
