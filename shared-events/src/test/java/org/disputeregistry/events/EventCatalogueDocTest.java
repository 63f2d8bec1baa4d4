package org.disputeregistry.events;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * docs/events.md lists every event of the catalogue, of its case type, with its schema and exactly
 * the fields of its record: a new event, field or case type cannot go undocumented.
 */
class EventCatalogueDocTest {

  private static final Path PAGE = Path.of("..", "docs", "events.md");

  /** {@code | [`Name`](schema/events/Name.schema.json) | case type | text |} */
  private static final Pattern ROW =
      Pattern.compile("^\\| \\[`(\\w+)`\\]\\(([^)]+)\\) \\| ([a-z ]+) \\| (.*) \\|$");

  private static final Pattern FIELD = Pattern.compile("`(\\w+)`");

  /** Every event carries them; the page says so once instead of in every row. */
  private static final Set<String> COMMON = Set.of("caseId", "stepId");

  @Test
  void everyEventIsOnThePageWithItsCaseTypeSchemaAndFields() throws IOException {
    Map<String, Matcher> rows = rows();
    SoftAssertions softly = new SoftAssertions();
    softly
        .assertThat(rows.keySet())
        .as("events on docs/events.md, in the catalogue's order")
        .containsExactlyElementsOf(EventCatalog.types().stream().map(EventType::name).toList());
    for (EventType type : EventCatalog.types()) {
      Matcher row = rows.get(type.name());
      if (row == null) {
        continue;
      }
      softly
          .assertThat(row.group(2))
          .as("schema link of %s", type.name())
          .isEqualTo("schema/" + EventSchemas.eventFile(type));
      softly
          .assertThat(row.group(3))
          .as("case type of %s", type.name())
          .isEqualTo(type.caseType().name().toLowerCase().replace('_', ' '));
      softly
          .assertThat(fieldsNamed(row.group(4)))
          .as("fields of %s (after \"Fields:\")", type.name())
          .containsExactlyElementsOf(fieldsOf(type));
    }
    softly.assertAll();
  }

  private static Map<String, Matcher> rows() throws IOException {
    Map<String, Matcher> rows = new LinkedHashMap<>();
    for (String line : Files.readAllLines(PAGE)) {
      Matcher row = ROW.matcher(line);
      if (row.matches()) {
        rows.put(row.group(1), row);
      }
    }
    return rows;
  }

  private static List<String> fieldsNamed(String text) {
    int fields = text.indexOf("Fields:");
    if (fields < 0) {
      return List.of();
    }
    Matcher names = FIELD.matcher(text.substring(fields));
    List<String> named = new ArrayList<>();
    while (names.find()) {
      named.add(names.group(1));
    }
    return named;
  }

  private static List<String> fieldsOf(EventType type) {
    return Arrays.stream(type.javaType().getRecordComponents())
        .map(RecordComponent::getName)
        .filter(name -> !COMMON.contains(name))
        .toList();
  }
}
