package org.disputeregistry.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class OwnershipTest {

  private static final String OPENINGS = ".*(ApplicationReceived|Registered|DayOpened)";

  @Test
  void everyOpeningEventNamesItsOwner() {
    List<String> owners =
        EventSamples.all().stream()
            .filter(e -> EventCatalog.typeOf(e.getClass()).name().matches(OPENINGS))
            .map(Ownership::ofOpening)
            .toList();

    assertThat(owners)
        .hasSize(4)
        .allMatch(
            owner ->
                owner.equals(Ownership.RECONSIDERATION_OFFICE)
                    || owner.matches("CENTRE:[A-Z_]+|STREET:[A-Z_]+"));
  }

  @Test
  void theOpeningEventAndItsJsonNameTheSameOwner() {
    List<CaseEvent> openings =
        EventSamples.all().stream()
            .filter(e -> EventCatalog.typeOf(e.getClass()).name().matches(OPENINGS))
            .toList();

    assertThat(openings)
        .hasSize(4)
        .allSatisfy(
            opening ->
                assertThat(Ownership.ofOpening(opening))
                    .isEqualTo(
                        Ownership.ofOpening(
                            EventCatalog.typeOf(opening.getClass()).caseType(),
                            RegistryJson.mapper().valueToTree(opening))));
  }

  @Test
  void aCaseIsWrittenByItsOwnerTheDistrictAndForStreetsTheDistrictPetitionOffice() {
    assertThat(Ownership.mayWrite("CENTRE:SCIENCE_CITY", "CENTRE:SCIENCE_CITY")).isTrue();
    assertThat(Ownership.mayWrite("CENTRE:GONGMING_CHAMBER", "CENTRE:SCIENCE_CITY")).isFalse();
    assertThat(Ownership.mayWrite("STREET:GUANGMING", "STREET:MATIAN")).isFalse();
    assertThat(Ownership.mayWrite("DISTRICT_PETITION_OFFICE", "STREET:MATIAN")).isTrue();
    assertThat(Ownership.mayWrite("DISTRICT_PETITION_OFFICE", "CENTRE:SCIENCE_CITY")).isFalse();
    assertThat(Ownership.mayWrite("DISTRICT", "RECONSIDERATION_OFFICE")).isTrue();
    assertThat(Ownership.mayWrite(null, "RECONSIDERATION_OFFICE")).isFalse();
  }
}
