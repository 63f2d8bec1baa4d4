package org.disputeregistry.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.disputeregistry.events.ReferenceData;

/** The district's streets and communities, for spreading cases over them. */
final class Places {

  record Place(String street, String community) {}

  private final List<Place> all = new ArrayList<>();

  Places(ReferenceData data) {
    for (ReferenceData.Street street : data.streets()) {
      for (ReferenceData.Label community : street.communities()) {
        all.add(new Place(street.code(), community.code()));
      }
    }
  }

  Place pick(Random random) {
    return all.get(random.nextInt(all.size()));
  }

  List<Place> all() {
    return all;
  }
}
