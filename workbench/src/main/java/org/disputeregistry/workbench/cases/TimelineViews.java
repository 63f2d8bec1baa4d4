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
import org.disputeregistry.workbench.cases.StepsInEffect.StepInEffect;
import org.disputeregistry.workbench.reference.Labels;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A page of a case's timeline as the command side answers it, made readable: what happened (the
 * event's label in the user's language), its business date, when it was recorded (the district's
 * time), by whom for which organisation, and what it changed, each field with its label. A
 * correction says what it corrected, who approved it and why, and the step it corrected is marked
 * (amended or retracted), both staying on the timeline. Read whole, the timeline also gives the
 * latest step in effect: the one a correction may concern.
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
   * A page of events, the {@code from} of the next page (empty if this is the last), and the latest
   * step in effect if the page is the whole timeline (null otherwise, or if none).
   */
  record Timeline(List<Event> events, String next, StepInEffect latest) {}

  Timeline of(JsonNode answer, String street, boolean whole) {
    String language = LocaleContextHolder.getLocale().getLanguage();
    List<Event> events = new ArrayList<>();
    // the events that recorded each step: its own, then its amendments'
    Map<String, List<Integer>> stepEvents = new HashMap<>();
    StepsInEffect inEffect = new StepsInEffect();
    for (JsonNode event : answer.path("events")) {
      JsonNode label = event.path("label");
      String shown =
          label.path(language).asText(label.path("zh").asText(event.path("type").asText()));
      JsonNode data = event.path("data");
      String amended = data.path("amendedStepId").asText("");
      String retracted = data.path("retractedStepId").asText("");
      String corrected = amended.isEmpty() ? retracted : amended;
      String sentence = "";
      List<Field> changes;
      long sequence = event.path("sequence").asLong();
      if (corrected.isEmpty()) {
        changes = cases.fields(data, street, NOT_CHANGES);
        String stepId = data.path("stepId").asText("");
        if (!stepId.isEmpty()) {
          stepEvents.put(stepId, new ArrayList<>(List.of(events.size())));
          inEffect.recorded(
              new StepInEffect(stepId, event.path("type").asText(), shown, data, sequence));
        }
      } else {
        List<Integer> before = stepEvents.getOrDefault(corrected, new ArrayList<>());
        String step = before.isEmpty() ? corrected : events.get(before.get(0)).label();
        sentence =
            message(
                amended.isEmpty() ? "timeline.retracted" : "timeline.amended",
                step,
                data.path("approvedBy").asText(""),
                data.path("reason").asText(""));
        JsonNode fields = data.path("amendment").path("fields");
        changes = amended.isEmpty() ? List.of() : cases.fields(fields, street, CORRECTION);
        for (int index : before) {
          events.set(index, marked(events.get(index), amended.isEmpty() ? RETRACTED : AMENDED));
        }
        if (!amended.isEmpty() && !before.isEmpty()) {
          before.add(events.size());
        }
        if (amended.isEmpty()) {
          inEffect.retracted(corrected);
        } else {
          inEffect.amended(corrected, fields, sequence);
        }
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
              ""));
    }
    JsonNode next = answer.path("next");
    boolean last = next.isNull() || next.isMissingNode();
    StepInEffect latest = whole && last ? inEffect.latest().orElse(null) : null;
    return new Timeline(List.copyOf(events), last ? "" : next.asText(), latest);
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
