package org.disputeregistry.query.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.disputeregistry.events.ReferenceData;
import org.disputeregistry.events.reconsideration.ApplicantKind;
import org.disputeregistry.query.directory.Directories.Respondent;
import org.junit.jupiter.api.Test;

class DirectoriesTest {

  private final Directories directories = new Directories(ReferenceData.defaults());

  @Test
  void everyAgencyOfTheDemoYearIsACanonicalName() {
    List<String> demo =
        List.of(
            "光明区城市管理和综合执法局",
            "深圳市公安局光明分局",
            "深圳市市场监督管理局光明监管局",
            "深圳市规划和自然资源局光明管理局",
            "光明区住房和建设局",
            "光明区人力资源局",
            "光明区交通运输局",
            "深圳市生态环境局光明管理局",
            "光明区卫生健康局");
    assertThat(demo)
        .allSatisfy(a -> assertThat(directories.respondent(a).code()).isNotEqualTo("UNMAPPED"));
  }

  @Test
  void spellingVariantsMapToTheCanonicalAgencyAndItsLevel() {
    Respondent canonical = new Respondent("GM_URBAN_MANAGEMENT", "DISTRICT");
    assertThat(directories.respondent("光明区城市管理和综合执法局")).isEqualTo(canonical);
    assertThat(directories.respondent("光明区城管局")).isEqualTo(canonical);
    assertThat(directories.respondent("深圳市光明区城市管理和综合执法局")).isEqualTo(canonical);
    // Spaces, ideographic spaces and full-width letters never split a row.
    assertThat(directories.respondent(" 光明区　城管局 ")).isEqualTo(canonical);
    assertThat(directories.respondent("光明公安分局"))
        .isEqualTo(new Respondent("SZ_PUBLIC_SECURITY_GM", "MUNICIPAL"));
    assertThat(directories.respondent("公明街道办"))
        .isEqualTo(new Respondent("GM_GONGMING_STREET_OFFICE", "TOWNSHIP"));
  }

  @Test
  void anUnknownTextIsUnmappedNeverGuessed() {
    assertThat(directories.respondent("光明区城管")).isEqualTo(new Respondent("UNMAPPED", "UNMAPPED"));
    assertThat(directories.respondent("某某局")).isEqualTo(new Respondent("UNMAPPED", "UNMAPPED"));
    assertThat(directories.respondent(null)).isEqualTo(new Respondent("UNMAPPED", "UNMAPPED"));
  }

  @Test
  void everyDepartmentOfTheDemoYearIsACanonicalName() {
    assertThat(List.of("光明区城市管理和综合执法局", "光明区住房和建设局", "光明区人力资源局", "光明区教育局", "光明区卫生健康局", "各街道办事处"))
        .allSatisfy(d -> assertThat(directories.department(d)).isNotEqualTo("UNMAPPED"));
  }

  @Test
  void departmentsMapByNameAndAlias() {
    assertThat(directories.department("光明区住房和建设局")).isEqualTo("HOUSING_AND_CONSTRUCTION");
    assertThat(directories.department("区住建局")).isEqualTo("HOUSING_AND_CONSTRUCTION");
    assertThat(directories.department("各街道办事处")).isEqualTo("STREET_OFFICES");
    assertThat(directories.department("住房保障署")).isEqualTo("UNMAPPED");
  }

  @Test
  void oneNameForTwoEntriesIsRefused() {
    record Entry(String name, List<String> aliases) {}
    List<Entry> entries =
        List.of(new Entry("甲局", List.of("甲")), new Entry("乙局", List.of("ｊｉａ", "甲 ")));
    assertThatThrownBy(
            () ->
                new NameDirectory<>(
                    entries,
                    e -> {
                      List<String> names = new java.util.ArrayList<>(e.aliases());
                      names.add(e.name());
                      return names;
                    }))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("two entries");
  }

  @Test
  void multiValuedCodesAreEachKindOnceAndUnknownWhenNoneWasRecorded() {
    assertThat(
            Codes.distinct(
                List.of(ApplicantKind.PERSON, ApplicantKind.ENTERPRISE, ApplicantKind.PERSON)))
        .containsExactly("ENTERPRISE", "PERSON");
    assertThat(Codes.distinct(null)).containsExactly("UNKNOWN");
    assertThat(Codes.distinct(List.of())).containsExactly("UNKNOWN");
    assertThat(Arrays.asList(Codes.distinct(List.of(ApplicantKind.OTHER_ORGANISATION))))
        .containsExactly("OTHER_ORGANISATION");
  }
}
