package org.disputeregistry.command.relay;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.Registration;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.StreamableMessageSource;

/**
 * The event store as the relay reads it, with streams that accept an "events available" callback.
 * Axon's pooled processor, given no such callback, looks for new events every 500 ms (a fixed delay
 * in its coordinator), which was the floor of the pipeline's freshness; with one, it reads as soon
 * as {@link CommitNotifications} reports a commit. What is read, and from which token, is the
 * store's own stream: the wake-up only changes when.
 */
final class WakingEventSource implements StreamableMessageSource<TrackedEventMessage<?>> {

  private final StreamableMessageSource<TrackedEventMessage<?>> store;
  private final CommitNotifications commits;

  WakingEventSource(
      StreamableMessageSource<TrackedEventMessage<?>> store, CommitNotifications commits) {
    this.store = store;
    this.commits = commits;
  }

  @Override
  public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken token) {
    return new WakingStream(store.openStream(token));
  }

  @Override
  public TrackingToken createTailToken() {
    return store.createTailToken();
  }

  @Override
  public TrackingToken createHeadToken() {
    return store.createHeadToken();
  }

  @Override
  public TrackingToken createTokenAt(Instant dateTime) {
    return store.createTokenAt(dateTime);
  }

  private final class WakingStream implements BlockingStream<TrackedEventMessage<?>> {

    private final BlockingStream<TrackedEventMessage<?>> events;
    private volatile Registration wakeUp = () -> true;

    WakingStream(BlockingStream<TrackedEventMessage<?>> events) {
      this.events = events;
    }

    @Override
    public boolean setOnAvailableCallback(Runnable callback) {
      wakeUp.cancel();
      wakeUp = commits.onCommit(callback);
      return true;
    }

    @Override
    public Optional<TrackedEventMessage<?>> peek() {
      return events.peek();
    }

    @Override
    public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
      return events.hasNextAvailable(timeout, unit);
    }

    @Override
    public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
      return events.nextAvailable();
    }

    @Override
    public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
      events.skipMessagesWithPayloadTypeOf(ignoredMessage);
    }

    @Override
    public void close() {
      wakeUp.cancel();
      events.close();
    }
  }
}
