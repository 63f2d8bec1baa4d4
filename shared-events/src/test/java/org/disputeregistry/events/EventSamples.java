package org.disputeregistry.events;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.disputeregistry.events.reconsideration.ApplicationChannel;
import org.disputeregistry.events.reconsideration.ReconsiderationApplicationReceivedEvent;

/** One fixed example of every event of the catalogue, for the approval tests. */
final class EventSamples {

  static final CaseId CASE_ID = CaseId.of("6f1c2d3e-0000-4000-8000-000000000001");

  static List<CaseEvent> all() {
    return List.of(
        new ReconsiderationApplicationReceivedEvent(
            CASE_ID,
            "光明复〔2023〕1号",
            LocalDate.of(2023, 3, 1),
            ApplicationChannel.ONLINE,
            "GUANGMING",
            "BIYAN",
            "LAND_AND_PLANNING",
            "District Urban Management Bureau"));
  }

  static final UUID EVENT_ID = UUID.fromString("0b7e0000-0000-4000-8000-0000000000aa");

  private EventSamples() {}
}
