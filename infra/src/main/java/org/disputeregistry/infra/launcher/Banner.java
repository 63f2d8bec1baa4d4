package org.disputeregistry.infra.launcher;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.disputeregistry.infra.KafkaCredentials;
import org.disputeregistry.infra.PostgresLogin;

/** The text shown once everything is up: where each part of the system can be reached. */
final class Banner {

  static final String CASE_EVENTS_TOPIC = "registry.case-events";

  private Banner() {}

  /**
   * The issuer the services accept and, if the launcher runs it, the embedded server's demo
   * accounts and log.
   */
  record Identity(String issuer, DemoAccounts accounts, Optional<Path> logFile) {}

  static String render(List<ChildSpec> children, Endpoints endpoints, Path dataDirectory) {
    return render(children, endpoints, dataDirectory, Optional.empty());
  }

  static String render(
      List<ChildSpec> children,
      Endpoints endpoints,
      Path dataDirectory,
      Optional<Identity> identity) {
    StringBuilder b = new StringBuilder();
    String rule = "=".repeat(78);
    b.append('\n').append(rule).append('\n');
    b.append(" Dispute registry is running\n");
    b.append(rule).append('\n');
    for (ChildSpec child : children) {
      b.append(' ').append(String.format("%-16s ", child.name())).append(child.baseUrl());
      b.append('\n');
      if (child.isCommandService()) {
        b.append("   Swagger UI     ").append(child.baseUrl()).append("/swagger-ui.html\n");
      }
      if (child.isWorkbench()) {
        b.append("   in a browser; sign in with an account of the issuer below\n");
      }
    }
    b.append('\n');
    // Passwords are never shown: only where they are kept.
    b.append(" PostgreSQL       a role per service; passwords ");
    b.append(
        endpoints
            .dbPasswordFile()
            .map(file -> "in " + file)
            .orElse("from the services' environment"));
    b.append('\n');
    database(b, "commands", endpoints.commandDbUrl(), endpoints.commandDbLogin());
    database(b, "queries", endpoints.queryDbUrl(), endpoints.queryDbLogin());
    b.append('\n');
    b.append(" Kafka            ").append(endpoints.kafkaBootstrapServers()).append('\n');
    endpoints
        .kafkaCredentials()
        .ifPresent(
            c ->
                b.append("   SASL/")
                    .append(KafkaCredentials.MECHANISM)
                    .append(" with ACLs; a read-only client: ")
                    .append(c.readerClientFile())
                    .append('\n'));
    b.append("   kafka-console-consumer.sh --bootstrap-server ")
        .append(endpoints.kafkaBootstrapServers())
        .append(" --topic ")
        .append(CASE_EVENTS_TOPIC)
        .append(" --from-beginning");
    endpoints
        .kafkaCredentials()
        .ifPresent(c -> b.append(" --consumer.config ").append(c.readerClientFile()));
    b.append('\n');
    b.append('\n');
    identity.ifPresent(i -> identity(b, i));
    b.append(" Data             ").append(dataDirectory).append('\n');
    for (ChildSpec child : children) {
      b.append(" Log              ").append(child.logFile()).append('\n');
    }
    identity
        .flatMap(Identity::logFile)
        .ifPresent(log -> b.append(" Log              ").append(log).append('\n'));
    b.append(rule).append('\n');
    b.append(" Ctrl-C to stop\n");
    b.append(rule).append('\n');
    return b.toString();
  }

  private static void identity(StringBuilder b, Identity identity) {
    b.append(" Issuer (OIDC)    ").append(identity.issuer()).append('\n');
    List<DemoAccounts.Entry> entries = identity.accounts().entries();
    if (!entries.isEmpty()) {
      b.append("   Demo accounts, password \"")
          .append(identity.accounts().password())
          .append("\" (demo only); an access token: $(./run.sh token ACCOUNT)\n");
      for (DemoAccounts.Entry entry : entries) {
        b.append("   ")
            .append(
                String.format(
                    "%-17s %-24s %s %s / %s",
                    entry.name(),
                    String.join(",", entry.roles()),
                    entry.org(),
                    entry.orgZh(),
                    entry.orgEn()))
            .append(entry.client() ? " (client credentials)" : "")
            .append('\n');
      }
    }
    b.append('\n');
  }

  private static void database(
      StringBuilder b, String label, String jdbcUrl, Optional<PostgresLogin> login) {
    b.append("   ").append(String.format("%-14s", label)).append(jdbcUrl).append('\n');
    psqlCommand(jdbcUrl, login.map(PostgresLogin::user))
        .ifPresent(psql -> b.append("   ").append(" ".repeat(14)).append(psql).append('\n'));
  }

  /** A ready-to-paste psql line for a plain jdbc:postgresql://host:port/db URL. */
  static Optional<String> psqlCommand(String jdbcUrl, Optional<String> user) {
    if (!jdbcUrl.startsWith("jdbc:postgresql://")) {
      return Optional.empty();
    }
    URI uri;
    try {
      uri = URI.create(jdbcUrl.substring("jdbc:".length()));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    if (uri.getHost() == null || uri.getPath() == null || uri.getPath().length() < 2) {
      return Optional.empty();
    }
    StringBuilder psql = new StringBuilder();
    psql.append("psql -h ").append(uri.getHost());
    if (uri.getPort() > 0) {
      psql.append(" -p ").append(uri.getPort());
    }
    user.ifPresent(u -> psql.append(" -U ").append(u));
    psql.append(' ').append(uri.getPath().substring(1));
    return Optional.of(psql.toString());
  }
}
