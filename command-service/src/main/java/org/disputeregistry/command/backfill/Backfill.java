package org.disputeregistry.command.backfill;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.disputeregistry.command.lifecycle.Caller;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Loads historical cases from NDJSON, one whole case per line ({@link LineParser}), through the
 * same aggregates and rules as the API: the lines are read without trusting the input ({@link
 * BoundedLines}), gathered into batches that load in parallel ({@link BatchPool}), each batch in
 * one transaction and each line whole or not at all ({@link BatchLoader}), and counted as they are
 * done ({@link RunningTotals}). A re-run of the same file appends nothing: cases and steps carry
 * their ids.
 */
@Component
class Backfill {

  private static final long ONE_SECOND = TimeUnit.SECONDS.toNanos(1);

  private final BatchLoader loader;
  private final int threads;
  private final int batchSize;
  private final int maxLineLength;
  private final long maxLines;

  Backfill(
      BatchLoader loader,
      @Value("${registry.backfill.threads:4}") int threads,
      @Value("${registry.backfill.batch-size:50}") int batchSize,
      @Value("${registry.backfill.max-line-length:1048576}") int maxLineLength,
      @Value("${registry.backfill.max-lines:1000000}") long maxLines) {
    this.loader = loader;
    this.threads = threads;
    this.batchSize = batchSize;
    this.maxLineLength = maxLineLength;
    this.maxLines = maxLines;
  }

  /**
   * Loads every line of {@code input} as {@code caller}; returns once all lines are done. A line
   * longer than {@code registry.backfill.max-line-length} characters, or more lines than {@code
   * registry.backfill.max-lines}, ends the run: the lines before it are loaded, then {@link
   * BoundedLines.InputTooLarge} says where it stopped and what was loaded.
   */
  public BackfillReport run(Reader input, Caller caller, Progress.Listener listener) {
    long started = System.nanoTime();
    RunningTotals totals = new RunningTotals(listener);
    BoundedLines in = new BoundedLines(input, maxLineLength, maxLines);
    BoundedLines.InputTooLarge tooLarge = null;
    try (BatchPool pool = new BatchPool(threads)) {
      List<Line> batch = new ArrayList<>(batchSize);
      long told = started;
      try {
        for (String text = in.next(); text != null; text = in.next()) {
          if (!text.isBlank()) {
            batch.add(new Line(in.lineNumber(), text));
          }
          if (batch.size() == batchSize) {
            submit(pool, batch, caller, totals);
            batch = new ArrayList<>(batchSize);
          }
          if (System.nanoTime() - told > ONE_SECOND) {
            told = System.nanoTime();
            totals.tell(since(started));
          }
        }
      } catch (BoundedLines.InputTooLarge e) {
        tooLarge = e;
      }
      submit(pool, batch, caller, totals);
      pool.awaitAll(() -> totals.tell(since(started)));
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot read the back-fill input after line " + in.lineNumber(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Back-fill interrupted after line " + in.lineNumber(), e);
    }
    Duration elapsed = since(started);
    totals.tell(elapsed);
    BackfillReport report = totals.report(elapsed);
    if (tooLarge != null) {
      throw tooLarge.withLoaded(report);
    }
    return report;
  }

  private void submit(BatchPool pool, List<Line> batch, Caller caller, RunningTotals totals)
      throws InterruptedException {
    if (!batch.isEmpty()) {
      pool.submit(() -> totals.add(loader.load(batch, caller)));
    }
  }

  private static Duration since(long started) {
    return Duration.ofNanos(System.nanoTime() - started);
  }
}
