package org.disputeregistry.command.backfill;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.disputeregistry.command.lifecycle.Caller;
import org.disputeregistry.command.lifecycle.CaseCommands;
import org.disputeregistry.command.lifecycle.OpenRequest;
import org.disputeregistry.command.lifecycle.Receipt;
import org.disputeregistry.command.lifecycle.Recorded;
import org.disputeregistry.command.lifecycle.StepRequest;
import org.disputeregistry.command.rules.RuleViolation;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.web.BoundedCollections;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Loads historical cases from NDJSON, one whole case per line, through the same aggregates and
 * rules as the API. A line is loaded whole or, on any refusal, not at all: lines are loaded in
 * batches of one transaction each, and a batch with a refused line is loaded again line by line. A
 * batch of new cases is first recorded in memory ({@link InMemoryCases}: the same handlers, without
 * the command bus); one that names a stored case, or breaks a rule, goes through the command bus as
 * before. Batches run in parallel (their lines are different cases), and a re-run of the same file
 * appends nothing: cases and steps carry their ids.
 *
 * <p>A line: {@code {"type":"reconsiderations","open":{...body of POST
 * /api/reconsiderations...},"steps":[{"step":"acceptance",...body of POST
 * .../{caseId}/acceptance...}, ...]}}. A step's {@code stepId} may be left out: it is then derived
 * from the case id and the step's position, so a re-run finds the same step.
 */
@Component
public class Backfill {

  /** How many rejected lines a report keeps in detail (all are counted by code). */
  public static final int KEPT_REJECTIONS = 1000;

  private static final Logger log = LoggerFactory.getLogger(Backfill.class);

  private final ApiRoutes routes;
  private final InMemoryCases cases;
  private final CaseCommands commands;
  private final TransactionManager transactions;
  private final ObjectMapper json;
  private final Validator validator;
  private final int threads;
  private final int batchSize;
  private final int maxLineLength;
  private final long maxLines;

  Backfill(
      ApiRoutes routes,
      InMemoryCases cases,
      CaseCommands commands,
      TransactionManager transactions,
      ObjectMapper json,
      Validator validator,
      @Value("${registry.backfill.threads:4}") int threads,
      @Value("${registry.backfill.batch-size:50}") int batchSize,
      @Value("${registry.backfill.max-line-length:1048576}") int maxLineLength,
      @Value("${registry.backfill.max-lines:1000000}") long maxLines) {
    this.routes = routes;
    this.cases = cases;
    this.commands = commands;
    this.transactions = transactions;
    this.json = json;
    this.validator = validator;
    this.threads = threads;
    this.batchSize = batchSize;
    this.maxLineLength = maxLineLength;
    this.maxLines = maxLines;
  }

  /** Receives the running totals now and then, and the rejected lines as they happen. */
  public interface Progress {

    void update(long lines, long events, long rejected, Duration elapsed);

    default void rejected(Rejection rejection, String line) {}
  }

  /**
   * Loads every line of {@code input} as {@code actor}; returns once all lines are done. A line
   * longer than {@code registry.backfill.max-line-length} characters, or more lines than {@code
   * registry.backfill.max-lines}, ends the run: the lines before it are loaded, then {@link
   * BoundedLines.InputTooLarge} says where it stopped and what was loaded.
   */
  public BackfillReport run(Reader input, String actor, Progress progress) {
    long started = System.nanoTime();
    Totals totals = new Totals();
    ExecutorService workers = Executors.newFixedThreadPool(threads);
    Semaphore inFlight = new Semaphore(threads * 2);
    BoundedLines in = new BoundedLines(input, maxLineLength, maxLines);
    long lastUpdate = started;
    List<Line> batch = new ArrayList<>();
    BoundedLines.InputTooLarge tooLarge = null;
    try {
      try {
        for (String text = in.next(); text != null; text = in.next()) {
          if (!text.isBlank()) {
            batch.add(new Line(in.lineNumber(), text));
          }
          if (batch.size() == batchSize) {
            submit(batch, actor, workers, inFlight, totals, progress);
            batch = new ArrayList<>();
          }
          if (System.nanoTime() - lastUpdate > TimeUnit.SECONDS.toNanos(1)) {
            lastUpdate = System.nanoTime();
            totals.update(progress, Duration.ofNanos(lastUpdate - started));
          }
        }
      } catch (BoundedLines.InputTooLarge e) {
        tooLarge = e;
      }
      submit(batch, actor, workers, inFlight, totals, progress);
      workers.shutdown();
      while (!workers.awaitTermination(1, TimeUnit.SECONDS)) {
        totals.update(progress, Duration.ofNanos(System.nanoTime() - started));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot read the back-fill input after line " + in.lineNumber(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Back-fill interrupted after line " + in.lineNumber(), e);
    } finally {
      workers.shutdownNow();
    }
    Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
    totals.update(progress, elapsed);
    if (tooLarge != null) {
      throw tooLarge.withLoaded(totals.report(elapsed));
    }
    return totals.report(elapsed);
  }

  /** A line of the file and its number. */
  private record Line(long number, String text) {}

  /** What became of one line. */
  private record Outcome(long events, boolean allAlreadyThere, Rejection rejection) {}

  private void submit(
      List<Line> batch,
      String actor,
      ExecutorService workers,
      Semaphore inFlight,
      Totals totals,
      Progress progress)
      throws InterruptedException {
    if (batch.isEmpty()) {
      return;
    }
    inFlight.acquire();
    workers.execute(
        () -> {
          try {
            loadBatch(batch, actor, totals, progress);
          } finally {
            inFlight.release();
          }
        });
  }

  /**
   * Loads a batch of lines in one transaction (commits are what a back-fill waits for). If any line
   * of it is refused, the whole batch is rolled back and its lines are loaded again one transaction
   * each, so that only the refused lines stay out.
   */
  private void loadBatch(List<Line> batch, String actor, Totals totals, Progress progress) {
    List<Parsed> parsed = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (Line line : batch) {
      try {
        parsed.add(parse(line.number(), line.text()));
        texts.add(line.text());
      } catch (Refused refused) {
        totals.add(new Outcome(0, false, refused.rejection), line.text(), progress);
      }
    }
    if (!parsed.isEmpty()) {
      ResultMessage<List<Long>> inMemory = inTransaction(() -> cases.record(parsed, actor));
      if (!inMemory.isExceptional()) {
        addAll(parsed, texts, inMemory.getPayload(), totals, progress);
        return;
      }
      expectRefusal(inMemory.exceptionResult());
    }
    if (parsed.size() > 1) {
      ResultMessage<List<Long>> together =
          inTransaction(
              () -> {
                List<Long> events = new ArrayList<>();
                for (Parsed line : parsed) {
                  events.add(dispatch(line, actor, new String[1]));
                }
                return events;
              });
      if (!together.isExceptional()) {
        addAll(parsed, texts, together.getPayload(), totals, progress);
        return;
      }
    }
    for (int i = 0; i < parsed.size(); i++) {
      totals.add(load(parsed.get(i), actor), texts.get(i), progress);
    }
  }

  private static void addAll(
      List<Parsed> parsed,
      List<String> texts,
      List<Long> events,
      Totals totals,
      Progress progress) {
    for (int i = 0; i < parsed.size(); i++) {
      totals.add(new Outcome(events.get(i), events.get(i) == 0, null), texts.get(i), progress);
    }
  }

  /**
   * A batch the in-memory path refused goes through the command bus; a failure other than a case
   * already stored or a broken rule would there be reported as an internal error, so is logged.
   */
  private static void expectRefusal(Throwable failure) {
    if (!(failure instanceof InMemoryCases.StoredCase
        || failure instanceof RuleViolation
        || failure instanceof ConcurrencyException
        || failure instanceof AggregateStreamCreationException)) {
      log.warn(
          "In-memory back-fill of a batch failed; loading it through the command bus", failure);
    }
  }

  private Outcome load(Parsed line, String actor) {
    String[] at = {"open"};
    ResultMessage<Long> result = inTransaction(() -> dispatch(line, actor, at));
    if (!result.isExceptional()) {
      long events = result.getPayload();
      return new Outcome(events, events == 0, null);
    }
    return new Outcome(
        0, false, rejection(line.number, line.caseId, at[0], result.exceptionResult()));
  }

  /** Sends a line's commands; {@code at[0]} tells where it got to. Returns the events appended. */
  private long dispatch(Parsed line, String actor, String[] at) {
    Caller caller = Caller.of(actor);
    at[0] = "open";
    long recorded = count(commands.send(line.open, caller));
    for (int i = 0; i < line.steps.size(); i++) {
      at[0] = line.stepNames.get(i);
      recorded += count(commands.send(line.steps.get(i), caller));
    }
    return recorded;
  }

  /** One unit of work in one database transaction: the commands sent inside join it. */
  private <T> ResultMessage<T> inTransaction(java.util.concurrent.Callable<T> work) {
    UnitOfWork<?> unit = DefaultUnitOfWork.startAndGet(null);
    unit.attachTransaction(transactions);
    return unit.executeWithResult(work);
  }

  private static long count(Recorded recorded) {
    return recorded.outcome() == Receipt.RECORDED ? 1 : 0;
  }

  private Rejection rejection(long number, String caseId, String step, Throwable failure) {
    if (failure instanceof RuleViolation violation) {
      return new Rejection(
          number, caseId, step, violation.code().name(), violation.field(), violation.getMessage());
    }
    if (failure instanceof IncompatibleAggregateException) {
      return new Rejection(
          number,
          caseId,
          step,
          "CASE_ID_TAKEN",
          "caseId",
          "The case id belongs to a case of another type");
    }
    if (failure instanceof ConcurrencyException
        || failure instanceof AggregateStreamCreationException) {
      return new Rejection(
          number,
          caseId,
          step,
          "CONCURRENT_MODIFICATION",
          null,
          "Another writer changed this case at the same moment; run the line again");
    }
    log.error("Back-fill line {} failed unexpectedly", number, failure);
    return new Rejection(
        number, caseId, step, "INTERNAL_ERROR", null, "Unexpected failure: " + failure);
  }

  /** A line read into the commands it stands for. */
  record Parsed(
      long number, String caseId, Object open, List<Object> steps, List<String> stepNames) {}

  static final class Refused extends Exception {
    private final transient Rejection rejection;

    Refused(Rejection rejection) {
      super(rejection.message(), null, false, false);
      this.rejection = rejection;
    }
  }

  Parsed parse(long number, String line) throws Refused {
    JsonNode root;
    try {
      root = json.readTree(line);
    } catch (JsonProcessingException e) {
      throw refused(
          number, null, null, "MALFORMED_JSON", null, "Not valid JSON: " + e.getOriginalMessage());
    }
    if (!root.isObject()) {
      throw refused(number, null, null, "MALFORMED_JSON", null, "A line is a JSON object");
    }
    for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!Set.of("type", "open", "steps").contains(name)) {
        throw refused(
            number, null, null, "UNKNOWN_FIELD", name, name + " is not a field of a line");
      }
    }
    String type = root.path("type").asText("");
    ApiRoutes.Collection collection =
        routes
            .collection(type)
            .orElseThrow(
                () ->
                    refused(
                        number,
                        null,
                        null,
                        "UNKNOWN_CASE_TYPE",
                        "type",
                        "type must be one of " + new java.util.TreeSet<>(routes.names())));
    OpenRequest open = read(number, null, "open", root.get("open"), collection.open());
    String caseId = open.caseId().toString();
    JsonNode stepNodes = root.path("steps");
    if (!stepNodes.isMissingNode() && !stepNodes.isArray()) {
      throw refused(number, caseId, null, "WRONG_TYPE", "steps", "steps must be an array");
    }
    List<Object> steps = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (int i = 0; i < stepNodes.size(); i++) {
      JsonNode node = stepNodes.get(i);
      String at = "steps[" + i + "]";
      if (!node.isObject()) {
        throw refused(number, caseId, at, "WRONG_TYPE", at, "a step is a JSON object");
      }
      String name = node.path("step").asText("");
      Class<? extends StepRequest> stepType = collection.steps().get(name);
      if (stepType == null) {
        throw refused(
            number,
            caseId,
            at,
            "UNKNOWN_STEP_NAME",
            at + ".step",
            "step must be one of " + new java.util.TreeSet<>(collection.steps().keySet()));
      }
      ObjectNode body = ((ObjectNode) node).deepCopy();
      body.remove("step");
      if (!body.hasNonNull("stepId")) {
        body.put("stepId", derivedStepId(caseId, i).toString());
      }
      at = at + " (" + name + ")";
      steps.add(read(number, caseId, at, body, stepType).toCommand(new CaseId(open.caseId())));
      names.add(at);
    }
    return new Parsed(number, caseId, open.toCommand(), steps, names);
  }

  /** Stable across re-runs of the same file: the case id and the step's position. */
  static UUID derivedStepId(String caseId, int index) {
    return UUID.nameUUIDFromBytes((caseId + "#" + index).getBytes(StandardCharsets.UTF_8));
  }

  private <T> T read(long number, String caseId, String at, JsonNode node, Class<T> type)
      throws Refused {
    if (node == null || !node.isObject()) {
      throw refused(number, caseId, at, "MISSING_FIELD", at, at + " must be a JSON object");
    }
    T request;
    try {
      request = json.treeToValue(node, type);
    } catch (BoundedCollections.TooManyElements e) {
      throw refused(number, caseId, at, "WRONG_LENGTH", e.field(), e.describe());
    } catch (UnrecognizedPropertyException e) {
      throw refused(number, caseId, at, "UNKNOWN_FIELD", path(e), path(e) + " is not a field here");
    } catch (MismatchedInputException e) {
      throw refused(number, caseId, at, "WRONG_TYPE", path(e), path(e) + " has the wrong type");
    } catch (JsonProcessingException e) {
      throw refused(number, caseId, at, "INVALID_VALUE", null, e.getOriginalMessage());
    }
    Set<ConstraintViolation<T>> violations = validator.validate(request);
    if (!violations.isEmpty()) {
      ConstraintViolation<T> first =
          violations.stream()
              .min(Comparator.comparing(v -> v.getPropertyPath().toString()))
              .orElseThrow();
      String field = first.getPropertyPath().toString();
      throw refused(
          number, caseId, at, constraintCode(first), field, field + " " + first.getMessage());
    }
    return request;
  }

  private static String path(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.isEmpty() ? "$" : path.toString();
  }

  private static String constraintCode(ConstraintViolation<?> violation) {
    return switch (violation
        .getConstraintDescriptor()
        .getAnnotation()
        .annotationType()
        .getSimpleName()) {
      case "NotNull", "NotBlank", "NotEmpty" -> "MISSING_FIELD";
      case "Size" -> "WRONG_LENGTH";
      case "Pattern" -> "INVALID_CHARACTERS";
      case "Min", "Max", "DecimalMin", "DecimalMax", "Digits" -> "OUT_OF_RANGE";
      default -> "INVALID_VALUE";
    };
  }

  private static Refused refused(
      long number, String caseId, String at, String code, String field, String message) {
    return new Refused(new Rejection(number, caseId, at, code, field, message));
  }

  /** Running totals, shared by the workers. */
  private static final class Totals {
    final LongAdder lines = new LongAdder();
    final LongAdder recorded = new LongAdder();
    final LongAdder already = new LongAdder();
    final LongAdder events = new LongAdder();
    final LongAdder rejected = new LongAdder();
    final ConcurrentLinkedQueue<Rejection> kept = new ConcurrentLinkedQueue<>();
    final Map<String, LongAdder> byCode = new ConcurrentHashMap<>();

    void add(Outcome outcome, String line, Progress progress) {
      lines.increment();
      events.add(outcome.events());
      if (outcome.rejection() == null) {
        (outcome.allAlreadyThere() ? already : recorded).increment();
        return;
      }
      rejected.increment();
      byCode.computeIfAbsent(outcome.rejection().code(), c -> new LongAdder()).increment();
      if (kept.size() < KEPT_REJECTIONS) {
        kept.add(outcome.rejection());
      }
      progress.rejected(outcome.rejection(), line);
    }

    void update(Progress progress, Duration elapsed) {
      progress.update(lines.sum(), events.sum(), rejected.sum(), elapsed);
    }

    BackfillReport report(Duration elapsed) {
      Map<String, Long> counts = new TreeMap<>();
      byCode.forEach((code, n) -> counts.put(code, n.sum()));
      List<Rejection> sorted =
          kept.stream().sorted(Comparator.comparingLong(Rejection::line)).toList();
      return new BackfillReport(
          lines.sum(),
          recorded.sum(),
          already.sum(),
          events.sum(),
          rejected.sum(),
          sorted,
          counts,
          elapsed);
    }
  }
}
