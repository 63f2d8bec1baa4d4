package org.disputeregistry.query.statistics;

/** A statistics request that cannot be answered as asked (400, naming the parameter). */
public class StatisticsRequestException extends RuntimeException {

  private final String parameter;
  private final String code;

  public StatisticsRequestException(String parameter, String message) {
    this(parameter, "INVALID_QUERY", message);
  }

  public StatisticsRequestException(String parameter, String code, String message) {
    super(message);
    this.parameter = parameter;
    this.code = code;
  }

  /** The problem's stable code: INVALID_QUERY unless a more precise one applies. */
  public String code() {
    return code;
  }

  public String parameter() {
    return parameter;
  }
}
