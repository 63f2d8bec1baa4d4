package org.disputeregistry.testsupport;

/** A freshly created, empty database that belongs to one test context. */
public record TestDatabase(String name, String jdbcUrl, String user, String password) {}
