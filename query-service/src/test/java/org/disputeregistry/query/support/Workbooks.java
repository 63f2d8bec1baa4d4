package org.disputeregistry.query.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Workbooks read back with POI, cell by cell: compared by values and types, never by bytes. */
public final class Workbooks {

  /** A cell that is not there (or blank): a suppressed or missing value, never 0. */
  public static final String NONE = "-";

  private Workbooks() {}

  /** Every row of the sheet with this name (or the first sheet, if null). */
  public static List<List<Object>> read(byte[] xlsx, String sheetName) {
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet sheet = sheetName == null ? workbook.getSheetAt(0) : workbook.getSheet(sheetName);
      assertThat(sheet).as("sheet " + sheetName).isNotNull();
      return rows(sheet);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The names of the sheets, in order. */
  public static List<String> sheets(byte[] xlsx) {
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      List<String> names = new ArrayList<>();
      workbook.forEach(s -> names.add(s.getSheetName()));
      return names;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Each row as values: text as String, numbers as Double, dates as LocalDate, {@link #NONE} a
   * missing cell between others.
   */
  public static List<List<Object>> rows(Sheet sheet) {
    List<List<Object>> rows = new ArrayList<>();
    for (int r = 0; r <= sheet.getLastRowNum(); r++) {
      Row row = sheet.getRow(r);
      List<Object> values = new ArrayList<>();
      if (row != null) {
        for (int c = 0; c < row.getLastCellNum(); c++) {
          values.add(value(row.getCell(c)));
        }
      }
      rows.add(values);
    }
    return rows;
  }

  static Object value(Cell cell) {
    if (cell == null || cell.getCellType() == CellType.BLANK) {
      return NONE;
    }
    if (cell.getCellType() == CellType.NUMERIC) {
      return DateUtil.isCellDateFormatted(cell)
          ? cell.getLocalDateTimeCellValue().toLocalDate()
          : (Object) cell.getNumericCellValue();
    }
    assertThat(cell.getCellType())
        .as("a cell is text, a number or a date, never a formula")
        .isEqualTo(CellType.STRING);
    return cell.getStringCellValue();
  }
}
