package org.disputeregistry.query.support;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The form check of a documented example: amounts that became lists are a drift it sees. */
class JsonShapesTest {

  static final String REAL =
      "{\"year\":2023,\"amountAgreed\":[{\"currency\":\"CNY\",\"sum\":\"1.00\",\"cases\":1}],"
          + "\"centres\":[],\"rate\":{\"percent\":null}}";

  @Test
  void anExampleOfTheSameFormPassesWhateverItsFigures() {
    assertThatCode(
            () ->
                JsonShapes.assertSameForm(
                    "example",
                    "{\"year\":2022,\"amountAgreed\":[{\"currency\":\"USD\",\"sum\":\"9\",\"cases\":3}],"
                        + "\"centres\":[{\"code\":\"C\"}],\"rate\":{\"percent\":51.11}}",
                    REAL))
        .doesNotThrowAnyException();
  }

  @Test
  void anAmountAsOneNumberOrAMemberTheAnswerLacksIsADrift() {
    assertThatThrownBy(
            () ->
                JsonShapes.assertSameForm(
                    "example",
                    "{\"year\":2023,\"amountAgreed\":{\"amount\":1.0,\"currency\":\"CNY\"},"
                        + "\"centres\":[],\"rate\":{\"percent\":null}}",
                    REAL))
        .isInstanceOf(AssertionError.class);
    assertThatThrownBy(
            () ->
                JsonShapes.assertSameForm(
                    "example", REAL.replace("\"year\":2023", "\"year\":2023,\"previous\":1"), REAL))
        .isInstanceOf(AssertionError.class);
  }
}
