package org.disputeregistry.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PostgresDatabasesTest {

  @Test
  void replacesOnlyTheDatabaseInAJdbcUrl() {
    assertThat(PostgresDatabases.withDatabase("jdbc:postgresql://db:5432/postgres", "case_1"))
        .isEqualTo("jdbc:postgresql://db:5432/case_1");
    assertThat(
            PostgresDatabases.withDatabase(
                "jdbc:postgresql://localhost:5432/admin?sslmode=disable&user=x", "t"))
        .isEqualTo("jdbc:postgresql://localhost:5432/t?sslmode=disable&user=x");
    assertThat(PostgresDatabases.withDatabase("jdbc:postgresql://h1:1,h2:2/", "t"))
        .isEqualTo("jdbc:postgresql://h1:1,h2:2/t");
  }

  @Test
  void refusesNamesThatWouldNeedQuotingAndUrlsOfOtherDatabases() {
    assertThatThrownBy(() -> PostgresDatabases.withDatabase("jdbc:postgresql://db/x", "A\"; --"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PostgresDatabases.withDatabase("jdbc:mysql://db/x", "ok"))
        .hasMessageContaining("Not a PostgreSQL");
    assertThatThrownBy(() -> PostgresDatabases.requireValidName("x".repeat(64)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
