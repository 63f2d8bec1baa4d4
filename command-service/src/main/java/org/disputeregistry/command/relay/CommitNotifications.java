package org.disputeregistry.command.relay;

import static java.util.concurrent.TimeUnit.MILLISECONDS;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import javax.sql.DataSource;
import org.axonframework.common.Registration;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Wakes the relay when events commit, here or in another instance: each instance announces its
 * commits on a channel ({@link CommitAnnouncer}). This listens on a connection of its own (outside
 * the pool: it blocks for good) and runs every registered wake-up at each notification, and at the
 * latest every {@code fallbackPoll}: a lost notification (the connection broke, the database
 * restarted) costs at most that delay, never an event, since the relay reads from its token, not
 * from the notifications.
 */
final class CommitNotifications implements SmartLifecycle {

  static final String CHANNEL = "registry_event_commits";
  private static final Logger log = LoggerFactory.getLogger(CommitNotifications.class);

  /** How often a lost connection is tried again (and the relay woken meanwhile), at most. */
  private static final Duration RECONNECT_PAUSE = Duration.ofSeconds(1);

  private final DataSource connections;
  private final Duration fallbackPoll;
  private final Set<Runnable> wakeUps = ConcurrentHashMap.newKeySet();
  private volatile Thread listener;
  private volatile Connection listening;
  private final CountDownLatch stopped = new CountDownLatch(1);

  CommitNotifications(DataSource connections, Duration fallbackPoll) {
    this.connections = connections;
    this.fallbackPoll = fallbackPoll;
  }

  /** Runs {@code wakeUp} after each commit that appended events, until the registration ends. */
  Registration onCommit(Runnable wakeUp) {
    wakeUps.add(wakeUp);
    return () -> wakeUps.remove(wakeUp);
  }

  @Override
  public void start() {
    Thread thread = new Thread(this::listen, "relay-commit-listener");
    thread.setDaemon(true);
    listener = thread;
    thread.start();
  }

  @Override
  public void stop() {
    Thread thread = listener;
    listener = null;
    stopped.countDown();
    closeQuietly(listening); // unblocks a wait for notifications
    if (thread != null) {
      thread.interrupt();
    }
  }

  @Override
  public boolean isRunning() {
    return listener != null;
  }

  private void listen() {
    boolean connected = true;
    while (running()) {
      try (Connection connection = connections.getConnection()) {
        listening = connection;
        connection.setAutoCommit(true);
        try (Statement statement = connection.createStatement()) {
          statement.execute("LISTEN " + CHANNEL);
        }
        connected = true;
        wakeAll(); // events may have committed while nobody listened
        PGConnection notifications = connection.unwrap(PGConnection.class);
        while (running()) {
          notifications.getNotifications(Math.toIntExact(fallbackPoll.toMillis()));
          wakeAll();
        }
      } catch (SQLException e) {
        if (connected && running()) {
          log.warn(
              "The relay's commit listener lost its connection; it tries again every {}: {}",
              RECONNECT_PAUSE,
              e.getMessage());
        }
        connected = false;
        pauseThenWake();
      } finally {
        listening = null;
      }
    }
  }

  private boolean running() {
    return listener == Thread.currentThread();
  }

  /** Waits before connecting again, at most the pause, less if the listener is stopped. */
  private void pauseThenWake() {
    try {
      stopped.await(Math.min(fallbackPoll.toMillis(), RECONNECT_PAUSE.toMillis()), MILLISECONDS);
      wakeAll();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      listener = null;
    }
  }

  private void wakeAll() {
    wakeUps.forEach(Runnable::run);
  }

  private static void closeQuietly(Connection connection) {
    if (connection != null) {
      try {
        connection.close();
      } catch (SQLException e) {
        log.debug("Closing the commit listener's connection failed", e);
      }
    }
  }
}
