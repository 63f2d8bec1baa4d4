package org.disputeregistry.query.statutory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.disputeregistry.query.reconsideration.Ending;
import org.disputeregistry.query.statistics.Labelled;
import org.junit.jupiter.api.Test;

/**
 * The statutory table's columns of 审结 by result add up to the cases closed: none twice, none left
 * out.
 */
class ResultColumnTest {

  @Test
  void everyEndingIsInExactlyOneColumn() {
    for (Ending ending : Ending.values()) {
      assertThat(
              Arrays.stream(ResultColumn.values())
                  .filter(c -> c.endings().contains(ending))
                  .count())
          .as(ending.name())
          .isEqualTo(1);
    }
  }

  @Test
  void aColumnCountsItsEndings() {
    List<Labelled> closed =
        List.of(
            new Labelled("DECISION_REVOKED", "决定撤销", "", 3L),
            new Labelled("DECISION_PARTLY_REVOKED", "决定部分撤销", "", 2L),
            new Labelled("DECISION_UPHELD", "维持", "", 7L));
    assertThat(ResultColumn.REVOKED.of(closed)).isEqualTo(5);
    assertThat(ResultColumn.UPHELD.of(closed)).isEqualTo(7);
    assertThat(ResultColumn.VARIED.of(closed)).isZero();
  }
}
