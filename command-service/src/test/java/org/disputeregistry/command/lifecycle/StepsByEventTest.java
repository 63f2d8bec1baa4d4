package org.disputeregistry.command.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.Map;
import org.disputeregistry.events.CaseType;
import org.disputeregistry.events.EventCatalog;
import org.disputeregistry.events.EventType;
import org.disputeregistry.events.StepCorrection;
import org.disputeregistry.events.StepEvent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The timeline names each step by the event it records ({@code BY_EVENT} of each case type's
 * steps): every step of the case type once, for every step event of its type in the catalogue.
 */
class StepsByEventTest {

  @ParameterizedTest
  @CsvSource({
    "org.disputeregistry.command.reconsideration.ReconsiderationStep, RECONSIDERATION",
    "org.disputeregistry.command.petition.PetitionStep, PETITION",
    "org.disputeregistry.command.mediation.CommercialMediationStep, COMMERCIAL_MEDIATION"
  })
  void everyStepIsNamedByTheOneEventItRecords(String steps, CaseType caseType) throws Exception {
    Class<?> enumeration = Class.forName(steps);
    Field field = enumeration.getDeclaredField("BY_EVENT");
    field.setAccessible(true);
    @SuppressWarnings("unchecked")
    Map<Class<? extends StepEvent>, String> byEvent =
        (Map<Class<? extends StepEvent>, String>) field.get(null);

    assertThat(byEvent.values())
        .containsExactlyInAnyOrderElementsOf(
            Arrays.stream(enumeration.getEnumConstants())
                .map(step -> ((CaseStep<?>) step).segment())
                .toList());
    assertThat(byEvent.keySet().stream().<Class<?>>map(type -> type).toList())
        .containsExactlyInAnyOrderElementsOf(
            EventCatalog.types().stream()
                .filter(type -> type.caseType() == caseType)
                .<Class<?>>map(EventType::javaType)
                .filter(StepEvent.class::isAssignableFrom)
                .filter(type -> !StepCorrection.class.isAssignableFrom(type))
                .toList());
  }
}
