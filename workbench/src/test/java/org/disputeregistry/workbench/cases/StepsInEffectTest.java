package org.disputeregistry.workbench.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.disputeregistry.workbench.cases.StepsInEffect.StepInEffect;
import org.junit.jupiter.api.Test;

/**
 * The latest step in effect as a timeline is read: an amendment keeps the step with its new fields
 * (shown by the amendment's event), a retraction makes the step before it the latest again.
 */
class StepsInEffectTest {

  private final ObjectMapper json = new ObjectMapper();
  private final StepsInEffect steps = new StepsInEffect();

  private JsonNode fields(String text) throws Exception {
    return json.readTree(text);
  }

  @Test
  void anAmendedStepStaysTheLatestWithItsNewFieldsAndARetractedOneIsGone() throws Exception {
    assertThat(steps.latest()).isEmpty();
    steps.recorded(new StepInEffect("a", "Accepted", "受理", fields("{\"acceptedOn\":\"d\"}"), 1));
    steps.recorded(new StepInEffect("d", "Decided", "决定", fields("{\"outcome\":\"UPHELD\"}"), 2));
    assertThat(steps.latest().orElseThrow().stepId()).isEqualTo("d");

    steps.amended("d", fields("{\"outcome\":\"REVOKED\"}"), 3);
    StepInEffect amended = steps.latest().orElseThrow();
    assertThat(amended.stepId()).isEqualTo("d");
    assertThat(amended.type()).isEqualTo("Decided");
    assertThat(amended.label()).isEqualTo("决定");
    assertThat(amended.fields().path("outcome").asText()).isEqualTo("REVOKED");
    assertThat(amended.sequence()).isEqualTo(3);

    steps.retracted("d");
    assertThat(steps.latest().orElseThrow().stepId()).isEqualTo("a");
    steps.retracted("a");
    assertThat(steps.latest()).isEmpty();
  }

  @Test
  void aCorrectionOfAStepNotInEffectChangesNothing() throws Exception {
    steps.recorded(new StepInEffect("a", "Accepted", "受理", fields("{}"), 1));
    steps.amended("x", fields("{}"), 2);
    steps.retracted("y");
    assertThat(steps.latest().orElseThrow().stepId()).isEqualTo("a");
    assertThat(steps.latest().orElseThrow().sequence()).isEqualTo(1);
  }
}
