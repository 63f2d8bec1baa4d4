package org.disputeregistry.command.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.disputeregistry.events.Labels;
import org.disputeregistry.events.ReferenceData.Label;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every code a case view shows beyond the contract's enumerations (each case type's state, the
 * reconsideration's ending) has its labels in the contract's {@code labels.json}, and no other: the
 * workbench's case page labels them from there (the contract's own enumerations are held complete
 * by shared-events' LabelsTest).
 */
class ViewLabelsTest {

  @ParameterizedTest(name = "{1}.{2}: {0}")
  @CsvSource({
    "org.disputeregistry.command.reconsideration.ReconsiderationState, reconsiderations, state",
    "org.disputeregistry.command.reconsideration.ReconsiderationEnding, reconsiderations, ending",
    "org.disputeregistry.command.mediation.CommercialMediationState, commercial-mediations, state",
    "org.disputeregistry.command.petition.PetitionState, petitions, state",
    "org.disputeregistry.command.servicecontact.ServiceDayState, service-contacts, state"
  })
  void everyCodeOfTheViewHasItsLabel(String enumeration, String collection, String field)
      throws Exception {
    Object[] constants = Class.forName(enumeration).getEnumConstants();

    assertThat(Labels.defaults().views().getOrDefault(collection, java.util.Map.of()).get(field))
        .as("labels.json views.%s.%s", collection, field)
        .isNotNull()
        .extracting(Label::code)
        .containsExactlyElementsOf(
            Arrays.stream(constants).map(c -> ((Enum<?>) c).name()).toList());
  }
}
