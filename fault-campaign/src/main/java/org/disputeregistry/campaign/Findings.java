package org.disputeregistry.campaign;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The end-to-end comparison, as sets of problem keys so that a problem is counted once, in the run
 * where it first shows:
 *
 * <ul>
 *   <li>lost: acknowledged, but not in the event store;
 *   <li>duplicated: stored more than once, or counted more than once in the statistics;
 *   <li>stuck: stored, but not on the topic, not projected, or not counted;
 *   <li>phantom: on the topic or projected, but not in the event store.
 * </ul>
 */
record Findings(Set<String> lost, Set<String> duplicated, Set<String> stuck, Set<String> phantom) {

  static Findings compare(
      List<Ledger.Acknowledged> acknowledged,
      EventStore store,
      Optional<ReadSide> readSide,
      Optional<Map<String, Integer>> topic) {
    Set<String> lost = new HashSet<>();
    Set<String> duplicated = new HashSet<>();
    Set<String> stuck = new HashSet<>();
    Set<String> phantom = new HashSet<>();
    for (Ledger.Acknowledged ack : acknowledged) {
      int stored = store.storedByStepKey().getOrDefault(ack.step().key(), 0);
      if (stored == 0) {
        lost.add(ack.step().key());
      } else if (stored > 1) {
        duplicated.add(ack.step().key());
      }
    }
    topic.ifPresent(
        onTopic -> {
          store.eventIds().stream()
              .filter(id -> !onTopic.containsKey(id))
              .forEach(id -> stuck.add("topic:" + id));
          onTopic.keySet().stream()
              .filter(id -> !store.eventIds().contains(id))
              .forEach(id -> phantom.add("topic:" + id));
        });
    Map<String, Long> projected = readSide.map(ReadSide::lastSequenceByCase).orElse(Map.of());
    store
        .lastSequenceByCase()
        .forEach(
            (caseId, last) -> {
              for (long s = projected.getOrDefault(caseId, -1L) + 1; s <= last; s++) {
                stuck.add("projection:" + caseId + "#" + s);
              }
            });
    projected.forEach(
        (caseId, last) -> {
          for (long s = store.lastSequenceByCase().getOrDefault(caseId, -1L) + 1; s <= last; s++) {
            phantom.add("projection:" + caseId + "#" + s);
          }
        });
    readSide.ifPresent(
        read ->
            ReadSide.FIGURES.forEach(
                (figure, type) -> {
                  long difference = read.statistics().get(figure) - store.count(type);
                  for (long i = 1; i <= Math.abs(difference); i++) {
                    (difference > 0 ? duplicated : stuck).add("statistics:" + figure + "#" + i);
                  }
                }));
    return new Findings(lost, duplicated, stuck, phantom);
  }

  /** The read side shows exactly what the store holds (the topic is checked once, afterwards). */
  static boolean caughtUp(EventStore store, ReadSide read) {
    return store.lastSequenceByCase().equals(read.lastSequenceByCase())
        && ReadSide.FIGURES.entrySet().stream()
            .allMatch(f -> read.statistics().get(f.getKey()) == store.count(f.getValue()));
  }

  /** The problems not already counted in an earlier run. */
  Findings without(Findings earlier) {
    return new Findings(
        minus(lost, earlier.lost),
        minus(duplicated, earlier.duplicated),
        minus(stuck, earlier.stuck),
        minus(phantom, earlier.phantom));
  }

  Findings plus(Findings other) {
    return new Findings(
        union(lost, other.lost),
        union(duplicated, other.duplicated),
        union(stuck, other.stuck),
        union(phantom, other.phantom));
  }

  static Findings none() {
    return new Findings(Set.of(), Set.of(), Set.of(), Set.of());
  }

  private static Set<String> minus(Set<String> a, Set<String> b) {
    Set<String> result = new HashSet<>(a);
    result.removeAll(b);
    return result;
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> result = new HashSet<>(a);
    result.addAll(b);
    return result;
  }
}
