package org.disputeregistry.command.backfill;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The threads that load a back-fill's batches in parallel (their lines are different cases). At
 * most two batches per thread wait or run at once: reading the file never runs far ahead of loading
 * it, so a large file is never held in memory.
 */
final class BatchPool implements AutoCloseable {

  private final ExecutorService workers;
  private final Semaphore inFlight;

  BatchPool(int threads) {
    this.workers = Executors.newFixedThreadPool(threads);
    this.inFlight = new Semaphore(threads * 2);
  }

  /** Runs the task on a loading thread, first waiting while the pool is full. */
  void submit(Runnable task) throws InterruptedException {
    inFlight.acquire();
    try {
      workers.execute(
          () -> {
            try {
              task.run();
            } finally {
              inFlight.release();
            }
          });
    } catch (RejectedExecutionException e) {
      inFlight.release();
      throw e;
    }
  }

  /** Waits until every task submitted has run, calling {@code everySecond} meanwhile. */
  void awaitAll(Runnable everySecond) throws InterruptedException {
    workers.shutdown();
    while (!workers.awaitTermination(1, TimeUnit.SECONDS)) {
      everySecond.run();
    }
  }

  /** Stops the threads, the tasks still waiting unrun (after {@link #awaitAll}: none). */
  @Override
  public void close() {
    workers.shutdownNow();
  }
}
