package org.disputeregistry.query.statistics.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import org.disputeregistry.query.statistics.Cell;
import org.disputeregistry.query.statistics.Table;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.stereotype.Component;

/** Writes a {@link Table} as RFC 4180 CSV (UTF-8 with a BOM, so spreadsheets read the Chinese). */
@Component
class TableCsvConverter extends AbstractHttpMessageConverter<Table> {

  static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

  TableCsvConverter() {
    super(TEXT_CSV);
  }

  @Override
  protected boolean supports(Class<?> type) {
    return Table.class.isAssignableFrom(type);
  }

  @Override
  protected Table readInternal(Class<? extends Table> type, HttpInputMessage input) {
    throw new HttpMessageNotReadableException("Tables are not accepted as input", input);
  }

  @Override
  protected void writeInternal(Table table, HttpOutputMessage output) throws IOException {
    Writer out = new OutputStreamWriter(output.getBody(), StandardCharsets.UTF_8);
    out.write('\uFEFF');
    out.write(line(table.columns().stream().map(c -> (Object) c).toList()));
    for (Map<String, Object> row : table.rows()) {
      out.write(line(table.columns().stream().map(row::get).toList()));
    }
    out.flush();
  }

  private static String line(java.util.List<Object> values) {
    return values.stream().map(TableCsvConverter::field).collect(Collectors.joining(",")) + "\r\n";
  }

  private static String field(Object cell) {
    Object value =
        cell instanceof Cell.Links ? cell.toString() : cell instanceof Cell c ? c.plain() : cell;
    if (value == null) {
      return "";
    }
    String text =
        value instanceof BigDecimal d
            ? d.toPlainString()
            : value instanceof java.util.Collection<?> c
                ? c.stream().map(Object::toString).collect(Collectors.joining(" "))
                : value.toString();
    // Quote what CSV needs quoted, and defuse spreadsheet formulas in text cells.
    if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !(value instanceof Number)) {
      text = "'" + text;
    }
    if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
      return "\"" + text.replace("\"", "\"\"") + "\"";
    }
    return text;
  }
}
