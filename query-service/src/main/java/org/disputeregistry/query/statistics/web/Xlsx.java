package org.disputeregistry.query.statistics.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.disputeregistry.query.statistics.Cell.Money;
import org.disputeregistry.query.statistics.Cell.Percent;
import org.disputeregistry.query.statistics.Table;
import org.disputeregistry.query.statistics.Table.Kind;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes {@link Table}s as sheets of an Excel workbook (OOXML), streamed a window of rows at a
 * time: the title and the notes that say what the table answers, a frozen header row in Chinese (or
 * English), numbers as numeric cells, a rate as its percent with its numerator and denominator in
 * cells of their own, an amount with its currency in the next cell.
 */
public final class Xlsx {

  /** The media type of an Excel workbook. */
  public static final String MEDIA_TYPE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private static final DateTimeFormatter ANSWERED =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx");

  /** Rows kept in memory while the rest stream to a temporary file. */
  private static final int WINDOW = 200;

  /** Rows measured for the width of a column. */
  private static final int MEASURED = 200;

  private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
  private final boolean english;
  private final CellStyle bold;
  private final Map<Kind, CellStyle> styles;

  /** A workbook in Chinese, or English headers and notes if {@code english}. */
  public Xlsx(boolean english) {
    this.english = english;
    Font font = workbook.createFont();
    font.setBold(true);
    bold = workbook.createCellStyle();
    bold.setFont(font);
    styles =
        Map.of(
            Kind.COUNT, format("#,##0"),
            Kind.DECIMAL, format("0.0#"),
            Kind.RATE, format("0.00%"),
            Kind.AMOUNT, format("#,##0.00"),
            Kind.DATE, format("yyyy-mm-dd"));
  }

  /** The request and the time of the answer, as notes of a sheet: what a filed table answers. */
  public static List<Table.Note> notes(HttpServletRequest request, Clock clock) {
    String asked =
        request == null
            ? ""
            : request.getRequestURI()
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
    return List.of(
        new Table.Note("数据截至", "As of", ANSWERED.format(clock.instant().atZone(clock.getZone()))),
        new Table.Note("查询", "Request", asked));
  }

  /** The request being answered, if any: its language and itself are noted in the sheet. */
  static HttpServletRequest currentRequest() {
    return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a
        ? a.getRequest()
        : null;
  }

  /** Whether the request prefers English to Chinese; Chinese if it says neither. */
  public static boolean english(HttpServletRequest request) {
    String accepted = request == null ? null : request.getHeader("Accept-Language");
    if (accepted == null || accepted.isBlank()) {
      return false;
    }
    try {
      Locale.LanguageRange preferred =
          Locale.LanguageRange.parse(accepted).stream()
              .filter(r -> r.getRange().startsWith("en") || r.getRange().startsWith("zh"))
              .findFirst()
              .orElse(null);
      return preferred != null && preferred.getRange().startsWith("en");
    } catch (IllegalArgumentException malformed) {
      return false;
    }
  }

  private CellStyle format(String pattern) {
    CellStyle style = workbook.createCellStyle();
    style.setDataFormat(workbook.createDataFormat().getFormat(pattern));
    return style;
  }

  /** Adds the table as a sheet; {@code notes} are written after the table's own notes. */
  public Xlsx sheet(String name, Table table, List<Table.Note> notes) {
    Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(name));
    Table.Layout layout = table.layout();
    int r = 0;
    String title = english ? layout.en() : layout.zh();
    if (!title.isEmpty()) {
      text(sheet.createRow(r++), 0, title).setCellStyle(bold);
    }
    List<Table.Note> all = new ArrayList<>(layout.notes());
    all.addAll(notes);
    for (Table.Note note : all) {
      Row row = sheet.createRow(r++);
      text(row, 0, english ? note.en() : note.zh());
      text(row, 1, note.value());
    }
    if (r > 0) {
      r++;
    }
    List<Column> columns = columns(table);
    Row header = sheet.createRow(r++);
    int[] widths = new int[columns.size()];
    for (int c = 0; c < columns.size(); c++) {
      text(header, c, columns.get(c).header()).setCellStyle(bold);
      widths[c] = width(columns.get(c).header());
    }
    sheet.createFreezePane(0, r);
    int measured = 0;
    for (Map<String, Object> values : table.rows()) {
      Row row = sheet.createRow(r++);
      for (int c = 0; c < columns.size(); c++) {
        Column column = columns.get(c);
        Object value = column.value(values.get(column.name()));
        if (value != null) {
          write(row, c, value, column.kind());
          if (measured < MEASURED) {
            widths[c] = Math.max(widths[c], width(display(value, column.kind())));
          }
        }
      }
      measured++;
    }
    for (int c = 0; c < widths.length; c++) {
      sheet.setColumnWidth(c, Math.min(60, Math.max(8, widths[c] + 2)) * 256);
    }
    return this;
  }

  /** Writes the workbook and frees its temporary files. */
  public void writeTo(OutputStream out) throws IOException {
    try (Workbook closing = workbook) {
      workbook.write(out);
    } finally {
      workbook.dispose();
    }
  }

  /**
   * One cell's column: a table column, or the numerator, denominator or currency part of one.
   *
   * @param part what of the value it shows: null the value itself
   */
  private record Column(String name, String header, Kind kind, String part) {
    Object value(Object value) {
      if (value instanceof Percent p) {
        return switch (part == null ? "" : part) {
          case "numerator" -> p.rate().numerator();
          case "denominator" -> p.rate().denominator();
          default -> p.plain();
        };
      }
      if (value instanceof Money m) {
        return "currency".equals(part) ? m.currency() : m.sum();
      }
      return value;
    }
  }

  private List<Column> columns(Table table) {
    List<Column> columns = new ArrayList<>();
    for (String name : table.columns()) {
      Table.Header h = table.layout().header(name);
      String header = english ? h.en() : h.zh();
      Kind kind = h.kind();
      if (kind == Kind.RATE) {
        columns.add(new Column(name, header, Kind.RATE, null));
        columns.add(
            new Column(
                name, english ? h.en() + ".numerator" : h.zh() + "（分子）", Kind.COUNT, "numerator"));
        columns.add(
            new Column(
                name,
                english ? h.en() + ".denominator" : h.zh() + "（分母）",
                Kind.COUNT,
                "denominator"));
      } else if (kind == Kind.AMOUNT) {
        columns.add(new Column(name, header, Kind.AMOUNT, null));
        columns.add(new Column(name, english ? "currency" : "币种", Kind.TEXT, "currency"));
      } else {
        columns.add(new Column(name, header, kind, null));
      }
    }
    return columns;
  }

  private void write(Row row, int c, Object value, Kind kind) {
    Cell cell = row.createCell(c);
    if (value instanceof BigDecimal d) {
      // A percent is stored as the fraction Excel's percent format shows (51.11 → 0.5111).
      cell.setCellValue(kind == Kind.RATE ? d.movePointLeft(2).doubleValue() : d.doubleValue());
      cell.setCellStyle(styles.get(kind == Kind.RATE || kind == Kind.AMOUNT ? kind : Kind.DECIMAL));
    } else if (value instanceof Number n) {
      cell.setCellValue(n.doubleValue());
      cell.setCellStyle(styles.get(Kind.COUNT));
    } else if (value instanceof LocalDate d) {
      cell.setCellValue(d);
      cell.setCellStyle(styles.get(Kind.DATE));
    } else if (value instanceof Boolean b) {
      cell.setCellValue(b);
    } else {
      cell.setCellValue(display(value, kind));
    }
  }

  private static Cell text(Row row, int c, String value) {
    Cell cell = row.createCell(c);
    cell.setCellValue(value);
    return cell;
  }

  private static String display(Object value, Kind kind) {
    if (value instanceof BigDecimal d) {
      return d.toPlainString() + (kind == Kind.RATE ? "%" : "");
    }
    if (value instanceof Collection<?> c) {
      return c.stream().map(Object::toString).collect(Collectors.joining(" "));
    }
    return value.toString();
  }

  /** Characters as wide as a digit; a Chinese character is two. */
  private static int width(String text) {
    return text.codePoints().map(cp -> cp > 0x2E80 ? 2 : 1).sum();
  }
}
