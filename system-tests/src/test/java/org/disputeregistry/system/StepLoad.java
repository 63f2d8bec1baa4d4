package org.disputeregistry.system;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.disputeregistry.testsupport.ServiceProcess;

/**
 * Case workers at work: each thread opens reconsideration cases and records their steps over HTTP,
 * with ids of its own choosing, retrying what was not answered (a 5xx, a broken connection) with
 * the same ids and body, as a careful client does. Every request answered 2xx is an acknowledged
 * event.
 */
final class StepLoad {

  /** An answered 2xx: the case, the step (null for the case's opening) and the case's version. */
  record Ack(UUID caseId, UUID stepId, long version, Instant sentAt, Instant answeredAt) {}

  private static final int REVIEW_ACTIVITIES = 3;

  private final ServiceProcess command;
  private final AtomicInteger caseNumbers = new AtomicInteger();
  private final Queue<Ack> acks = new ConcurrentLinkedQueue<>();
  private final Set<UUID> attempted = ConcurrentHashMap.newKeySet();
  private final Queue<String> refusals = new ConcurrentLinkedQueue<>();
  private final Queue<String> faults = new ConcurrentLinkedQueue<>();
  private final AtomicInteger unanswered = new AtomicInteger();
  private final List<Thread> workers = new ArrayList<>();
  private volatile boolean running = true;

  private StepLoad(ServiceProcess command) {
    this.command = command;
  }

  static StepLoad start(ServiceProcess command, int threads) {
    StepLoad load = new StepLoad(command);
    for (int i = 0; i < threads; i++) {
      Thread worker = new Thread(load::work, "case-worker-" + i);
      worker.setDaemon(true);
      load.workers.add(worker);
      worker.start();
    }
    return load;
  }

  void stop() throws InterruptedException {
    running = false;
    for (Thread worker : workers) {
      worker.join();
    }
  }

  List<Ack> acks() {
    return List.copyOf(acks);
  }

  /** Every case and step id sent at least once, answered or not. */
  Set<UUID> attempted() {
    return Set.copyOf(attempted);
  }

  /** 4xx answers: none are expected, every request is valid. */
  List<String> refusals() {
    return List.copyOf(refusals);
  }

  /** 5xx answers other than 503: a database outage may only ever be "try again". */
  List<String> faults() {
    return List.copyOf(faults);
  }

  int unanswered() {
    return unanswered.get();
  }

  Optional<Ack> firstSentAfter(Instant instant) {
    return acks.stream()
        .filter(a -> a.sentAt().isAfter(instant))
        .min((a, b) -> a.answeredAt().compareTo(b.answeredAt()));
  }

  long acknowledgedAfter(Instant instant) {
    return acks.stream().filter(a -> a.sentAt().isAfter(instant)).count();
  }

  private void work() {
    while (running) {
      UUID caseId = UUID.randomUUID();
      String path = "/api/reconsiderations";
      String application =
          """
          {"caseId":"%s","caseNumber":"光明复〔2024〕%d号","receivedOn":"2024-03-14",
           "channel":"ONLINE","street":"GUANGMING","community":"BIYAN",
           "category":"URBAN_MANAGEMENT","respondentAgency":"光明区城市管理和综合执法局",
           "applicants":["PERSON"],"actKind":"PENALTY"}"""
              .formatted(caseId, caseNumbers.incrementAndGet());
      if (!deliver(path, application, caseId, null)) {
        continue;
      }
      UUID acceptance = UUID.randomUUID();
      if (!deliver(
          path + "/" + caseId + "/acceptance",
          """
          {"stepId":"%s","acceptedOn":"2024-03-16","procedure":"ORDINARY"}"""
              .formatted(acceptance),
          caseId,
          acceptance)) {
        continue;
      }
      for (int i = 0; i < REVIEW_ACTIVITIES; i++) {
        UUID activity = UUID.randomUUID();
        if (!deliver(
            path + "/" + caseId + "/review-activity",
            """
            {"stepId":"%s","activity":"VIEWS_HEARD","heldOn":"2024-03-%02d"}"""
                .formatted(activity, 20 + i),
            caseId,
            activity)) {
          break;
        }
      }
    }
  }

  /** Sends until answered (true if 2xx), or until the load stops. */
  private boolean deliver(String path, String body, UUID caseId, UUID stepId) {
    attempted.add(stepId == null ? caseId : stepId);
    while (running) {
      Instant sentAt = Instant.now();
      try {
        HttpResponse<String> response = command.post(path, body);
        int status = response.statusCode();
        if (status / 100 == 2) {
          long version = JsonPath.<Number>read(response.body(), "$.version").longValue();
          acks.add(new Ack(caseId, stepId, version, sentAt, Instant.now()));
          return true;
        }
        if (status / 100 == 4) {
          refusals.add(status + " " + path + " " + response.body());
          return false;
        }
        if (status / 100 == 5 && status != 503) {
          faults.add(status + " " + path + " " + response.body());
        }
      } catch (IOException e) {
        // Not answered: the outcome is unknown, so the same request goes again.
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
      unanswered.incrementAndGet();
      pause();
    }
    return false;
  }

  private static void pause() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
