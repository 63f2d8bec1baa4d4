package org.disputeregistry.query.petition;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.disputeregistry.events.CaseEvent;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.petition.LegalChannel;
import org.disputeregistry.events.petition.PetitionAcceptedEvent;
import org.disputeregistry.events.petition.PetitionAssignedEvent;
import org.disputeregistry.events.petition.PetitionChannel;
import org.disputeregistry.events.petition.PetitionNotAcceptedEvent;
import org.disputeregistry.events.petition.PetitionNotResolvedEvent;
import org.disputeregistry.events.petition.PetitionReReviewDecidedEvent;
import org.disputeregistry.events.petition.PetitionReReviewRequestedEvent;
import org.disputeregistry.events.petition.PetitionRedirectedEvent;
import org.disputeregistry.events.petition.PetitionRegisteredEvent;
import org.disputeregistry.events.petition.PetitionRepliedEvent;
import org.disputeregistry.events.petition.PetitionReplyExtendedEvent;
import org.disputeregistry.events.petition.PetitionResolvedEvent;
import org.disputeregistry.events.petition.PetitionReviewDecidedEvent;
import org.disputeregistry.events.petition.PetitionReviewRequestedEvent;
import org.disputeregistry.events.petition.PetitionSatisfactionRatedEvent;
import org.disputeregistry.events.petition.ReviewOutcome;
import org.disputeregistry.events.petition.Satisfaction;
import org.disputeregistry.events.servicecontact.ServiceContact;
import org.disputeregistry.events.servicecontact.ServiceContactDayOpenedEvent;
import org.disputeregistry.events.servicecontact.ServiceContactKind;
import org.disputeregistry.events.servicecontact.ServiceContactsLoggedEvent;
import org.disputeregistry.events.servicecontact.ServiceContactsVoidedEvent;

/**
 * Random but valid petition histories and service-contact days (seeded, so reproducible), and the
 * facts the test's own computation of the statistics needs, kept beside the events.
 */
final class PetitionHistories {

  static final String[][] PLACES = {
    {"GUANGMING", "BIYAN"}, {"GONGMING", "SHANGCUN"}, {"XINHU", "LOUCUN"},
    {"FENGHUANG", "TANGJIA"}, {"YUTANG", "CHANGZHEN"}, {"MATIAN", "JIANGSHI"}
  };
  static final String[] CATEGORIES = {
    "HUMAN_RESOURCES", "URBAN_MANAGEMENT", "HOUSING_AND_CONSTRUCTION"
  };

  /** Departments as officers name them, and the code the test expects of the directory. */
  static final String[][] DEPARTMENTS = {
    {"光明区住房和建设局", "HOUSING_AND_CONSTRUCTION"},
    {"区住建局", "HOUSING_AND_CONSTRUCTION"},
    {"光明区教育局", "EDUCATION"},
    {"各街道", "STREET_OFFICES"},
    {"dept", "UNMAPPED"}
  };

  /** What the test knows of a petition without asking the system. */
  static final class Facts {
    String caseNumber;
    String department = "NOT_ASSIGNED";
    String street;
    String community;
    String category;
    String channel;
    int persons;
    LocalDate registeredOn;
    LocalDate acceptanceDueOn;
    LocalDate acceptedOn;
    LocalDate notAcceptedOn;
    LocalDate redirectedOn;
    LocalDate replyDueOn;
    LocalDate repliedOn;
    String resolution;
    LocalDate resolutionOn;
    String satisfaction;
    LocalDate ratedOn;
    LocalDate reviewRequestedOn;
    LocalDate reviewDueOn;
    LocalDate reviewDecidedOn;
    LocalDate reReviewRequestedOn;
    LocalDate reReviewDueOn;
    LocalDate reReviewDecidedOn;
  }

  record History(List<CaseEvent> events, Facts facts) {}

  /** A site's day: where, when, and the persons of its batches that were not voided. */
  record ServiceDay(
      List<CaseEvent> events, String street, String community, LocalDate servedOn, long persons) {}

  static List<History> generate(long seed, int cases, LocalDate first, LocalDate last) {
    Random random = new Random(seed);
    List<History> histories = new ArrayList<>();
    int days = (int) (last.toEpochDay() - first.toEpochDay());
    for (int i = 0; i < cases; i++) {
      histories.add(history(random, i, first.plusDays(random.nextInt(days + 1)), last));
    }
    return histories;
  }

  private static History history(Random random, int n, LocalDate registeredOn, LocalDate last) {
    CaseId id = new CaseId(new UUID(seedBits(random), n));
    String[] place = PLACES[random.nextInt(PLACES.length)];
    Facts f = new Facts();
    f.caseNumber = "P-" + registeredOn.getYear() + "-" + n;
    f.street = place[0];
    f.community = place[1];
    f.category = CATEGORIES[random.nextInt(CATEGORIES.length)];
    f.channel = pick(random, PetitionChannel.values()).name();
    f.persons = 1 + random.nextInt(6);
    f.registeredOn = registeredOn;
    f.acceptanceDueOn = registeredOn.plusDays(15);
    List<CaseEvent> events = new ArrayList<>();
    History history = new History(events, f);
    events.add(
        new PetitionRegisteredEvent(
            id,
            f.caseNumber,
            registeredOn,
            PetitionChannel.valueOf(f.channel),
            f.persons,
            f.persons >= 5,
            random.nextInt(5) == 0,
            place[0],
            place[1],
            f.category,
            f.acceptanceDueOn));
    // Some are decided after the 15 days.
    LocalDate day = registeredOn.plusDays(random.nextInt(19));
    int fate = random.nextInt(20);
    if (fate == 0 || day.isAfter(last)) {
      return history;
    }
    if (fate == 1) {
      events.add(new PetitionNotAcceptedEvent(id, step(random), day, "not a petition"));
      f.notAcceptedOn = day;
      return history;
    }
    if (fate == 2) {
      events.add(
          new PetitionRedirectedEvent(id, step(random), day, pick(random, LegalChannel.values())));
      f.redirectedOn = day;
      return history;
    }
    f.acceptedOn = day;
    f.replyDueOn = day.plusDays(60);
    events.add(new PetitionAcceptedEvent(id, step(random), day, f.replyDueOn));
    if (random.nextInt(10) < 7) {
      day = day.plusDays(random.nextInt(5));
      if (day.isAfter(last)) {
        return history;
      }
      String[] department = DEPARTMENTS[random.nextInt(DEPARTMENTS.length)];
      f.department = department[1];
      events.add(new PetitionAssignedEvent(id, step(random), day, department[0], day.plusDays(30)));
    }
    if (random.nextInt(5) == 0) {
      day = day.plusDays(random.nextInt(40));
      if (day.isAfter(last)) {
        return history;
      }
      int extension = 1 + random.nextInt(30);
      f.replyDueOn = f.replyDueOn.plusDays(extension);
      events.add(
          new PetitionReplyExtendedEvent(
              id, step(random), day, extension, f.replyDueOn, "director.zhao", "需要协调"));
    }
    LocalDate replyOn = f.acceptedOn.plusDays(10 + random.nextInt(80));
    day = replyOn.isBefore(day) ? day : replyOn;
    if (day.isAfter(last) || random.nextInt(10) == 0) {
      return history;
    }
    f.repliedOn = day;
    events.add(new PetitionRepliedEvent(id, step(random), day, day.plusDays(30)));
    int resolution = random.nextInt(20);
    if (resolution < 18) {
      day = day.plusDays(random.nextInt(6));
      if (day.isAfter(last)) {
        return history;
      }
      f.resolution = resolution < 16 ? "RESOLVED" : "NOT_RESOLVED";
      f.resolutionOn = day;
      events.add(
          resolution < 16
              ? new PetitionResolvedEvent(id, step(random), day)
              : new PetitionNotResolvedEvent(id, step(random), day, "beyond reach"));
    }
    if (random.nextInt(10) < 7) {
      day = day.plusDays(random.nextInt(4));
      if (day.isAfter(last)) {
        return history;
      }
      Satisfaction satisfaction = pick(random, Satisfaction.values());
      f.satisfaction = satisfaction.name();
      f.ratedOn = day;
      events.add(new PetitionSatisfactionRatedEvent(id, step(random), day, satisfaction));
    }
    if (random.nextInt(5) > 0) {
      return history;
    }
    // Within the 30 days after the reply that a review may be asked for.
    day = f.repliedOn.plusDays(10 + random.nextInt(21));
    if (day.isAfter(last)) {
      return history;
    }
    f.reviewRequestedOn = day;
    f.reviewDueOn = day.plusDays(30);
    events.add(new PetitionReviewRequestedEvent(id, step(random), day, f.reviewDueOn));
    day = day.plusDays(5 + random.nextInt(40));
    if (day.isAfter(last) || random.nextInt(8) == 0) {
      return history;
    }
    f.reviewDecidedOn = day;
    events.add(
        new PetitionReviewDecidedEvent(
            id, step(random), day, pick(random, ReviewOutcome.values()), day.plusDays(30)));
    if (random.nextInt(3) > 0) {
      return history;
    }
    day = day.plusDays(1 + random.nextInt(30));
    if (day.isAfter(last)) {
      return history;
    }
    f.reReviewRequestedOn = day;
    f.reReviewDueOn = day.plusDays(30);
    events.add(new PetitionReReviewRequestedEvent(id, step(random), day, f.reReviewDueOn));
    day = day.plusDays(5 + random.nextInt(40));
    if (day.isAfter(last) || random.nextInt(8) == 0) {
      return history;
    }
    f.reReviewDecidedOn = day;
    events.add(
        new PetitionReReviewDecidedEvent(
            id, step(random), day, pick(random, ReviewOutcome.values())));
    return history;
  }

  /** Site days, each with a few batches of contacts, some voided. */
  static List<ServiceDay> serviceDays(long seed, int days, LocalDate first, LocalDate last) {
    Random random = new Random(seed);
    List<ServiceDay> serviceDays = new ArrayList<>();
    int span = (int) (last.toEpochDay() - first.toEpochDay());
    for (int n = 0; n < days; n++) {
      CaseId id = new CaseId(new UUID(seedBits(random), 100_000 + n));
      String[] place = PLACES[random.nextInt(PLACES.length)];
      LocalDate servedOn = first.plusDays(random.nextInt(span + 1));
      List<CaseEvent> events = new ArrayList<>();
      events.add(
          new ServiceContactDayOpenedEvent(
              id, "hall-" + place[0] + "-" + n, place[0], place[1], servedOn));
      long persons = 0;
      for (int b = 1 + random.nextInt(3); b > 0; b--) {
        List<ServiceContact> contacts = new ArrayList<>();
        for (int c = 1 + random.nextInt(5); c > 0; c--) {
          contacts.add(
              new ServiceContact(
                  pick(random, ServiceContactKind.values()),
                  1 + random.nextInt(4),
                  random.nextBoolean() ? null : CATEGORIES[0]));
        }
        int batch = contacts.stream().mapToInt(ServiceContact::persons).sum();
        UUID stepId = step(random);
        events.add(new ServiceContactsLoggedEvent(id, stepId, servedOn, contacts, batch));
        if (random.nextInt(10) == 0) {
          events.add(
              new ServiceContactsVoidedEvent(
                  id, step(random), servedOn, stepId, batch, "logged twice"));
        } else {
          persons += batch;
        }
      }
      serviceDays.add(new ServiceDay(events, place[0], place[1], servedOn, persons));
    }
    return serviceDays;
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

  private PetitionHistories() {}
}
