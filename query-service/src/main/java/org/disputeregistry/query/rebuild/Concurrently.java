package org.disputeregistry.query.rebuild;

import java.util.List;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Runs pieces of a rebuild's work on a few threads at once, and fails as soon as one fails. */
final class Concurrently {

  private Concurrently() {}

  /**
   * Runs the work on up to {@code threads} threads (each piece once) and returns when all of it is
   * done. When a piece fails, the pieces not started are dropped, the running ones interrupted, and
   * its failure thrown once they have stopped: a statement in flight does not end on an interrupt,
   * and nothing of this run may still be writing the shadow tables when the caller goes on.
   */
  static void run(int threads, String name, List<Runnable> work) {
    if (work.isEmpty()) {
      return;
    }
    ExecutorService pool =
        Executors.newFixedThreadPool(
            Math.min(threads, work.size()),
            runnable -> {
              Thread thread = new Thread(runnable, name);
              thread.setDaemon(true);
              return thread;
            });
    CompletionService<Void> done = new ExecutorCompletionService<>(pool);
    List<Future<Void>> runs = work.stream().map(piece -> done.submit(piece, null)).toList();
    try {
      for (int i = 0; i < runs.size(); i++) {
        try {
          done.take().get();
        } catch (ExecutionException e) {
          runs.forEach(run -> run.cancel(true));
          throw e.getCause() instanceof RuntimeException failure
              ? failure
              : new IllegalStateException(e.getCause());
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      runs.forEach(run -> run.cancel(true));
      throw new IllegalStateException("Interrupted while rebuilding", e);
    } finally {
      pool.shutdownNow();
      awaitStopped(pool);
    }
  }

  private static void awaitStopped(ExecutorService pool) {
    try {
      while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
        // A long statement (an index over millions of rows) is still running: wait for it.
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
