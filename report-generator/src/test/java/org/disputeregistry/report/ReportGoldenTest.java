package org.disputeregistry.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import org.approvaltests.Approvals;
import org.approvaltests.core.Options;
import org.junit.jupiter.api.Test;

/** The report's text for fixed totals, pinned; a change to wording or numbers shows as a diff. */
class ReportGoldenTest {

  static AnnualTotals totals2023() throws IOException {
    try (InputStream in = ReportGoldenTest.class.getResourceAsStream("/totals-2023.json")) {
      return ReportCli.JSON.readValue(in, AnnualTotals.class);
    }
  }

  private final ReportRenderer renderer = new ReportRenderer();

  @Test
  void chineseSectionSpeaksInTheRegisterOfTheSeedReport() throws IOException {
    String markdown = renderer.render(totals2023(), Language.ZH).markdown();

    assertThat(markdown)
        .contains("调解复议案件69宗,调解率达51.11%,创历年新高")
        .contains("与2022年相比")
        .contains("四、未结案件账龄")
        .contains("服务群众113万人次")
        .contains("化解率99.60%")
        .contains("建成3家商事调解中心")
        .contains("数据截至2024年2月1日");
    Approvals.verify(markdown, new Options().forFile().withExtension(".md"));
  }

  @Test
  void englishSectionSaysTheSame() throws IOException {
    String markdown = renderer.render(totals2023(), Language.EN).markdown();

    assertThat(markdown)
        .contains("69 of them by mediation, a mediation rate of 51.11%")
        .contains("1.13 million person-times")
        .contains("resolution rate of 99.60%")
        .contains("Data as of 1 February 2024");
    Approvals.verify(markdown, new Options().forFile().withExtension(".md"));
  }

  @Test
  void saysWhichPublishedVersionItIsMadeOf() throws IOException {
    AnnualTotals published = totals2023().from(AnnualTotals.Source.published(2, 3));

    assertThat(renderer.render(published, Language.ZH).markdown())
        .contains("本节采用已公布的2023年统计数据第2版")
        .contains("调解率达51.11%");
    assertThat(renderer.render(published, Language.EN).markdown())
        .contains("These are the published figures of 2023, version 2");
    assertThat(
            renderer.render(totals2023().from(AnnualTotals.Source.live(3)), Language.EN).markdown())
        .contains("These are live figures (the latest published version is 3)");
  }

  @Test
  void htmlIsSelfContainedWithTheChartsInline() throws IOException {
    RenderedReport report = renderer.render(totals2023(), Language.ZH);

    assertThat(report.html())
        .contains("<html lang=\"zh-CN\">")
        .contains("<table>")
        .doesNotContain("<img")
        .doesNotContain("charts/");
    assertThat(report.html().split("<svg ", -1)).hasSize(report.charts().size() + 1);
    Approvals.verify(report.html(), new Options().forFile().withExtension(".html"));
  }

  @Test
  void monthlyChartIsApproved() throws IOException {
    RenderedReport report = renderer.render(totals2023(), Language.EN);

    Approvals.verify(
        report.charts().get("charts/reconsideration-by-month.en.svg"),
        new Options().forFile().withExtension(".svg"));
  }
}
