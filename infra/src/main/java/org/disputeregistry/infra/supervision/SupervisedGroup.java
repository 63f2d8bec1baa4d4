package org.disputeregistry.infra.supervision;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Parts of one kind (the service JVMs, the Kafka nodes, PostgreSQL) as one step of the shutdown
 * sequence: started, then supervised once they all serve, and stopped together.
 */
public final class SupervisedGroup implements AutoCloseable {

  private final RestartPolicy policy;
  private final PrintStream out;
  private final CompletableFuture<Void> systemStopping;
  private final List<Supervisor.Running> unsupervised = new ArrayList<>();
  private final List<Supervisor> supervisors = new ArrayList<>();
  private boolean closed;

  public SupervisedGroup(
      RestartPolicy policy, PrintStream out, CompletableFuture<Void> systemStopping) {
    this.policy = policy;
    this.out = out;
    this.systemStopping = systemStopping;
  }

  /** Starts a part; it is stopped with the group even before it is supervised. */
  public <T extends Supervisor.Running> T start(Supplier<T> start) {
    T running = start.get();
    synchronized (this) {
      if (!closed) {
        unsupervised.add(running);
        return running;
      }
    }
    running.stop();
    throw new ShutdownSequence.StoppingException();
  }

  /** From now on {@code running} is restarted by {@code part} whenever it dies. */
  public synchronized void supervise(
      String name, Supervisor.Part part, Supervisor.Running running) {
    if (closed) {
      throw new ShutdownSequence.StoppingException();
    }
    unsupervised.remove(running);
    supervisors.add(Supervisor.watch(name, part, running, policy, out, systemStopping));
  }

  @Override
  public void close() {
    List<Runnable> stops = new ArrayList<>();
    synchronized (this) {
      closed = true;
      supervisors.forEach(s -> stops.add(s::close));
      unsupervised.forEach(r -> stops.add(r::stop));
    }
    CompletableFuture.allOf(
            stops.stream()
                .map(stop -> CompletableFuture.runAsync(stop, r -> new Thread(r).start()))
                .toArray(CompletableFuture[]::new))
        .join();
  }
}
