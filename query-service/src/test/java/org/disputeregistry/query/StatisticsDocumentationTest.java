package org.disputeregistry.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disputeregistry.query.counts.CaseFigures;
import org.disputeregistry.query.counts.FigureDocumentation;
import org.disputeregistry.query.mediation.CommercialMediationFigures;
import org.disputeregistry.query.petition.PetitionFigures;
import org.disputeregistry.query.reconsideration.ReconsiderationFigures;
import org.junit.jupiter.api.Test;

/**
 * docs/statistics.md says every figure as it is defined: each case type's table there is the one
 * written from its definitions. A figure added, renamed or redefined without its documentation
 * fails here; {@code -Dstatistics.doc.write=true} rewrites the tables (then read the diff).
 */
class StatisticsDocumentationTest {

  private static final Path DOC = Path.of("..", "docs", "statistics.md");
  private static final List<CaseFigures> TYPES =
      List.of(ReconsiderationFigures.ALL, CommercialMediationFigures.ALL, PetitionFigures.ALL);

  @Test
  void everyFigureIsDocumentedAsItIsDefined() throws IOException {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    String expected = doc;
    for (CaseFigures type : TYPES) {
      expected = withTable(expected, type);
    }
    if (Boolean.getBoolean("statistics.doc.write")) {
      Files.writeString(DOC, expected, StandardCharsets.UTF_8);
    }
    assertThat(doc).isEqualTo(expected);
  }

  private static String withTable(String doc, CaseFigures type) {
    String start = "<!-- figures of " + type.caseType() + " (written from the definitions) -->\n";
    String end = "<!-- end of figures -->";
    Matcher block =
        Pattern.compile(Pattern.quote(start) + "(.*?)" + Pattern.quote(end), Pattern.DOTALL)
            .matcher(doc);
    assertThat(block.find()).as("docs/statistics.md has the block " + start.trim()).isTrue();
    return doc.substring(0, block.start(1))
        + FigureDocumentation.table(type)
        + doc.substring(block.end(1));
  }
}
