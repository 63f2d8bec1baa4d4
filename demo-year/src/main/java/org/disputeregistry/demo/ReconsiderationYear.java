package org.disputeregistry.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.disputeregistry.demo.YearPlan.Ending;
import org.disputeregistry.events.reconsideration.Procedure;
import org.disputeregistry.statutory.law.ReconsiderationLaw;

/**
 * Reconsideration cases of a demo year. The endings of the cases closed in the year are fixed by
 * its {@link YearPlan} so that the projections give the report's figures: in 2023, 69 closed by
 * mediation (41 agreements + 28 withdrawals after settlement) of 135 closed, 51.11%; the others
 * spread over the decision types and terminations. Some of the closed cases were received the year
 * before (24 in 2023); in the last year, some received late are still open at its end (29 in 2023);
 * some were not accepted, redirected or abandoned. Every case follows the law in force on its
 * receipt date (the ordinary procedure only) and the statutory calendar.
 */
final class ReconsiderationYear {

  static final int CLOSED_IN_2023 = 135;
  static final int MEDIATED_IN_2023 = 69;

  private static final String[] AGENCIES = {
    "光明区城市管理和综合执法局",
    "深圳市公安局光明分局",
    "深圳市市场监督管理局光明监管局",
    "深圳市规划和自然资源局光明管理局",
    "光明区住房和建设局",
    "光明区人力资源局",
    "光明区交通运输局",
    "深圳市生态环境局光明管理局",
    "光明区卫生健康局"
  };
  private static final String[] CATEGORIES = {
    "URBAN_MANAGEMENT",
    "PUBLIC_SECURITY",
    "MARKET_REGULATION",
    "LAND_AND_PLANNING",
    "HOUSING_AND_CONSTRUCTION",
    "HUMAN_RESOURCES",
    "TRANSPORT",
    "ECOLOGY_AND_ENVIRONMENT",
    "HEALTH"
  };
  private static final String[] ACTS = {
    "PENALTY",
    "PENALTY",
    "PENALTY",
    "INFORMATION_DISCLOSURE",
    "ENFORCEMENT",
    "FAILURE_TO_ACT",
    "COMPULSORY_MEASURE",
    "WORK_INJURY_DETERMINATION",
    "REGISTRATION"
  };
  private static final String[] CHANNELS = {
    "ON_SITE", "MAIL", "ONLINE", "ONLINE", "ORAL", "FORWARDED"
  };

  private final YearPlan plan;
  private final Random random;
  private final DemoCalendar calendar;
  private final Places places;
  private int number;

  ReconsiderationYear(YearPlan plan, Random random, DemoCalendar calendar, Places places) {
    this.plan = plan;
    this.random = random;
    this.calendar = calendar;
    this.places = places;
    this.number = plan.numberFrom();
  }

  void write(Consumer<String> out) {
    List<Ending> endings = new ArrayList<>();
    plan.closed().forEach(e -> endings.addAll(Collections.nCopies(e.count(), e)));
    Collections.shuffle(endings, random);
    for (int i = 0; i < endings.size(); i++) {
      Ending ending = endings.get(i);
      boolean carriedOver = i < plan.carriedOver();
      LocalDate receivedOn =
          carriedOver
              ? LocalDate.of(plan.year() - 1, 10 + random.nextInt(3), 1 + random.nextInt(28))
              : calendar.workingDayIn(random, 1, 10);
      out.accept(closedCase(receivedOn, ending, carriedOver).json());
    }
    for (int i = 0; i < plan.openAtEnd(); i++) {
      LocalDate receivedOn = calendar.workingDayIn(random, 11, 12);
      CaseLine line = received(receivedOn);
      accept(line, receivedOn, false);
      out.accept(line.json());
    }
    for (int i = 0; i < plan.notAccepted(); i++) {
      LocalDate receivedOn = calendar.workingDay(random);
      out.accept(
          received(receivedOn)
              .step(
                  "non-acceptance",
                  "decidedOn",
                  plan.withinYear(receivedOn.plusDays(1 + random.nextInt(4))),
                  "reason",
                  "不属于行政复议范围")
              .json());
    }
    for (int i = 0; i < plan.redirected(); i++) {
      LocalDate receivedOn = calendar.workingDay(random);
      out.accept(
          received(receivedOn)
              .step(
                  "redirection",
                  "redirectedOn",
                  plan.withinYear(receivedOn.plusDays(1 + random.nextInt(4))),
                  "competentAuthority",
                  "深圳市人民政府行政复议办公室")
              .json());
    }
    for (int i = 0; i < plan.abandoned(); i++) {
      LocalDate receivedOn = calendar.workingDayIn(random, 1, 11);
      LocalDate requested = receivedOn.plusDays(2);
      LocalDate lastDay = ReconsiderationLaw.inForceOn(receivedOn).correction().dueOn(requested);
      out.accept(
          received(receivedOn)
              .step("correction-request", "requestedOn", requested, "missingItems", "申请人身份证明")
              .step("abandonment", "abandonedOn", lastDay.plusDays(1 + random.nextInt(5)))
              .json());
    }
  }

  private CaseLine closedCase(LocalDate receivedOn, Ending ending, boolean carriedOver) {
    CaseLine line = received(receivedOn);
    // The law in force for applications received in 2020 to 2023 has no simplified procedure
    // (行政复议法 2023, Art. 53, governs those received from 2024): every case here is ORDINARY.
    // A quarter are quick, decided within about 30 days, without hearing or extension.
    ReconsiderationLaw law = ReconsiderationLaw.inForceOn(receivedOn);
    boolean quick = random.nextInt(4) == 0;
    boolean simplified = quick && law.provides(Procedure.SIMPLIFIED);
    LocalDate acceptedOn = accept(line, receivedOn, simplified);
    int limit = quick ? 30 : law.decision(Procedure.ORDINARY).days();
    LocalDate day = acceptedOn;
    if (!quick && random.nextInt(5) == 0) {
      day = day.plusDays(5 + random.nextInt(10));
      line.step("review-activity", "activity", "HEARING_HELD", "heldOn", day);
    }
    if (!quick && random.nextInt(8) == 0) {
      day = day.plusDays(10 + random.nextInt(20));
      line.step(
          "extension",
          "extendedOn",
          day,
          "days",
          30,
          "approvedBy",
          "director.zhao",
          "reason",
          "案情复杂，需要进一步调查");
      limit += 30;
    }
    // Cases received the year before close early in the year; the others before it is out.
    LocalDate earliest = carriedOver ? LocalDate.of(plan.year(), 1, 3) : day.plusDays(7);
    LocalDate closedOn =
        DemoCalendar.onOrAfter(
            max(earliest, acceptedOn.plusDays(10 + random.nextInt(Math.max(1, limit - 12)))));
    LocalDate lastClosing = LocalDate.of(plan.year(), 12, 29);
    if (closedOn.isAfter(lastClosing)) {
      closedOn = lastClosing;
    }
    if (ending.field() == null) {
      String dateField =
          switch (ending.step()) {
            case "mediation-agreement" -> "effectiveOn";
            case "termination" -> "terminatedOn";
            default -> "dismissedOn";
          };
      String[] extra =
          switch (ending.step()) {
            case "termination" -> new String[] {"ground", "申请人死亡且无近亲属参加复议"};
            case "dismissal" -> new String[] {"reason", "受理后发现不符合受理条件"};
            default -> new String[0];
          };
      Object[] fields = new Object[2 + extra.length];
      fields[0] = dateField;
      fields[1] = closedOn;
      System.arraycopy(extra, 0, fields, 2, extra.length);
      return line.step(ending.step(), fields);
    }
    String dateField = ending.step().equals("withdrawal") ? "approvedOn" : "decidedOn";
    return line.step(ending.step(), dateField, closedOn, ending.field(), ending.value());
  }

  private CaseLine received(LocalDate receivedOn) {
    number++;
    int kind = random.nextInt(CATEGORIES.length);
    Places.Place place = places.pick(random);
    return CaseLine.open(
        "reconsiderations",
        DemoYear.caseId(plan, "reconsideration/" + number),
        "caseNumber",
        "光明复〔" + receivedOn.getYear() + "〕" + number + "号",
        "receivedOn",
        receivedOn,
        "channel",
        CHANNELS[random.nextInt(CHANNELS.length)],
        "street",
        place.street(),
        "community",
        place.community(),
        "category",
        CATEGORIES[kind],
        "respondentAgency",
        AGENCIES[kind],
        "applicants",
        List.of(random.nextInt(4) == 0 ? "ENTERPRISE" : "PERSON"),
        "actKind",
        ACTS[random.nextInt(ACTS.length)]);
  }

  private LocalDate accept(CaseLine line, LocalDate receivedOn, boolean simplified) {
    LocalDate acceptedOn = receivedOn.plusDays(1 + random.nextInt(4));
    line.step(
        "acceptance",
        "acceptedOn",
        acceptedOn,
        "procedure",
        simplified ? "SIMPLIFIED" : "ORDINARY");
    return acceptedOn;
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }
}
