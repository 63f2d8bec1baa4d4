package org.disputeregistry.query.rebuild;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How far the rebuild on this instance has come.
 *
 * @param eventsBehind records on the topic that the shadow read model has still to read (0 once
 *     switched in)
 */
public record RebuildProgress(
    Phase phase,
    Instant startedAt,
    Instant finishedAt,
    long eventsRead,
    long eventsBehind,
    List<PartitionProgress> partitions,
    String failure) {

  public enum Phase {
    /** No rebuild has run since this instance started. */
    IDLE,
    /** Creating the empty shadow tables. */
    PREPARING,
    /** Projecting the topic from its start into the shadow tables; the live ones serve. */
    CATCHING_UP,
    /** Live projection paused: the last records, then the shadow tables replace the live ones. */
    SWITCHING,
    DONE,
    FAILED
  }

  /** The shadow read model's position on one partition, and the partition's end. */
  public record PartitionProgress(int partition, long position, long end) {}

  static final RebuildProgress IDLE =
      new RebuildProgress(Phase.IDLE, null, null, 0, 0, List.of(), null);

  boolean running() {
    return phase == Phase.PREPARING || phase == Phase.CATCHING_UP || phase == Phase.SWITCHING;
  }

  RebuildProgress with(Phase next) {
    return new RebuildProgress(
        next, startedAt, finishedAt, eventsRead, eventsBehind, partitions, failure);
  }

  /** Adds what a poll read, and where the partitions it was of stand now (the others as before). */
  RebuildProgress read(long events, List<PartitionProgress> positions) {
    Map<Integer, PartitionProgress> merged = new TreeMap<>();
    partitions.forEach(p -> merged.put(p.partition(), p));
    positions.forEach(p -> merged.put(p.partition(), p));
    return new RebuildProgress(
        phase,
        startedAt,
        finishedAt,
        eventsRead + events,
        merged.values().stream().mapToLong(p -> Math.max(0, p.end() - p.position())).sum(),
        List.copyOf(merged.values()),
        failure);
  }

  /**
   * Once switched in, the rebuilt read model is the live one: records that arrived meanwhile are
   * the live projection's to read, so nothing is behind the rebuild any more.
   */
  RebuildProgress finished(Phase last, Instant at, String why) {
    long behind = last == Phase.DONE ? 0 : eventsBehind;
    return new RebuildProgress(last, startedAt, at, eventsRead, behind, partitions, why);
  }
}
