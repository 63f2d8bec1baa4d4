package org.disputeregistry.workbench.cases;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.disputeregistry.workbench.cases.CaseViews.Field;
import org.disputeregistry.workbench.reference.Labels;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A page of a case's timeline as the command side answers it, made readable: what happened (the
 * event's label in the user's language), its business date, when it was recorded (the district's
 * time), by whom for which organisation, and what it changed, each field with its label. A
 * correction says what it corrected, who approved it and why, and the step it corrected is marked
 * (amended or retracted, as the command side says), both staying on the timeline. Read whole, the
 * timeline also gives the latest step in effect: the one a correction may concern.
 */
@Component
class TimelineViews {

  /** The district's clock: a time recorded is shown as the office saw it. */
  private static final ZoneId DISTRICT = ZoneId.of("Asia/Shanghai");

  private static final DateTimeFormatter RECORDED =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(DISTRICT);

  /** Shown by the page itself (the case's id is the page's). */
  private static final Set<String> NOT_CHANGES = Set.of("caseId");

  /** A correction's own fields, said in its sentence; an amendment shows the step's new fields. */
  private static final Set<String> CORRECTION =
      Set.of(
          "caseId",
          "stepId",
          "amendedStepId",
          "retractedStepId",
          "amendment",
          "approvedBy",
          "approvedOn",
          "reason");

  static final String AMENDED = "amended";
  static final String RETRACTED = "retracted";

  private final CaseViews cases;
  private final Labels labels;
  private final MessageSource messages;

  TimelineViews(CaseViews cases, Labels labels, MessageSource messages) {
    this.cases = cases;
    this.labels = labels;
    this.messages = messages;
  }

  /**
   * @param correction what a correction did, in a sentence; empty for any other event
   * @param correctedAs {@value #AMENDED} or {@value #RETRACTED} for a step later corrected
   */
  record Event(
      long sequence,
      String label,
      String businessDate,
      String recordedAt,
      String actor,
      String organisation,
      List<Field> changes,
      String correction,
      String correctedAs) {}

  /**
   * The latest step in effect: its id, its name (the path segment of its POST), its event's label,
   * its fields as they now stand, and the timeline's event that recorded them (the step's, or its
   * latest amendment's).
   */
  record StepInEffect(String stepId, String step, String label, JsonNode fields, long sequence) {}

  /**
   * A page of events, the {@code from} of the next page (empty if this is the last), and the latest
   * step in effect if the page is the whole timeline (null otherwise, or if none).
   */
  record Timeline(List<Event> events, String next, StepInEffect latest) {}

  /**
   * The command side says of each step its name and what the case counts of it now ({@code step},
   * {@code effect}, {@code correctedBy}); this page only shows it.
   */
  Timeline of(JsonNode answer, String street, boolean whole) {
    String language = LocaleContextHolder.getLocale().getLanguage();
    List<Event> events = new ArrayList<>();
    Map<String, String> labelOfStep = new HashMap<>();
    Map<Long, JsonNode> bySequence = new HashMap<>();
    JsonNode latest = null;
    for (JsonNode event : answer.path("events")) {
      JsonNode label = event.path("label");
      String shown =
          label.path(language).asText(label.path("zh").asText(event.path("type").asText()));
      JsonNode data = event.path("data");
      long sequence = event.path("sequence").asLong();
      bySequence.put(sequence, event);
      String corrected = data.path("amendedStepId").asText(data.path("retractedStepId").asText(""));
      boolean amendment = !data.path("amendedStepId").asText("").isEmpty();
      String sentence = "";
      List<Field> changes;
      if (corrected.isEmpty()) {
        changes = cases.fields(data, street, NOT_CHANGES);
        labelOfStep.put(data.path("stepId").asText(""), shown);
      } else {
        sentence =
            message(
                amendment ? "timeline.amended" : "timeline.retracted",
                labelOfStep.getOrDefault(corrected, corrected),
                data.path("approvedBy").asText(""),
                data.path("reason").asText(""));
        changes =
            amendment
                ? cases.fields(data.path("amendment").path("fields"), street, CORRECTION)
                : List.of();
      }
      String effect = event.path("effect").asText("");
      if (corrected.isEmpty() && !effect.isEmpty() && !effect.equals("RETRACTED")) {
        latest = event;
      }
      events.add(
          new Event(
              sequence,
              shown,
              event.path("businessDate").asText(""),
              recorded(event.path("recordedAt").asText("")),
              event.path("actor").asText(""),
              labels.organisation(event.path("actorOrganisation").asText("")),
              changes,
              sentence,
              effect.equals("AMENDED") ? AMENDED : effect.equals("RETRACTED") ? RETRACTED : ""));
    }
    JsonNode next = answer.path("next");
    boolean last = next.isNull() || next.isMissingNode();
    StepInEffect inEffect =
        whole && last && latest != null ? inEffect(latest, bySequence, events) : null;
    return new Timeline(List.copyOf(events), last ? "" : next.asText(), inEffect);
  }

  /** The step as it now stands: as recorded, or as its latest amendment on the page says. */
  private static StepInEffect inEffect(
      JsonNode step, Map<Long, JsonNode> bySequence, List<Event> events) {
    JsonNode fields = step.path("data");
    long sequence = step.path("sequence").asLong();
    JsonNode amendment = bySequence.get(step.path("correctedBy").asLong(-1));
    if (amendment != null) {
      fields = amendment.path("data").path("amendment").path("fields");
      sequence = amendment.path("sequence").asLong();
    }
    long recorded = step.path("sequence").asLong();
    String label =
        events.stream().filter(e -> e.sequence() == recorded).findFirst().orElseThrow().label();
    return new StepInEffect(
        step.path("data").path("stepId").asText(),
        step.path("step").asText(),
        label,
        fields,
        sequence);
  }

  private static Event marked(Event event, String correctedAs) {
    return new Event(
        event.sequence(),
        event.label(),
        event.businessDate(),
        event.recordedAt(),
        event.actor(),
        event.organisation(),
        event.changes(),
        event.correction(),
        correctedAs);
  }

  private String message(String key, Object... arguments) {
    return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
  }

  private static String recorded(String instant) {
    try {
      return RECORDED.format(Instant.parse(instant));
    } catch (DateTimeParseException e) {
      return instant;
    }
  }
}
