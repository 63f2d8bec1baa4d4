package org.disputeregistry.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SvgBarChartTest {

  @Test
  void gridlinesFallOnRoundNumbers() {
    assertThat(SvgBarChart.niceStep(3)).isEqualTo(1);
    assertThat(SvgBarChart.niceStep(158)).isEqualTo(50);
    assertThat(SvgBarChart.niceStep(1_130_000)).isEqualTo(500_000);
  }

  @Test
  void labelsAreEscapedAndEveryValueHasABar() {
    String svg =
        SvgBarChart.render(
            "A & <B>",
            List.of("x", "y"),
            List.of(new SvgBarChart.Series("s", List.of(1L, 0L), "#000")));

    assertThat(svg).contains("A &amp; &lt;B&gt;").doesNotContain("<B>");
    assertThat(svg.split("<rect x=", -1)).hasSize(2 + 1 + 1); // two bars and one legend key
  }
}
