package org.disputeregistry.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class OwnershipTest {

  @Test
  void everyOpeningEventNamesItsOwner() {
    List<String> owners =
        EventSamples.all().stream()
            .filter(
                e ->
                    EventCatalog.typeOf(e.getClass())
                        .name()
                        .matches(".*(ApplicationReceived|Registered|DayOpened)"))
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
