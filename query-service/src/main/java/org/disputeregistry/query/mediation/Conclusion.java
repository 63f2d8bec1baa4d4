package org.disputeregistry.query.mediation;

/** How an accepted commercial mediation ended, with its labels for reports. */
public enum Conclusion {
  AGREEMENT("达成调解协议", "Agreement signed"),
  NO_AGREEMENT("调解不成", "Ended without agreement"),
  WITHDRAWN("撤回", "Withdrawn");

  private final String zh;
  private final String en;

  Conclusion(String zh, String en) {
    this.zh = zh;
    this.en = en;
  }

  String zh() {
    return zh;
  }

  String en() {
    return en;
  }
}
