package org.disputeregistry.query.reconsideration;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.disputeregistry.events.CaseEvent;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.reconsideration.AdministrativeActKind;
import org.disputeregistry.events.reconsideration.ApplicantKind;
import org.disputeregistry.events.reconsideration.ApplicationChannel;
import org.disputeregistry.events.reconsideration.DecisionOutcome;
import org.disputeregistry.events.reconsideration.Procedure;
import org.disputeregistry.events.reconsideration.ReconsiderationAcceptedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationApplicationDismissedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationApplicationReceivedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationDecidedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationDeemedAbandonedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationMediationAgreementEffectiveEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationNotAcceptedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationRedirectedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationResumedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationSuspendedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationTerminatedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationTimeLimitExtendedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationWithdrawnEvent;
import org.disputeregistry.events.reconsideration.WithdrawalReason;

/**
 * Random but valid reconsideration case histories (seeded, so reproducible), and the facts the
 * test's own computation of the statistics needs, kept beside the events.
 */
final class ReconsiderationHistories {

  static final String[][] PLACES = {
    {"GUANGMING", "BIYAN"}, {"GONGMING", "SHANGCUN"}, {"XINHU", "LOUCUN"},
    {"FENGHUANG", "TANGJIA"}, {"YUTANG", "CHANGZHEN"}, {"MATIAN", "JIANGSHI"}
  };

  /** What the test knows of a case without asking the system. */
  record Facts(
      String street,
      LocalDate receivedOn,
      LocalDate acceptedOn,
      LocalDate notAcceptedOn,
      LocalDate redirectedOn,
      LocalDate closedOn,
      String ending,
      LocalDate dueOn,
      LocalDate abandonedOn) {

    /** The day the case ended in any way (the case list's closedOn), or null while open. */
    LocalDate endedOn() {
      for (LocalDate day : new LocalDate[] {closedOn, notAcceptedOn, redirectedOn, abandonedOn}) {
        if (day != null) {
          return day;
        }
      }
      return null;
    }
  }

  record History(CaseId caseId, List<CaseEvent> events, Facts facts) {}

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
    String[] place = PLACES[random.nextInt(PLACES.length)];
    List<CaseEvent> events = new ArrayList<>();
    events.add(
        new ReconsiderationApplicationReceivedEvent(
            id,
            "R-" + receivedOn.getYear() + "-" + n,
            receivedOn,
            ApplicationChannel.values()[random.nextInt(ApplicationChannel.values().length)],
            place[0],
            place[1],
            "URBAN_MANAGEMENT",
            "agency-" + random.nextInt(4),
            List.of(ApplicantKind.PERSON),
            AdministrativeActKind.PENALTY,
            receivedOn.plusDays(5)));
    LocalDate day = receivedOn.plusDays(random.nextInt(6));
    int fate = random.nextInt(20);
    if (fate == 0 || day.isAfter(last)) {
      return new History(id, events, facts(place, receivedOn, null, null, null, null, null, null));
    }
    if (fate == 1) {
      events.add(new ReconsiderationNotAcceptedEvent(id, step(random), day, "out of scope"));
      return new History(id, events, facts(place, receivedOn, null, day, null, null, null, null));
    }
    if (fate == 2) {
      events.add(new ReconsiderationRedirectedEvent(id, step(random), day, "court"));
      return new History(id, events, facts(place, receivedOn, null, null, day, null, null, null));
    }
    if (fate == 3) {
      events.add(new ReconsiderationDeemedAbandonedEvent(id, step(random), day.plusDays(12)));
      return new History(
          id,
          events,
          new Facts(place[0], receivedOn, null, null, null, null, null, null, day.plusDays(12)));
    }
    LocalDate acceptedOn = day;
    Procedure procedure = random.nextInt(3) == 0 ? Procedure.SIMPLIFIED : Procedure.ORDINARY;
    LocalDate due = acceptedOn.plusDays(procedure == Procedure.SIMPLIFIED ? 30 : 60);
    events.add(
        new ReconsiderationAcceptedEvent(
            id, step(random), acceptedOn, procedure, false, due, null));
    day = acceptedOn;
    if (random.nextInt(5) == 0) {
      LocalDate suspended = day.plusDays(1 + random.nextInt(20));
      int paused = 1 + random.nextInt(40);
      LocalDate resumed = suspended.plusDays(paused);
      events.add(new ReconsiderationSuspendedEvent(id, step(random), suspended, "pending"));
      if (resumed.isAfter(last)) {
        return new History(
            id, events, facts(place, receivedOn, acceptedOn, null, null, null, null, due));
      }
      due = due.plusDays(paused);
      events.add(new ReconsiderationResumedEvent(id, step(random), resumed, due));
      day = resumed;
    }
    if (procedure == Procedure.ORDINARY && random.nextInt(4) == 0) {
      day = day.plusDays(random.nextInt(10));
      due = due.plusDays(30);
      events.add(
          new ReconsiderationTimeLimitExtendedEvent(
              id, step(random), day, 30, due, "director.zhao", "案情复杂"));
    }
    LocalDate closedOn = day.plusDays(random.nextInt(100));
    if (closedOn.isAfter(last) || random.nextInt(10) == 0) {
      return new History(
          id, events, facts(place, receivedOn, acceptedOn, null, null, null, null, due));
    }
    String ending;
    int kind = random.nextInt(10);
    if (kind < 3) {
      events.add(new ReconsiderationMediationAgreementEffectiveEvent(id, step(random), closedOn));
      ending = "MEDIATION_AGREEMENT";
    } else if (kind < 5) {
      WithdrawalReason reason = WithdrawalReason.values()[random.nextInt(3)];
      events.add(new ReconsiderationWithdrawnEvent(id, step(random), closedOn, reason));
      ending =
          switch (reason) {
            case SETTLEMENT -> "WITHDRAWN_SETTLEMENT";
            case RESPONDENT_CORRECTED_ACT -> "WITHDRAWN_CORRECTED";
            case VOLUNTARY -> "WITHDRAWN_VOLUNTARY";
          };
    } else if (kind == 5) {
      events.add(new ReconsiderationTerminatedEvent(id, step(random), closedOn, "death"));
      ending = "TERMINATED";
    } else if (kind == 6) {
      events.add(new ReconsiderationApplicationDismissedEvent(id, step(random), closedOn, "late"));
      ending = "APPLICATION_DISMISSED";
    } else {
      DecisionOutcome outcome =
          DecisionOutcome.values()[random.nextInt(DecisionOutcome.values().length)];
      events.add(new ReconsiderationDecidedEvent(id, step(random), closedOn, outcome));
      ending = "DECISION_" + outcome.name();
    }
    return new History(
        id, events, facts(place, receivedOn, acceptedOn, null, null, closedOn, ending, due));
  }

  private static Facts facts(
      String[] place,
      LocalDate receivedOn,
      LocalDate acceptedOn,
      LocalDate notAcceptedOn,
      LocalDate redirectedOn,
      LocalDate closedOn,
      String ending,
      LocalDate dueOn) {
    return new Facts(
        place[0],
        receivedOn,
        acceptedOn,
        notAcceptedOn,
        redirectedOn,
        closedOn,
        ending,
        dueOn,
        null);
  }

  private static UUID step(Random random) {
    return new UUID(seedBits(random), random.nextLong());
  }

  private static long seedBits(Random random) {
    return (random.nextLong() & 0xffffffffffff0fffL) | 0x4000L;
  }

  private ReconsiderationHistories() {}
}
