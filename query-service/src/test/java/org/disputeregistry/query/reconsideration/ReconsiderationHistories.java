package org.disputeregistry.query.reconsideration;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
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

  /**
   * Respondent agencies as officers type them, with the code and level the test expects of the
   * directory: canonical names, aliases, spacing variants, and texts it does not know.
   */
  static final String[][] AGENCIES = {
    {"光明区城市管理和综合执法局", "GM_URBAN_MANAGEMENT", "DISTRICT"},
    {"光明区城管局", "GM_URBAN_MANAGEMENT", "DISTRICT"},
    {" 光明区　城管局", "GM_URBAN_MANAGEMENT", "DISTRICT"},
    {"深圳市公安局光明分局", "SZ_PUBLIC_SECURITY_GM", "MUNICIPAL"},
    {"光明公安分局", "SZ_PUBLIC_SECURITY_GM", "MUNICIPAL"},
    {"公明街道办", "GM_GONGMING_STREET_OFFICE", "TOWNSHIP"},
    {"agency-3", "UNMAPPED", "UNMAPPED"},
    {"光明区某某管理所", "UNMAPPED", "UNMAPPED"}
  };

  /**
   * What the application said, as the statistics count it: applicants' kinds each once, {@code
   * UNKNOWN} for an event of the first revision-1 shape without applicants and act.
   */
  record Filed(String respondent, String respondentLevel, String actKind, Set<String> applicants) {}

  /** What the test knows of a case without asking the system. */
  record Facts(
      Filed filed,
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
    String[] agency = AGENCIES[random.nextInt(AGENCIES.length)];
    boolean old = random.nextInt(8) == 0;
    List<ApplicantKind> applicants = old ? null : applicants(random);
    AdministrativeActKind act =
        old
            ? null
            : AdministrativeActKind.values()[random.nextInt(AdministrativeActKind.values().length)];
    Filed filed =
        new Filed(
            agency[1],
            agency[2],
            old ? "UNKNOWN" : act.name(),
            old
                ? Set.of("UNKNOWN")
                : applicants.stream().map(Enum::name).collect(Collectors.toSet()));
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
            agency[0],
            applicants,
            act,
            old ? null : receivedOn.plusDays(5)));
    LocalDate day = receivedOn.plusDays(random.nextInt(6));
    int fate = random.nextInt(20);
    if (fate == 0 || day.isAfter(last)) {
      return new History(
          id, events, facts(filed, place, receivedOn, null, null, null, null, null, null));
    }
    if (fate == 1) {
      events.add(new ReconsiderationNotAcceptedEvent(id, step(random), day, "out of scope"));
      return new History(
          id, events, facts(filed, place, receivedOn, null, day, null, null, null, null));
    }
    if (fate == 2) {
      events.add(new ReconsiderationRedirectedEvent(id, step(random), day, "court"));
      return new History(
          id, events, facts(filed, place, receivedOn, null, null, day, null, null, null));
    }
    if (fate == 3) {
      events.add(new ReconsiderationDeemedAbandonedEvent(id, step(random), day.plusDays(12)));
      return new History(
          id,
          events,
          new Facts(
              filed, place[0], receivedOn, null, null, null, null, null, null, day.plusDays(12)));
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
            id, events, facts(filed, place, receivedOn, acceptedOn, null, null, null, null, due));
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
          id, events, facts(filed, place, receivedOn, acceptedOn, null, null, null, null, due));
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
        id, events, facts(filed, place, receivedOn, acceptedOn, null, null, closedOn, ending, due));
  }

  /** One to three applicants, the same kind possibly twice. */
  private static List<ApplicantKind> applicants(Random random) {
    List<ApplicantKind> applicants = new ArrayList<>();
    int count = 1 + random.nextInt(3);
    for (int i = 0; i < count; i++) {
      applicants.add(ApplicantKind.values()[random.nextInt(ApplicantKind.values().length)]);
    }
    return applicants;
  }

  private static Facts facts(
      Filed filed,
      String[] place,
      LocalDate receivedOn,
      LocalDate acceptedOn,
      LocalDate notAcceptedOn,
      LocalDate redirectedOn,
      LocalDate closedOn,
      String ending,
      LocalDate dueOn) {
    return new Facts(
        filed,
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
