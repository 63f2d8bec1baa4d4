package org.disputeregistry.query.rebuild;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How far the rebuild on this instance has come.
 *
 * @param step what the rebuild does within {@link Phase#CATCHING_UP} (null in the other phases; on
 *     a failure, the step it failed in)
 * @param stepStartedAt since when it does that
 * @param eventsBehind records on the topic that the shadow read model has still to read (0 once
 *     switched in)
 */
public record RebuildProgress(
    Phase phase,
    Step step,
    Instant stepStartedAt,
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

  /**
   * The steps of {@link Phase#CATCHING_UP}. Indexing takes a while once the read model is large
   * (minutes at 10 million events) while no event is read: it is a step of the catch-up rather than
   * a phase of its own, so that a client that knows the phases keeps seeing a running rebuild.
   */
  public enum Step {
    /** Reading the topic into shadow tables that have only their constraints' indexes. */
    LOADING,
    /**
     * Counting the loaded rows into the statistic counters, building the tables' other indexes and
     * their planner statistics; nothing is read meanwhile.
     */
    INDEXING,
    /** Reading what the live projection read meanwhile, the counters kept batch by batch. */
    CATCHING_UP_AGAIN
  }

  /** The shadow read model's position on one partition, and the partition's end. */
  public record PartitionProgress(int partition, long position, long end) {}

  static final RebuildProgress IDLE =
      new RebuildProgress(Phase.IDLE, null, null, null, null, 0, 0, List.of(), null);

  boolean running() {
    return phase == Phase.PREPARING || phase == Phase.CATCHING_UP || phase == Phase.SWITCHING;
  }

  /** In the next phase, which has no steps. */
  RebuildProgress with(Phase next) {
    return new RebuildProgress(
        next, null, null, startedAt, finishedAt, eventsRead, eventsBehind, partitions, failure);
  }

  /** At the next step of the catch-up, from {@code at}. */
  RebuildProgress with(Step next, Instant at) {
    return new RebuildProgress(
        Phase.CATCHING_UP,
        next,
        at,
        startedAt,
        finishedAt,
        eventsRead,
        eventsBehind,
        partitions,
        failure);
  }

  /** Adds what a poll read, and where the partitions it was of stand now (the others as before). */
  RebuildProgress read(long events, List<PartitionProgress> positions) {
    Map<Integer, PartitionProgress> merged = new TreeMap<>();
    partitions.forEach(p -> merged.put(p.partition(), p));
    positions.forEach(p -> merged.put(p.partition(), p));
    return new RebuildProgress(
        phase,
        step,
        stepStartedAt,
        startedAt,
        finishedAt,
        eventsRead + events,
        merged.values().stream().mapToLong(p -> Math.max(0, p.end() - p.position())).sum(),
        List.copyOf(merged.values()),
        failure);
  }

  /**
   * Once switched in, the rebuilt read model is the live one: records that arrived meanwhile are
   * the live projection's to read, so nothing is behind the rebuild any more. A failure keeps the
   * step it happened in.
   */
  RebuildProgress finished(Phase last, Instant at, String why) {
    boolean done = last == Phase.DONE;
    return new RebuildProgress(
        last,
        done ? null : step,
        done ? null : stepStartedAt,
        startedAt,
        at,
        eventsRead,
        done ? 0 : eventsBehind,
        partitions,
        why);
  }
}
