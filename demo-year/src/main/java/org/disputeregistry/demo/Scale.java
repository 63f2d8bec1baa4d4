package org.disputeregistry.demo;

/**
 * How much of the petition platform's year to generate. {@link #FULL} is the district's year (about
 * 92,000 petitions accepted, 99.60% resolved, 1.13 million person-times); tests take a reduced
 * volume with the same rates.
 *
 * @param petitionsAccepted petitions accepted in 2023
 * @param petitionsResolved of those, resolved by the as-of date
 * @param personTimes persons of all service contacts in 2023
 */
public record Scale(int petitionsAccepted, int petitionsResolved, int personTimes) {

  public static final Scale FULL = new Scale(92_000, 91_632, 1_130_000);

  /** Small enough for an integration test; the resolution rate is still 99.60%. */
  public static final Scale TEST = new Scale(2_500, 2_490, 11_300);

  public Scale {
    if (petitionsResolved > petitionsAccepted || petitionsAccepted <= 0 || personTimes <= 0) {
      throw new IllegalArgumentException("Implausible scale " + this);
    }
  }

  public static Scale of(String name) {
    return switch (name) {
      case "full" -> FULL;
      case "test" -> TEST;
      default -> throw new IllegalArgumentException("Scale is full or test, not " + name);
    };
  }
}
