package org.disputeregistry.query.statistics.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.disputeregistry.query.statistics.Cell.Money;
import org.disputeregistry.query.statistics.Cell.Percent;
import org.disputeregistry.query.statistics.Rate;
import org.disputeregistry.query.statistics.Table;
import org.disputeregistry.query.statistics.Table.Kind;
import org.disputeregistry.query.support.Workbooks;
import org.junit.jupiter.api.Test;

/**
 * A golden workbook: a table of every kind of column written and read back with POI, compared cell
 * by cell (type and value), not by bytes.
 */
class XlsxTest {

  static Table table() {
    return Table.withColumns(
            "street",
            "zh",
            "received",
            "mediationRate",
            "amountAgreedUSD",
            "meanDays",
            "closedOn",
            "suppressed")
        .titled("行政复议统计（按街道）", "Reconsideration statistics by street")
        .note("统计期间", "Period", "2023-01-01 至 / to 2023-12-31")
        .header("street", "街道代码", "street", Kind.TEXT)
        .header("zh", "街道", "street (zh)", Kind.TEXT)
        .header("received", "收案", "received", Kind.COUNT)
        .header("mediationRate", "调解率", "mediationRate", Kind.RATE)
        .header("amountAgreedUSD", "达成协议金额", "amountAgreedUSD", Kind.AMOUNT)
        .header("meanDays", "审结用时（平均天数）", "meanDays", Kind.DECIMAL)
        .header("closedOn", "结案日期", "closedOn", Kind.DATE)
        .row(
            "GUANGMING",
            "光明街道",
            135L,
            new Percent(Rate.of("mediation rate", "调解率", "", "", 69, 135)),
            new Money(new BigDecimal("23685299.60"), "USD"),
            new BigDecimal("41.25"),
            LocalDate.of(2023, 12, 29),
            List.of())
        .row(
            "=FORMULA",
            "马田街道",
            3L,
            new Percent(Rate.of("mediation rate", "调解率", "", "", 1, 3).suppressed()),
            new Money(null, "USD"),
            null,
            null,
            List.of("mediationRate", "amountAgreed.USD"))
        .build();
  }

  @Test
  void everyCellIsWrittenWithItsTypeAndValue() throws IOException {
    List<List<Object>> cells = read(write(table(), false));

    assertThat(cells)
        .containsExactly(
            List.of("行政复议统计（按街道）"),
            List.of("统计期间", "2023-01-01 至 / to 2023-12-31"),
            List.of("查询", "/api/test?year=2023"),
            List.of(),
            List.of(
                "街道代码",
                "街道",
                "收案",
                "调解率",
                "调解率（分子）",
                "调解率（分母）",
                "达成协议金额",
                "币种",
                "审结用时（平均天数）",
                "结案日期",
                "suppressed"),
            List.of(
                "GUANGMING",
                "光明街道",
                135.0,
                0.5111,
                69.0,
                135.0,
                23685299.6,
                "USD",
                41.25,
                LocalDate.of(2023, 12, 29),
                ""),
            // A suppressed figure is an empty cell, never 0; text is never a formula.
            List.of(
                "=FORMULA",
                "马田街道",
                3.0,
                "-",
                "-",
                "-",
                "-",
                "USD",
                "-",
                "-",
                "mediationRate amountAgreed.USD"));
  }

  @Test
  void theHeaderRowIsFrozenAndPercentsAndAmountsAreFormattedAsSuch() throws IOException {
    try (XSSFWorkbook workbook =
        new XSSFWorkbook(new ByteArrayInputStream(write(table(), false)))) {
      Sheet sheet = workbook.getSheetAt(0);
      assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
      assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 5);
      Row row = sheet.getRow(5);
      assertThat(row.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("0.00%");
      assertThat(row.getCell(6).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
      assertThat(sheet.getColumnWidth(1)).isGreaterThan(8 * 256);
    }
  }

  @Test
  void englishHeadersWhenAskedFor() throws IOException {
    List<List<Object>> cells = read(write(table(), true));
    assertThat(cells.get(0)).containsExactly("Reconsideration statistics by street");
    assertThat(cells.get(4))
        .startsWith(
            "street",
            "street (zh)",
            "received",
            "mediationRate",
            "mediationRate.numerator",
            "mediationRate.denominator",
            "amountAgreedUSD",
            "currency");
  }

  static byte[] write(Table table, boolean english) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new Xlsx(english)
        .sheet("table", table, List.of(new Table.Note("查询", "Request", "/api/test?year=2023")))
        .writeTo(out);
    return out.toByteArray();
  }

  static List<List<Object>> read(byte[] xlsx) {
    return Workbooks.read(xlsx, null);
  }
}
