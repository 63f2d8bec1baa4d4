package org.disputeregistry.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class FindingsTest {

  private static final UUID CASE = UUID.randomUUID();
  private static final Step OPEN = new Step(CASE, null, "registration");
  private static final Step ACCEPT = new Step(CASE, UUID.randomUUID(), "acceptance");
  private static final Instant NOW = Instant.parse("2026-12-04T20:00:00Z");

  private static List<Ledger.Acknowledged> acknowledged(Step... steps) {
    return Arrays.stream(steps).map(s -> new Ledger.Acknowledged(s, 1, NOW, NOW)).toList();
  }

  /** The store holds the opening and the acceptance of CASE (events e0, e1). */
  private static EventStore store(int acceptanceStored) {
    return new EventStore(
        Map.of(CASE.toString(), 1L),
        acceptanceStored == 0
            ? Map.of(OPEN.key(), 1)
            : Map.of(OPEN.key(), 1, ACCEPT.key(), acceptanceStored),
        Map.of("PetitionRegistered", 1L, "PetitionAccepted", 1L),
        Set.of("e0", "e1"));
  }

  private static Optional<ReadSide> projected(long lastSequence, long registered, long accepted) {
    return Optional.of(
        new ReadSide(
            Map.of(CASE.toString(), lastSequence),
            0,
            Map.of("registered", registered, "accepted", accepted, "replied", 0L, "resolved", 0L)));
  }

  private static final Optional<Map<String, Integer>> BOTH_ON_TOPIC =
      Optional.of(Map.of("e0", 1, "e1", 2));

  @Test
  void everythingInPlaceIsNoProblemAndCaughtUp() {
    Findings findings =
        Findings.compare(acknowledged(OPEN, ACCEPT), store(1), projected(1, 1, 1), BOTH_ON_TOPIC);

    assertThat(findings).isEqualTo(Findings.none());
    assertThat(Findings.caughtUp(store(1), projected(1, 1, 1).get())).isTrue();
  }

  @Test
  void anAcknowledgedStepMissingFromTheStoreIsLost() {
    Findings findings =
        Findings.compare(acknowledged(OPEN, ACCEPT), store(0), projected(1, 1, 1), BOTH_ON_TOPIC);

    assertThat(findings.lost()).containsExactly(ACCEPT.key());
  }

  @Test
  void aStepStoredTwiceOrCountedTwiceIsDuplicated() {
    Findings findings =
        Findings.compare(acknowledged(OPEN, ACCEPT), store(2), projected(1, 1, 2), BOTH_ON_TOPIC);

    assertThat(findings.duplicated())
        .containsExactlyInAnyOrder(ACCEPT.key(), "statistics:accepted#1");
  }

  @Test
  void aStoredEventNotProjectedNotCountedOrNotOnTheTopicIsStuck() {
    Findings findings =
        Findings.compare(
            acknowledged(OPEN, ACCEPT), store(1), projected(0, 1, 0), Optional.of(Map.of("e0", 1)));

    assertThat(findings.stuck())
        .containsExactlyInAnyOrder(
            "projection:" + CASE + "#1", "statistics:accepted#1", "topic:e1");
    assertThat(Findings.caughtUp(store(1), projected(0, 1, 0).get())).isFalse();
  }

  @Test
  void whatIsPublishedOrProjectedButNotStoredIsPhantom() {
    Findings findings =
        Findings.compare(
            acknowledged(OPEN, ACCEPT),
            store(1),
            projected(2, 1, 1),
            Optional.of(Map.of("e0", 1, "e1", 1, "e2", 1)));

    assertThat(findings.phantom())
        .containsExactlyInAnyOrder("projection:" + CASE + "#2", "topic:e2");
  }

  @Test
  void aProblemIsCountedOnlyInTheRunWhereItFirstShows() {
    Findings first = new Findings(Set.of("a"), Set.of(), Set.of("s"), Set.of());
    Findings second = new Findings(Set.of("a", "b"), Set.of(), Set.of("s"), Set.of());

    assertThat(second.without(first))
        .isEqualTo(new Findings(Set.of("b"), Set.of(), Set.of(), Set.of()));
  }
}
