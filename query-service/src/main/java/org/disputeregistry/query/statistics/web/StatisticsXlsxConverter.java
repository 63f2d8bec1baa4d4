package org.disputeregistry.query.statistics.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Clock;
import org.disputeregistry.query.counts.Figures;
import org.disputeregistry.query.statistics.Statistics;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.stereotype.Component;

/**
 * Writes the figures of a period as an Excel workbook of one sheet ({@link FiguresTable}); the
 * endpoints name the media type in their {@code produces}, JSON first, so JSON stays the default.
 */
@Component
class StatisticsXlsxConverter extends AbstractHttpMessageConverter<Statistics<?>> {

  private final Clock clock;

  StatisticsXlsxConverter(Clock clock) {
    super(MediaType.valueOf(Xlsx.MEDIA_TYPE));
    this.clock = clock;
  }

  @Override
  protected boolean supports(Class<?> type) {
    return Statistics.class.isAssignableFrom(type);
  }

  @Override
  protected Statistics<?> readInternal(
      Class<? extends Statistics<?>> type, HttpInputMessage input) {
    throw new HttpMessageNotReadableException("Figures are not accepted as input", input);
  }

  @Override
  protected void writeInternal(Statistics<?> statistics, HttpOutputMessage output)
      throws IOException {
    if (!(statistics.figures() instanceof Figures)) {
      throw new IllegalArgumentException("Only figures have a workbook form");
    }
    HttpServletRequest request = Xlsx.currentRequest();
    output
        .getHeaders()
        .setContentDisposition(ContentDisposition.attachment().filename("figures.xlsx").build());
    new Xlsx(Xlsx.english(request))
        .sheet("figures", FiguresTable.of(statistics), Xlsx.notes(request, clock))
        .writeTo(output.getBody());
  }
}
