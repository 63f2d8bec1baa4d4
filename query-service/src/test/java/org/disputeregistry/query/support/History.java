package org.disputeregistry.query.support;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Random;
import java.util.UUID;
import org.disputeregistry.events.EventEnvelope;
import org.disputeregistry.events.RegistryJson;

/**
 * A seeded, reproducible stream of what the topic may carry: applications over five years, with
 * repeats (a relay retry), gaps, unreadable records, unknown types, events the read model rejects,
 * and one stored event of revision 0.
 */
public final class History {

  private History() {}

  /** Publishes {@code cases} applications and their trouble; returns the records sent. */
  public static int publish(TestTopic topic, long seed, int cases) {
    Random random = new Random(seed);
    int sent = 0;
    for (int i = 0; i < cases; i++) {
      UUID caseId = new UUID(seed, i);
      LocalDate on = LocalDate.of(2019 + random.nextInt(5), 1, 1).plusDays(random.nextInt(365));
      EventEnvelope received = Envelopes.received(caseId, on);
      topic.publish(received);
      sent++;
      switch (random.nextInt(20)) {
        case 0, 1 -> topic.publish(received);
        case 2 -> topic.publish(Envelopes.received(new UUID(seed, cases + i), 2, on, "gap"));
        case 3 ->
            topic.publishRaw(
                caseId.toString(), ("{ not json " + i).getBytes(StandardCharsets.UTF_8));
        case 4 ->
            topic.publish(
                Envelopes.envelope(
                    caseId, 1, "NoSuchEvent", 1, on, RegistryJson.mapper().createObjectNode()));
        case 5 ->
            topic.publish(
                Envelopes.received(new UUID(seed, 2L * cases + i), 0, on, "x".repeat(80)));
        default -> {
          continue;
        }
      }
      sent++;
    }
    topic.publishRaw(Envelopes.REVISION_ZERO_CASE.toString(), Envelopes.storedRevisionZero());
    return sent + 1;
  }
}
