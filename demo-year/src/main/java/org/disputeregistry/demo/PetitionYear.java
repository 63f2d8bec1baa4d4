package org.disputeregistry.demo;

import java.time.LocalDate;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Petitions of a demo year: exactly {@link Scale#petitionsAccepted()} accepted in the year, of
 * which {@link Scale#petitionsResolved()} resolved (99.60% at full scale); the others not resolved.
 * Some petitions were not accepted or were redirected to a legal channel; most replies are rated, a
 * few are reviewed and re-reviewed.
 */
final class PetitionYear {

  private static final String[] CHANNELS = {
    "VISIT", "LETTER", "PHONE", "ONLINE", "HOTLINE", "HOTLINE"
  };
  private static final String[] CATEGORIES = {
    "URBAN_MANAGEMENT",
    "HOUSING_AND_CONSTRUCTION",
    "HUMAN_RESOURCES",
    "MARKET_REGULATION",
    "TRANSPORT",
    "ECOLOGY_AND_ENVIRONMENT",
    "LAND_AND_PLANNING",
    "EDUCATION",
    "HEALTH",
    "OTHER"
  };
  private static final String[] DEPARTMENTS = {
    "光明区城市管理和综合执法局", "光明区住房和建设局", "光明区人力资源局", "光明区教育局", "光明区卫生健康局", "各街道办事处"
  };

  private final YearPlan plan;
  private final Random random;
  private final DemoCalendar calendar;
  private final Places places;
  private final Scale scale;
  private int number;

  PetitionYear(YearPlan plan, Random random, DemoCalendar calendar, Places places, Scale scale) {
    this.plan = plan;
    this.random = random;
    this.calendar = calendar;
    this.places = places;
    this.scale = scale;
  }

  void write(Consumer<String> out) {
    for (int i = 0; i < scale.petitionsAccepted(); i++) {
      out.accept(accepted(i < scale.petitionsResolved()).json());
    }
    // About 0.5% are not accepted and 0.4% redirected to a legal channel.
    int notAccepted = scale.petitionsAccepted() / 200;
    for (int i = 0; i < notAccepted; i++) {
      LocalDate on = calendar.workingDay(random);
      out.accept(
          registered(on)
              .step(
                  "non-acceptance",
                  "decidedOn",
                  plan.withinYear(on.plusDays(2 + random.nextInt(10))),
                  "reason",
                  "不属于信访事项")
              .json());
    }
    int redirected = scale.petitionsAccepted() / 250;
    for (int i = 0; i < redirected; i++) {
      LocalDate on = calendar.workingDay(random);
      out.accept(
          registered(on)
              .step(
                  "redirection",
                  "redirectedOn",
                  plan.withinYear(on.plusDays(1 + random.nextInt(10))),
                  "legalChannel",
                  new String[] {"LITIGATION", "ARBITRATION", "RECONSIDERATION"}[random.nextInt(3)])
              .json());
    }
  }

  private CaseLine accepted(boolean resolved) {
    // Accepted in the year: registered early enough that acceptance falls in it.
    LocalDate registeredOn = calendar.workingDay(random);
    LocalDate acceptedOn = registeredOn.plusDays(random.nextInt(10));
    if (acceptedOn.getYear() > plan.year()) {
      // Not before the registration: 2021's last working days are 30 and 31 December.
      LocalDate lastAcceptance = LocalDate.of(plan.year(), 12, 29);
      acceptedOn = registeredOn.isAfter(lastAcceptance) ? registeredOn : lastAcceptance;
    }
    CaseLine line = registered(registeredOn).step("acceptance", "acceptedOn", acceptedOn);
    LocalDate assignedOn = acceptedOn.plusDays(random.nextInt(3));
    line.step(
        "assignment",
        "assignedOn",
        assignedOn,
        "department",
        DEPARTMENTS[random.nextInt(DEPARTMENTS.length)],
        "dueOn",
        acceptedOn.plusDays(45));
    LocalDate repliedOn = assignedOn.plusDays(5 + random.nextInt(40));
    line.step("reply", "repliedOn", repliedOn);
    LocalDate concludedOn = repliedOn.plusDays(random.nextInt(10));
    if (resolved) {
      line.step("resolution", "resolvedOn", concludedOn);
    } else {
      line.step("non-resolution", "concludedOn", concludedOn, "reason", "诉求超出政策规定");
    }
    if (random.nextInt(100) < 85) {
      int rating = random.nextInt(100);
      String satisfaction =
          rating < 90 ? "SATISFIED" : rating < 97 ? "BASICALLY_SATISFIED" : "DISSATISFIED";
      line.step(
          "satisfaction",
          "ratedOn",
          concludedOn.plusDays(random.nextInt(5)),
          "satisfaction",
          satisfaction);
    }
    if (random.nextInt(1000) < 3) {
      // After the rating (at most 13 days after the reply), within the 30 days the rules allow.
      LocalDate requested = repliedOn.plusDays(14 + random.nextInt(10));
      LocalDate decided = requested.plusDays(10 + random.nextInt(15));
      line.step("review-request", "requestedOn", requested)
          .step("review-decision", "decidedOn", decided, "outcome", "UPHELD");
      if (random.nextInt(100) < 15) {
        LocalDate again = decided.plusDays(5 + random.nextInt(20));
        line.step("re-review-request", "requestedOn", again)
            .step(
                "re-review-decision",
                "decidedOn",
                again.plusDays(10 + random.nextInt(15)),
                "outcome",
                "UPHELD");
      }
    }
    return line;
  }

  private CaseLine registered(LocalDate registeredOn) {
    number++;
    Places.Place place = places.pick(random);
    int persons = random.nextInt(20) == 0 ? 5 + random.nextInt(20) : 1 + random.nextInt(2);
    return CaseLine.open(
        "petitions",
        DemoYear.caseId(plan, "petition/" + number),
        "caseNumber",
        String.format("光信〔%d〕%06d号", plan.year(), number),
        "registeredOn",
        registeredOn,
        "channel",
        CHANNELS[random.nextInt(CHANNELS.length)],
        "persons",
        persons,
        "group",
        persons >= 5,
        "repeat",
        random.nextInt(25) == 0,
        "street",
        place.street(),
        "community",
        place.community(),
        "category",
        CATEGORIES[random.nextInt(CATEGORIES.length)]);
  }
}
