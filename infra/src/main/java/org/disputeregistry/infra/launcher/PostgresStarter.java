package org.disputeregistry.infra.launcher;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.disputeregistry.infra.DataDirectory;
import org.disputeregistry.infra.EmbeddedStack;
import org.disputeregistry.infra.LocalPostgres;
import org.disputeregistry.infra.PostgresLeftovers;
import org.disputeregistry.infra.PostgresLogin;
import org.disputeregistry.infra.PostgresPasswords;
import org.disputeregistry.infra.StackSettings;
import org.disputeregistry.infra.supervision.Elapsed;
import org.disputeregistry.infra.supervision.SupervisedGroup;

/**
 * The launcher's PostgreSQL: the embedded server on the data directory (adopted from a killed
 * launcher if fit, supervised, its two databases created), or the external databases the options
 * name.
 */
final class PostgresStarter {

  static final String COMMAND_DATABASE = "registry_commands";
  static final String QUERY_DATABASE = "registry_queries";

  /** The login roles of the services on the embedded server, each owning its database. */
  static final String COMMAND_ROLE = "registry_command";

  static final String QUERY_ROLE = "registry_query";

  /**
   * Where the services' databases are and how each service logs in (empty: the service's own
   * environment or defaults); the file keeping the embedded server's passwords.
   */
  record Databases(
      String commandUrl,
      String queryUrl,
      Optional<PostgresLogin> commandLogin,
      Optional<PostgresLogin> queryLogin,
      Optional<Path> passwordFile) {}

  private final Startup startup;

  PostgresStarter(Startup startup) {
    this.startup = startup;
  }

  Databases start(LaunchOptions options, RememberedPorts ports) {
    if (!options.startsPostgres()) {
      LaunchOptions.ExternalDatabases external = options.externalDatabases().orElseThrow();
      startup
          .out()
          .println("PostgreSQL: using " + external.commandUrl() + " and " + external.queryUrl());
      return new Databases(
          external.commandUrl(),
          external.queryUrl(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty());
    }
    Path root = options.dataDirectory();
    Path data = DataDirectory.postgresData(root);
    StackSettings remembered =
        StackSettings.of(root).withPorts(ports.recorded("postgres", options.postgresPort()), 0);
    PostgresPasswords passwords = PostgresPasswords.of(root);
    Optional<LocalPostgres> adopted = adopt(remembered, passwords.login(LocalPostgres.USER));
    if (adopted.isEmpty() && options.postgresPort() != 0) {
      Startup.requireFreePort(options.postgresPort(), "PostgreSQL", "REGISTRY_POSTGRES_PORT");
    }
    int port =
        ports.port("postgres", adopted.map(LocalPostgres::port).orElse(options.postgresPort()));
    StackSettings settings = StackSettings.of(root).withPorts(port, 0);
    Instant begin = Instant.now();
    startup
        .out()
        .print("PostgreSQL 17 on port " + settings.postgresPort() + " (data: " + data + ")... ");
    startup.out().flush();
    SupervisedGroup group = startup.group("PostgreSQL");
    LocalPostgres postgres =
        group.start(() -> adopted.orElseGet(() -> EmbeddedStack.startPostgres(settings)));
    // On every start: a data directory from before the roles existed is upgraded in place.
    PostgresLogin command = passwords.login(COMMAND_ROLE);
    PostgresLogin query = passwords.login(QUERY_ROLE);
    postgres.ensureOwnedDatabase(COMMAND_DATABASE, command);
    postgres.ensureOwnedDatabase(QUERY_DATABASE, query);
    group.supervise("PostgreSQL", () -> EmbeddedStack.startPostgres(settings), postgres);
    startup.out().println("ready in " + Elapsed.since(begin));
    return new Databases(
        postgres.jdbcUrl(COMMAND_DATABASE),
        postgres.jdbcUrl(QUERY_DATABASE),
        Optional.of(command),
        Optional.of(query),
        Optional.of(PostgresPasswords.file(root)));
  }

  /**
   * The postmaster a killed launcher left on the data directory, if it is what {@link
   * EmbeddedStack#startPostgres} would run with these settings and accepts connections; any other
   * is stopped.
   */
  private Optional<LocalPostgres> adopt(StackSettings settings, PostgresLogin admin) {
    Path data = DataDirectory.postgresData(settings.dataDirectory());
    Optional<ProcessHandle> leftover = PostgresLeftovers.postmaster(data);
    if (leftover.isPresent()) {
      Optional<String> reason =
          PostgresLeftovers.whyNotAdopt(
              leftover.get(),
              data,
              settings.postgresBinariesDirectory(),
              settings.postgresPort(),
              admin);
      if (reason.isEmpty()) {
        startup.leftovers().sayAdopted("PostgreSQL", leftover.get());
        return Optional.of(LocalPostgres.adopt(leftover.get(), settings.postgresPort(), admin));
      }
      startup
          .out()
          .println(
              "Stopping PostgreSQL (pid "
                  + leftover.get().pid()
                  + ") left running by an earlier launcher: "
                  + reason.get());
    }
    PostgresLeftovers.stop(data);
    return Optional.empty();
  }
}
