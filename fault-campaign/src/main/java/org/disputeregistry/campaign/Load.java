package org.disputeregistry.campaign;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Case workers' load (the district petition office's officer, who may record petitions of every
 * street): each client thread opens petitions and takes each through its lifecycle (acceptance,
 * assignment, reply, resolution), retrying a request that got no answer with the same ids until it
 * is answered (the API makes that harmless), as a careful client does.
 */
final class Load {

  private static final String DAY = "2025-06-02";
  private static final String NEXT_DAY = "2025-06-03";
  private static final Duration RETRY_PAUSE = Duration.ofMillis(250);

  private final String petitions;
  private final AccessTokens tokens;
  private final Ledger ledger;
  private final int run;
  private final List<Thread> clients = new ArrayList<>();
  private volatile Instant giveUpAt = Instant.MAX;
  private volatile boolean stopping;

  Load(Ports ports, AccessTokens tokens, Ledger ledger, int run) {
    this.petitions = ports.commandUrl() + "/api/petitions";
    this.tokens = tokens;
    this.ledger = ledger;
    this.run = run;
  }

  void start(int clientCount) {
    for (int i = 0; i < clientCount; i++) {
      Thread client = new Thread(this::openAndCloseCases, "client-" + run + "-" + i);
      client.setDaemon(true);
      clients.add(client);
      client.start();
    }
  }

  /** No new requests; one still unanswered is retried until {@code drain} has passed. */
  void stop(Duration drain) {
    giveUpAt = Instant.now().plus(drain);
    stopping = true;
    for (Thread client : clients) {
      try {
        client.join(drain.plusSeconds(15).toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private void openAndCloseCases() {
    while (!stopping) {
      UUID caseId = UUID.randomUUID();
      boolean going =
          send(
              new Step(caseId, null, "registration"),
              petitions,
              """
              {"caseId":"%s","caseNumber":"FC-%s","registeredOn":"%s","channel":"HOTLINE",\
              "persons":1,"group":false,"repeat":false,"street":"MATIAN","community":"JIANGSHI",\
              "category":"HUMAN_RESOURCES"}"""
                  .formatted(caseId, caseId, DAY));
      going = going && step(caseId, "acceptance", "\"acceptedOn\":\"" + DAY + "\"");
      going =
          going
              && step(
                  caseId,
                  "assignment",
                  "\"assignedOn\":\"%s\",\"department\":\"光明区住房和建设局\",\"dueOn\":\"2025-06-20\""
                      .formatted(DAY));
      going = going && step(caseId, "reply", "\"repliedOn\":\"" + NEXT_DAY + "\"");
      if (going) {
        step(caseId, "resolution", "\"resolvedOn\":\"" + NEXT_DAY + "\"");
      }
    }
  }

  private boolean step(UUID caseId, String name, String fields) {
    if (stopping) {
      return false;
    }
    UUID stepId = UUID.randomUUID();
    return send(
        new Step(caseId, stepId, name),
        petitions + "/" + caseId + "/" + name,
        "{\"stepId\":\"" + stepId + "\"," + fields + "}");
  }

  /** True once acknowledged; false if refused or given up (then it is unknown). */
  private boolean send(Step step, String url, String body) {
    while (true) {
      Instant sent = Instant.now();
      Optional<HttpResponse<String>> response =
          Http.postJson(tokens.bearer(AccessTokens.PETITION_OFFICER), url, body);
      int status = response.map(HttpResponse::statusCode).orElse(0);
      if (status >= 200 && status < 300) {
        ledger.acknowledged(step, run, sent, Instant.now());
        return true;
      }
      if (status >= 400 && status < 500 && status != 408 && status != 429) {
        ledger.refused(step, status, response.get().body());
        return false;
      }
      if (stopping && Instant.now().isAfter(giveUpAt)) {
        ledger.unknown(step);
        return false;
      }
      try {
        Thread.sleep(RETRY_PAUSE.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        ledger.unknown(step);
        return false;
      }
    }
  }
}
