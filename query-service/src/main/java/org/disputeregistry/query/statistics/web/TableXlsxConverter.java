package org.disputeregistry.query.statistics.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Clock;
import org.disputeregistry.query.statistics.Table;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.stereotype.Component;

/**
 * Writes a {@link Table} as an Excel workbook of one sheet ({@link Xlsx}), noting the request and
 * when it was answered, so that a table filed away still says what it answers. Chinese unless the
 * request prefers English ({@code Accept-Language: en}).
 */
@Component
class TableXlsxConverter extends AbstractHttpMessageConverter<Table> {

  private final Clock clock;

  TableXlsxConverter(Clock clock) {
    super(MediaType.valueOf(Xlsx.MEDIA_TYPE));
    this.clock = clock;
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
    HttpServletRequest request = Xlsx.currentRequest();
    output
        .getHeaders()
        .setContentDisposition(ContentDisposition.attachment().filename("table.xlsx").build());
    new Xlsx(Xlsx.english(request))
        .sheet("table", table, Xlsx.notes(request, clock))
        .writeTo(output.getBody());
  }
}
