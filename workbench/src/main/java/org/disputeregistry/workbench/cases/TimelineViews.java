package org.disputeregistry.workbench.cases;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.disputeregistry.workbench.cases.CaseViews.Field;
import org.disputeregistry.workbench.reference.Labels;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A page of a case's timeline as the command side answers it, made readable: what happened (the
 * event's label in the user's language), its business date, when it was recorded (the district's
 * time), by whom for which organisation, and what it changed, each field with its label.
 */
@Component
class TimelineViews {

  /** The district's clock: a time recorded is shown as the office saw it. */
  private static final ZoneId DISTRICT = ZoneId.of("Asia/Shanghai");

  private static final DateTimeFormatter RECORDED =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(DISTRICT);

  /** Shown by the page itself (the case's id is the page's). */
  private static final Set<String> NOT_CHANGES = Set.of("caseId");

  private final CaseViews cases;
  private final Labels labels;

  TimelineViews(CaseViews cases, Labels labels) {
    this.cases = cases;
    this.labels = labels;
  }

  record Event(
      long sequence,
      String label,
      String businessDate,
      String recordedAt,
      String actor,
      String organisation,
      List<Field> changes) {}

  /** A page of events, and the {@code from} of the next page (empty if this is the last). */
  record Timeline(List<Event> events, String next) {}

  Timeline of(JsonNode answer, String street) {
    String language = LocaleContextHolder.getLocale().getLanguage();
    List<Event> events = new ArrayList<>();
    for (JsonNode event : answer.path("events")) {
      JsonNode label = event.path("label");
      events.add(
          new Event(
              event.path("sequence").asLong(),
              label.path(language).asText(label.path("zh").asText(event.path("type").asText())),
              event.path("businessDate").asText(""),
              recorded(event.path("recordedAt").asText("")),
              event.path("actor").asText(""),
              labels.organisation(event.path("actorOrganisation").asText("")),
              cases.fields(event.path("data"), street, NOT_CHANGES)));
    }
    JsonNode next = answer.path("next");
    return new Timeline(
        List.copyOf(events), next.isNull() || next.isMissingNode() ? "" : next.asText());
  }

  private static String recorded(String instant) {
    try {
      return RECORDED.format(Instant.parse(instant));
    } catch (DateTimeParseException e) {
      return instant;
    }
  }
}
