package org.disputeregistry.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Service contacts at the platform's halls (one per street) and stations (one per community) on
 * every working day of the year, logged as a day's batch per site. The persons add up to exactly
 * {@link Scale#personTimes()}: 1,130,000 person-times at full scale.
 */
final class ServiceContactYear {

  private static final String[] KINDS = {
    "CONSULTATION",
    "CONSULTATION",
    "CONSULTATION",
    "LEGAL_SERVICE",
    "LEGAL_SERVICE",
    "PSYCHOLOGICAL_SERVICE",
    "VISIT_RECEPTION",
    "MEDIATION",
    "OTHER"
  };

  private final Random random;
  private final DemoCalendar calendar;
  private final Places places;
  private final Scale scale;

  ServiceContactYear(Random random, DemoCalendar calendar, Places places, Scale scale) {
    this.random = random;
    this.calendar = calendar;
    this.places = places;
    this.scale = scale;
  }

  private record Site(String code, String street, String community, int weight) {}

  void write(Consumer<String> out) {
    List<Site> sites = sites();
    List<LocalDate> days = calendar.workingDays();
    int totalWeight = sites.stream().mapToInt(Site::weight).sum();
    long slots = (long) days.size() * totalWeight;
    long given = 0;
    long slot = 0;
    for (LocalDate day : days) {
      for (Site site : sites) {
        slot += site.weight();
        // Persons up to this slot, so that rounding never drifts from the exact total.
        long target = scale.personTimes() * slot / slots;
        int persons = (int) (target - given);
        given = target;
        if (persons > 0) {
          out.accept(day(site, day, persons).json());
        }
      }
    }
  }

  private CaseLine day(Site site, LocalDate day, int persons) {
    List<Object> contacts = new ArrayList<>();
    int left = persons;
    while (left > 0) {
      int together = Math.min(left, random.nextInt(10) == 0 ? 2 + random.nextInt(4) : 1);
      left -= together;
      // An ordered map: Map.of would order the keys differently from one JVM to the next.
      Map<String, Object> contact = new LinkedHashMap<>();
      contact.put("kind", KINDS[random.nextInt(KINDS.length)]);
      contact.put("persons", together);
      contacts.add(contact);
    }
    return CaseLine.open(
            "service-contacts",
            UUID.nameUUIDFromBytes(("demo/service-day/" + site.code() + "/" + day).getBytes()),
            "site",
            site.code(),
            "street",
            site.street(),
            "community",
            site.community(),
            "servedOn",
            day)
        .step("contacts", "contacts", contacts);
  }

  /** A hall per street (busier) and a station per community. */
  private List<Site> sites() {
    List<Site> sites = new ArrayList<>();
    List<String> streets = new ArrayList<>();
    for (Places.Place place : places.all()) {
      if (!streets.contains(place.street())) {
        streets.add(place.street());
        sites.add(new Site(place.street() + "_HALL", place.street(), place.community(), 6));
      }
      sites.add(new Site(place.community() + "_STATION", place.street(), place.community(), 1));
    }
    return sites;
  }
}
