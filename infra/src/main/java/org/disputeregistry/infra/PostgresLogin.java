package org.disputeregistry.infra;

import java.util.Objects;

/** A PostgreSQL role and its password; {@link #toString()} leaves the password out. */
public record PostgresLogin(String user, String password) {

  public PostgresLogin {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(password, "password");
  }

  @Override
  public String toString() {
    return "PostgresLogin[user=" + user + ", password=(hidden)]";
  }
}
