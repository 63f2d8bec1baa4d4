package org.disputeregistry.command.backfill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class StepTableTest {

  @Test
  void keepsItsStepsInTheOrderDeclared() {
    StepTable table =
        StepTable.of("tests", LineParserTest.Open.class)
            .step("extension", LineParserTest.Extend.class)
            .step("count", LineParserTest.Count.class);

    assertThat(table.steps()).containsOnlyKeys("extension", "count");
    assertThat(table.steps().keySet()).containsExactly("extension", "count");
  }

  @Test
  void aStepNameIsDeclaredOnce() {
    StepTable table =
        StepTable.of("tests", LineParserTest.Open.class).step("count", LineParserTest.Count.class);

    assertThatThrownBy(() -> table.step("count", LineParserTest.Extend.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("count");
  }

  @Test
  void aCaseTypeIsDeclaredOnce() {
    List<StepTable> twice =
        List.of(
            StepTable.of("tests", LineParserTest.Open.class),
            StepTable.of("tests", LineParserTest.Open.class));

    assertThatThrownBy(() -> new StepTables(twice)).isInstanceOf(IllegalStateException.class);
  }
}
