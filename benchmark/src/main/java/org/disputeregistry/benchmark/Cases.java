package org.disputeregistry.benchmark;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** The cases the scenarios send: new ids and case numbers every time, the same content. */
final class Cases {

  /** A petition's steps in order, as {@code POST /api/petitions/{id}/<step>} bodies take them. */
  static final List<Step> PETITION_STEPS =
      List.of(
          new Step("acceptance", "\"acceptedOn\":\"2023-01-06\""),
          new Step(
              "assignment",
              "\"assignedOn\":\"2023-01-06\",\"department\":\"光明区人力资源局\",\"dueOn\":\"2023-02-06\""),
          new Step("reply", "\"repliedOn\":\"2023-02-01\""),
          new Step("resolution", "\"resolvedOn\":\"2023-02-01\""),
          new Step("satisfaction", "\"ratedOn\":\"2023-02-02\",\"satisfaction\":\"SATISFIED\""));

  /** Events of one petition: its registration and one per step. */
  static final int PETITION_EVENTS = PETITION_STEPS.size() + 1;

  /** One step of a case: the URL segment (and back-fill step name) and the body's fields. */
  record Step(String name, String fields) {}

  private final AtomicLong counter = new AtomicLong();

  /** A new reconsideration ({@code POST /api/reconsiderations}: one event). */
  String reconsideration(LocalDate receivedOn) {
    return """
        {"caseId":"%s","caseNumber":"光明复〔%d〕B%d","receivedOn":"%s","channel":"ONLINE",\
        "street":"GUANGMING","community":"BIYAN","category":"URBAN_MANAGEMENT",\
        "respondentAgency":"光明区城市管理和综合执法局","applicants":["PERSON"],"actKind":"PENALTY"}"""
        .formatted(UUID.randomUUID(), receivedOn.getYear(), counter.incrementAndGet(), receivedOn);
  }

  /** A new reconsideration as one back-fill line: its opening alone (one event). */
  String reconsiderationLine(LocalDate receivedOn) {
    return "{\"type\":\"reconsiderations\",\"open\":%s}".formatted(reconsideration(receivedOn));
  }

  /** A new petition's registration ({@code POST /api/petitions}). */
  String petitionOpening(UUID caseId) {
    return """
        {"caseId":"%s","caseNumber":"光明信〔2023〕B%d","registeredOn":"2023-01-05",\
        "channel":"HOTLINE","persons":1,"group":false,"repeat":false,"street":"MATIAN",\
        "community":"JIANGSHI","category":"HUMAN_RESOURCES"}"""
        .formatted(caseId, counter.incrementAndGet());
  }

  /** A whole new petition as one back-fill line: its registration and every step. */
  String petitionLine() {
    StringBuilder steps = new StringBuilder();
    for (Step step : PETITION_STEPS) {
      steps.append(steps.isEmpty() ? "" : ",");
      steps.append("{\"step\":\"%s\",%s}".formatted(step.name(), step.fields()));
    }
    return "{\"type\":\"petitions\",\"open\":%s,\"steps\":[%s]}"
        .formatted(petitionOpening(UUID.randomUUID()), steps);
  }

  /** One step's body for its own HTTP call; the step id makes a retried call idempotent. */
  static String stepBody(Step step) {
    return "{\"stepId\":\"%s\",%s}".formatted(UUID.randomUUID(), step.fields());
  }
}
