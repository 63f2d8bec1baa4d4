package org.disputeregistry.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.disputeregistry.events.ReferenceData.Label;
import org.junit.jupiter.api.Test;

/** Every event type and every constant of every enumeration of the contract has its labels. */
class LabelsTest {

  private final Labels labels = Labels.defaults();

  @Test
  void everyEventTypeOfTheCatalogueHasAChineseAndAnEnglishLabel() {
    assertThat(labels.events())
        .extracting(Label::code)
        .containsExactlyInAnyOrderElementsOf(
            EventCatalog.types().stream().map(EventType::name).toList());
    assertThat(labels.events()).allSatisfy(LabelsTest::bothLanguages);
    assertThat(labels.event("ReconsiderationAccepted").map(Label::zh)).contains("受理");
  }

  @Test
  void everyEnumerationOfTheContractHasALabelForEachConstantAndNoOther() {
    List<Class<?>> enumerations =
        new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.disputeregistry.events")
                .stream()
                .filter(JavaClass::isEnum)
                .map(JavaClass::reflect)
                .collect(Collectors.toList());
    assertThat(enumerations).hasSizeGreaterThan(15);
    assertThat(enumerations.stream().map(Class::getSimpleName))
        .as("labels are found by simple name")
        .doesNotHaveDuplicates();
    assertThat(labels.enums().keySet())
        .containsExactlyInAnyOrderElementsOf(
            enumerations.stream().map(Class::getSimpleName).toList());
    for (Class<?> enumeration : enumerations) {
      @SuppressWarnings("unchecked")
      Class<? extends Enum<?>> type = (Class<? extends Enum<?>>) enumeration;
      assertThat(labels.of(type))
          .as(enumeration.getSimpleName())
          .extracting(Label::code)
          .containsExactlyElementsOf(
              Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
      assertThat(labels.of(type)).allSatisfy(LabelsTest::bothLanguages);
    }
  }

  @Test
  void everyStepOfTheCommandApiHasItsTitleInBothLanguages() {
    assertThat(labels.steps())
        .containsOnlyKeys(
            "reconsiderations", "commercial-mediations", "petitions", "service-contacts");
    assertThat(labels.steps().values().stream().mapToInt(List::size).sum())
        .as("18 + 11 + 13 + 2 steps, and the amendment and retraction of each case type")
        .isEqualTo(50);
    labels
        .steps()
        .values()
        .forEach(steps -> assertThat(steps).allSatisfy(LabelsTest::bothLanguages));
    assertThat(labels.step("petitions", "assignment").map(Label::zh)).contains("交办");
  }

  @Test
  void theCodesOfTheCaseViewsHaveTheirLabelsInBothLanguages() {
    assertThat(labels.views())
        .containsOnlyKeys(
            "reconsiderations", "commercial-mediations", "petitions", "service-contacts");
    labels.views().values().stream()
        .flatMap(fields -> fields.values().stream())
        .forEach(codes -> assertThat(codes).allSatisfy(LabelsTest::bothLanguages));
    assertThat(labels.view("reconsiderations", "ending", "DISMISSAL").map(Label::zh))
        .contains("驳回申请");
  }

  private static void bothLanguages(Label label) {
    assertThat(label.zh()).as(label.code()).isNotBlank();
    assertThat(label.en()).as(label.code()).isNotBlank();
  }
}
