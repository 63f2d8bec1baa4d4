package org.disputeregistry.campaign;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the clients were told: every step answered 2xx (acknowledged, must never be lost), the steps
 * never answered (unknown: they may or may not have been stored) and the refused ones.
 */
final class Ledger {

  /** An acknowledged step: the request that got the 2xx was sent at {@code sentAt}. */
  record Acknowledged(Step step, int run, Instant sentAt, Instant answeredAt) {}

  private final List<Acknowledged> acknowledged = new ArrayList<>();
  private final List<Step> unknown = new ArrayList<>();
  private final List<String> refusals = new ArrayList<>();

  synchronized void acknowledged(Step step, int run, Instant sentAt, Instant answeredAt) {
    acknowledged.add(new Acknowledged(step, run, sentAt, answeredAt));
  }

  synchronized void unknown(Step step) {
    unknown.add(step);
  }

  synchronized void refused(Step step, int status, String body) {
    refusals.add(step.name() + " " + step.caseId() + " -> " + status + " " + body);
  }

  synchronized List<Acknowledged> acknowledged() {
    return List.copyOf(acknowledged);
  }

  synchronized long acknowledgedIn(int run) {
    return acknowledged.stream().filter(a -> a.run() == run).count();
  }

  synchronized int unknownCount() {
    return unknown.size();
  }

  synchronized List<String> refusals() {
    return List.copyOf(refusals);
  }

  /** When the first request sent after {@code moment} was acknowledged. */
  synchronized Optional<Instant> firstAcknowledgedSentAfter(Instant moment) {
    return acknowledged.stream()
        .filter(a -> a.sentAt().isAfter(moment))
        .map(Acknowledged::answeredAt)
        .min(Instant::compareTo);
  }
}
