package org.disputeregistry.query.statistics;

/** A statistics request that cannot be answered as asked (400, naming the parameter). */
public class StatisticsRequestException extends RuntimeException {

  private final String parameter;

  public StatisticsRequestException(String parameter, String message) {
    super(message);
    this.parameter = parameter;
  }

  public String parameter() {
    return parameter;
  }
}
