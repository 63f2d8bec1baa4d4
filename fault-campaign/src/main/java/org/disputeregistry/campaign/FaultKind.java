package org.disputeregistry.campaign;

/** The parts of the running system that a fault run kills with SIGKILL. */
enum FaultKind {
  COMMAND_SERVICE("command-service"),
  QUERY_SERVICE("query-service"),
  POSTGRES("PostgreSQL postmaster"),
  KAFKA_BROKER("Kafka broker"),
  LAUNCHER("launcher");

  private final String label;

  FaultKind(String label) {
    this.label = label;
  }

  String label() {
    return label;
  }
}
