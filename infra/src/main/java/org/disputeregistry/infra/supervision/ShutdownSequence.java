package org.disputeregistry.infra.supervision;

import java.io.PrintStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Supplier;

/**
 * What the launcher has started, stopped in reverse order exactly once, whether by Ctrl-C (the
 * shutdown hook), a failed start or a crashed service.
 *
 * <p>Starting and stopping share one lock: a Ctrl-C during a start waits for that start to finish
 * and then stops it too, so no half-registered PostgreSQL is left running.
 */
public final class ShutdownSequence {

  private record Step(String name, AutoCloseable resource) {}

  /** Thrown to a start attempted after stopping began. */
  public static final class StoppingException extends RuntimeException {
    StoppingException() {
      super("The launcher is stopping");
    }
  }

  private final Deque<Step> started = new ArrayDeque<>();
  private final PrintStream out;
  private boolean stopping;

  public ShutdownSequence(PrintStream out) {
    this.out = out;
  }

  /** Runs {@code start} and registers what it returns under {@code name} for stopping. */
  public synchronized <T extends AutoCloseable> T start(String name, Supplier<T> start) {
    if (stopping) {
      throw new StoppingException();
    }
    T resource = start.get();
    started.push(new Step(name, resource));
    return resource;
  }

  public synchronized boolean isStopping() {
    return stopping;
  }

  /** Stops everything started so far, newest first; later calls do nothing. */
  public synchronized void stopAll() {
    if (stopping) {
      return;
    }
    stopping = true;
    if (started.isEmpty()) {
      return;
    }
    while (!started.isEmpty()) {
      Step step = started.pop();
      out.println("Stopping " + step.name() + "...");
      try {
        step.resource().close();
      } catch (Exception e) {
        out.println("  " + step.name() + " did not stop cleanly: " + e);
      }
    }
    out.println("Stopped.");
    out.flush();
  }
}
