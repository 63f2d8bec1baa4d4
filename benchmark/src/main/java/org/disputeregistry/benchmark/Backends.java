package org.disputeregistry.benchmark;

/** The PostgreSQL backends serving one database (by its name or JDBC URL), for their CPU time. */
record Backends(long pid, String database) {

  static final Backends NONE = new Backends(-1, "");

  long cpuNanos() {
    return pid < 0 ? 0 : ProcessCpu.ofBackends(pid, database.replaceFirst("^.*/([^/?]+).*$", "$1"));
  }
}
