package org.disputeregistry.query.mediation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.disputeregistry.events.CaseEvent;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.Money;
import org.disputeregistry.events.mediation.CommercialDisputeType;
import org.disputeregistry.events.mediation.CommercialMediationAcceptedEvent;
import org.disputeregistry.events.mediation.CommercialMediationAgreementPerformedEvent;
import org.disputeregistry.events.mediation.CommercialMediationAgreementSignedEvent;
import org.disputeregistry.events.mediation.CommercialMediationApplicationReceivedEvent;
import org.disputeregistry.events.mediation.CommercialMediationEndedWithoutAgreementEvent;
import org.disputeregistry.events.mediation.CommercialMediationJudicialConfirmationAppliedEvent;
import org.disputeregistry.events.mediation.CommercialMediationJudicialConfirmationRuledEvent;
import org.disputeregistry.events.mediation.CommercialMediationMediatorAppointedEvent;
import org.disputeregistry.events.mediation.CommercialMediationMediatorRecusedEvent;
import org.disputeregistry.events.mediation.CommercialMediationNotAcceptedEvent;
import org.disputeregistry.events.mediation.CommercialMediationSessionHeldEvent;
import org.disputeregistry.events.mediation.CommercialMediationWithdrawnEvent;
import org.disputeregistry.events.mediation.ConfirmationRuling;
import org.disputeregistry.events.mediation.MediationSource;
import org.disputeregistry.events.mediation.PartyOrigin;
import org.disputeregistry.events.mediation.Performance;
import org.disputeregistry.events.mediation.SessionMode;

/**
 * Random but valid commercial mediation histories (seeded, so reproducible), and the facts the
 * test's own computation of the statistics needs, kept beside the events.
 */
final class CommercialMediationHistories {

  static final String[] CENTRES = {"SCIENCE_CITY", "GONGMING_CHAMBER", "INTELLECTUAL_PROPERTY"};
  static final String[][] PLACES = {
    {"GUANGMING", "BIYAN"}, {"GONGMING", "SHANGCUN"}, {"XINHU", "LOUCUN"}, {null, null}
  };
  static final String[] CURRENCIES = {"CNY", "CNY", "CNY", "CNY", "CNY", "CNY", "HKD", "USD"};

  /** What the test knows of a case without asking the system. */
  static final class Facts {
    String centre;
    String street;
    String disputeType;
    String source;

    /** The parties' origins, each once. */
    Set<String> partyOrigins;

    LocalDate receivedOn;
    Money amountInDispute;
    LocalDate acceptedOn;
    LocalDate notAcceptedOn;
    String mediator;
    LocalDate concludedOn;
    String conclusion;
    Money amountAgreed;
    boolean confirmationApplied;
    String ruling;
    String performance;
  }

  record History(List<CaseEvent> events, Facts facts) {}

  static List<History> generate(long seed, int cases, LocalDate first, LocalDate last) {
    Random random = new Random(seed);
    List<History> histories = new ArrayList<>();
    int days = (int) (last.toEpochDay() - first.toEpochDay());
    for (int i = 0; i < cases; i++) {
      histories.add(history(random, i, first.plusDays(random.nextInt(days + 1)), last));
    }
    return histories;
  }

  private static History history(Random random, int n, LocalDate receivedOn, LocalDate last) {
    CaseId id = new CaseId(new UUID(seedBits(random), n));
    Facts f = new Facts();
    String[] place = PLACES[random.nextInt(PLACES.length)];
    f.centre = CENTRES[random.nextInt(CENTRES.length)];
    f.street = place[0];
    f.disputeType = pick(random, CommercialDisputeType.values()).name();
    f.source = pick(random, MediationSource.values()).name();
    f.receivedOn = receivedOn;
    f.amountInDispute = money(random, 1_000_000);
    List<PartyOrigin> parties =
        List.of(pick(random, PartyOrigin.values()), pick(random, PartyOrigin.values()));
    f.partyOrigins = parties.stream().map(Enum::name).collect(Collectors.toSet());
    List<CaseEvent> events = new ArrayList<>();
    History history = new History(events, f);
    events.add(
        new CommercialMediationApplicationReceivedEvent(
            id,
            "M-" + receivedOn.getYear() + "-" + n,
            receivedOn,
            f.centre,
            MediationSource.valueOf(f.source),
            parties,
            CommercialDisputeType.valueOf(f.disputeType),
            f.amountInDispute,
            place[0],
            place[1]));
    LocalDate day = receivedOn.plusDays(random.nextInt(6));
    int fate = random.nextInt(20);
    if (fate == 0 || day.isAfter(last)) {
      return history;
    }
    if (fate == 1) {
      events.add(new CommercialMediationNotAcceptedEvent(id, step(random), day, "out of scope"));
      f.notAcceptedOn = day;
      return history;
    }
    if (fate == 2) {
      return withdrawn(random, history, id, day);
    }
    events.add(new CommercialMediationAcceptedEvent(id, step(random), day));
    f.acceptedOn = day;
    if (random.nextInt(12) == 0) {
      return withdrawn(random, history, id, day.plusDays(random.nextInt(10)), last);
    }
    day = day.plusDays(random.nextInt(5));
    String mediator = mediator(random, f.centre);
    events.add(new CommercialMediationMediatorAppointedEvent(id, step(random), day, mediator));
    f.mediator = mediator;
    if (random.nextInt(6) == 0) {
      day = day.plusDays(random.nextInt(5));
      events.add(
          new CommercialMediationMediatorRecusedEvent(id, step(random), day, mediator, "conflict"));
      f.mediator = null;
      if (random.nextInt(4) == 0) {
        // No new mediator: the case can only end without agreement or be withdrawn.
        day = day.plusDays(random.nextInt(20));
        if (day.isAfter(last)) {
          return history;
        }
        events.add(
            new CommercialMediationEndedWithoutAgreementEvent(
                id, step(random), day, "no mediator", null));
        return concluded(history, day, "NO_AGREEMENT");
      }
      day = day.plusDays(random.nextInt(5));
      mediator = mediator(random, f.centre);
      events.add(new CommercialMediationMediatorAppointedEvent(id, step(random), day, mediator));
      f.mediator = mediator;
    }
    for (int s = random.nextInt(3); s > 0; s--) {
      day = day.plusDays(random.nextInt(15));
      if (day.isAfter(last)) {
        return history;
      }
      events.add(
          new CommercialMediationSessionHeldEvent(
              id, step(random), day, pick(random, SessionMode.values()), mediator));
    }
    day = day.plusDays(random.nextInt(60));
    int ending = random.nextInt(10);
    if (day.isAfter(last) || ending == 9) {
      return history;
    }
    if (ending >= 7) {
      events.add(
          new CommercialMediationEndedWithoutAgreementEvent(
              id, step(random), day, "apart", mediator));
      return concluded(history, day, "NO_AGREEMENT");
    }
    if (ending == 6) {
      return withdrawn(random, history, id, day, last);
    }
    Money agreed = money(random, f.amountInDispute.amount().intValue() + 1);
    agreed = new Money(agreed.amount(), f.amountInDispute.currency());
    events.add(
        new CommercialMediationAgreementSignedEvent(
            id, step(random), day, agreed, mediator, day.plusDays(30)));
    f.amountAgreed = agreed;
    concluded(history, day, "AGREEMENT");
    if (random.nextBoolean()) {
      day = day.plusDays(random.nextInt(20));
      if (day.isAfter(last)) {
        return history;
      }
      events.add(
          new CommercialMediationJudicialConfirmationAppliedEvent(id, step(random), day, "court"));
      f.confirmationApplied = true;
      day = day.plusDays(random.nextInt(30));
      if (random.nextInt(5) > 0 && !day.isAfter(last)) {
        ConfirmationRuling ruling =
            random.nextInt(4) > 0 ? ConfirmationRuling.VALID : ConfirmationRuling.INVALID;
        events.add(
            new CommercialMediationJudicialConfirmationRuledEvent(id, step(random), day, ruling));
        f.ruling = ruling.name();
      }
    }
    day = day.plusDays(random.nextInt(30));
    if (random.nextInt(5) < 3 && !day.isAfter(last)) {
      Performance performance = pick(random, Performance.values());
      events.add(
          new CommercialMediationAgreementPerformedEvent(
              id, step(random), day, performance, agreed));
      f.performance = performance.name();
    }
    return history;
  }

  private static History withdrawn(
      Random random, History history, CaseId id, LocalDate day, LocalDate last) {
    return day.isAfter(last) ? history : withdrawn(random, history, id, day);
  }

  private static History withdrawn(Random random, History history, CaseId id, LocalDate day) {
    history.events().add(new CommercialMediationWithdrawnEvent(id, step(random), day, "settled"));
    return concluded(history, day, "WITHDRAWN");
  }

  private static History concluded(History history, LocalDate day, String conclusion) {
    history.facts().concludedOn = day;
    history.facts().conclusion = conclusion;
    return history;
  }

  private static String mediator(Random random, String centre) {
    return centre + "-M" + random.nextInt(4);
  }

  /** Up to {@code max} with cents, sometimes in another currency. */
  private static Money money(Random random, int max) {
    return new Money(
        BigDecimal.valueOf(random.nextInt(max) * 100L + random.nextInt(100), 2),
        CURRENCIES[random.nextInt(CURRENCIES.length)]);
  }

  private static <T> T pick(Random random, T[] values) {
    return values[random.nextInt(values.length)];
  }

  private static UUID step(Random random) {
    return new UUID(seedBits(random), random.nextLong());
  }

  private static long seedBits(Random random) {
    return (random.nextLong() & 0xffffffffffff0fffL) | 0x4000L;
  }

  private CommercialMediationHistories() {}
}
