package org.disputeregistry.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.disputeregistry.demo.YearPlan.Centre;

/**
 * Commercial mediation at the district's three centres: applications from parties, courts and
 * agencies; most accepted; a mediator appointed; sessions; then an agreement (about 70%), an end
 * without agreement, or a withdrawal; some agreements go to court for judicial confirmation and are
 * performed.
 */
final class MediationYear {

  private static final String[] SOURCES = {
    "PARTY", "PARTY", "COURT_ENTRUSTED", "COURT_ASSIGNED", "AGENCY"
  };
  private static final String[] TYPES = {
    "TRADE", "TRADE", "FINANCE", "CONSTRUCTION", "REAL_ESTATE", "CORPORATE", "LOGISTICS", "OTHER"
  };

  private final YearPlan plan;
  private final Random random;
  private final DemoCalendar calendar;
  private final Places places;

  MediationYear(YearPlan plan, Random random, DemoCalendar calendar, Places places) {
    this.plan = plan;
    this.random = random;
    this.calendar = calendar;
    this.places = places;
  }

  void write(Consumer<String> out) {
    for (Centre centre : plan.centres()) {
      for (int n = 1; n <= centre.cases(); n++) {
        out.accept(mediation(centre, n).json());
      }
    }
  }

  private CaseLine mediation(Centre centre, int n) {
    LocalDate receivedOn = calendar.workingDayIn(random, 1, plan.lastMediationMonth());
    Places.Place place = places.pick(random);
    String disputeType =
        centre.code().equals("INTELLECTUAL_PROPERTY")
            ? "INTELLECTUAL_PROPERTY"
            : TYPES[random.nextInt(TYPES.length)];
    BigDecimal inDispute =
        BigDecimal.valueOf(20_000 + (long) (Math.pow(random.nextDouble(), 3) * 8_000_000), 0)
            .add(BigDecimal.valueOf(random.nextInt(100), 2));
    CaseLine line =
        CaseLine.open(
            "commercial-mediations",
            DemoYear.caseId(plan, "mediation/" + centre.code() + "/" + n),
            "caseNumber",
            String.format("光商调〔%d〕%s%03d号", plan.year(), centre.prefix(), n),
            "receivedOn",
            receivedOn,
            "centre",
            centre.code(),
            "source",
            SOURCES[random.nextInt(SOURCES.length)],
            "parties",
            random.nextInt(12) == 0
                ? List.of("DOMESTIC", "HONG_KONG_MACAO_TAIWAN")
                : List.of("DOMESTIC", "DOMESTIC"),
            "disputeType",
            disputeType,
            "amountInDispute",
            CaseLine.cny(inDispute),
            "street",
            place.street(),
            "community",
            place.community());
    LocalDate day = receivedOn.plusDays(1 + random.nextInt(5));
    if (random.nextInt(100) < 4) {
      return line.step("non-acceptance", "decidedOn", day, "reason", "不属于商事纠纷");
    }
    line.step("acceptance", "acceptedOn", day);
    String mediator = centre.prefix() + "-调解员" + (1 + random.nextInt(8));
    day = day.plusDays(random.nextInt(3));
    line.step("mediator-appointment", "appointedOn", day, "mediator", mediator);
    int sessions = 1 + random.nextInt(3);
    for (int s = 0; s < sessions; s++) {
      day = day.plusDays(3 + random.nextInt(10));
      line.step("session", "heldOn", day, "mode", random.nextBoolean() ? "IN_PERSON" : "ONLINE");
    }
    int outcome = random.nextInt(100);
    if (outcome < 5) {
      return line.step("withdrawal", "withdrawnOn", day.plusDays(2), "reason", "双方自行和解");
    }
    if (outcome < 30) {
      return line.step("ending-without-agreement", "endedOn", day.plusDays(2), "reason", "双方分歧较大");
    }
    BigDecimal agreed =
        inDispute
            .multiply(BigDecimal.valueOf(60 + random.nextInt(41)))
            .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
    LocalDate signedOn = day.plusDays(1 + random.nextInt(5));
    line.step("agreement", "signedOn", signedOn, "amountAgreed", CaseLine.cny(agreed));
    LocalDate lastStep = signedOn;
    if (random.nextInt(100) < 30) {
      LocalDate appliedOn = signedOn.plusDays(3 + random.nextInt(20));
      lastStep = appliedOn.plusDays(10 + random.nextInt(15));
      line.step("judicial-confirmation-application", "appliedOn", appliedOn, "court", "深圳市光明区人民法院")
          .step(
              "judicial-confirmation-ruling",
              "ruledOn",
              lastStep,
              "ruling",
              random.nextInt(40) == 0 ? "INVALID" : "VALID");
    }
    if (random.nextInt(100) < 80) {
      boolean fully = random.nextInt(10) < 8;
      line.step(
          "performance",
          "performedOn",
          lastStep.plusDays(15 + random.nextInt(60)),
          "performance",
          fully ? "FULLY" : "PARTLY",
          "amountPerformed",
          CaseLine.cny(
              fully ? agreed : agreed.divide(BigDecimal.valueOf(2), 2, RoundingMode.DOWN)));
    }
    return line;
  }
}
