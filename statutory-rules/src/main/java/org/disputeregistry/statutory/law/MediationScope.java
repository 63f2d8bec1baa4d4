package org.disputeregistry.statutory.law;

/** Which reconsideration cases the office may mediate, by the law of the case's receipt date. */
public enum MediationScope {
  /** 行政复议法 (2023) Art. 5, Art. 73: any case, within the law and the public interest. */
  EVERY_CASE("行政复议法 (2023) Art. 5, Art. 73"),
  /**
   * 行政复议法实施条例 (2007) Art. 50: acts taken in the exercise of discretion, and disputes over
   * administrative compensation or indemnity.
   */
  DISCRETION_OR_COMPENSATION("行政复议法实施条例 (2007) Art. 50");

  private final String source;

  MediationScope(String source) {
    this.source = source;
  }

  public String source() {
    return source;
  }
}
