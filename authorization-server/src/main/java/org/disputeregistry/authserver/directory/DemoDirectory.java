package org.disputeregistry.authserver.directory;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The organisations, demo accounts and self-acting clients of {@code demo-directory.json}, checked
 * when loaded: every name once, every organisation known, at least one role each.
 */
@JsonIgnoreProperties({"_comment"})
public record DemoDirectory(
    String password,
    List<Organisation> organisations,
    List<Account> accounts,
    List<Client> clients) {

  public static final String RESOURCE = "/demo-directory.json";

  /** A demo account; every one has the directory's password. */
  public record Account(String username, List<Role> roles, String org) {}

  /** A client that gets tokens for itself (client credentials). */
  public record Client(String clientId, List<Role> roles, String org) {}

  public DemoDirectory {
    organisations = List.copyOf(organisations);
    accounts = List.copyOf(accounts);
    clients = List.copyOf(clients);
    Set<String> codes = new HashSet<>();
    organisations.forEach(o -> require(codes.add(o.code()), "organisation twice: " + o.code()));
    Set<String> names = new HashSet<>();
    for (Subject subject : subjects(accounts, clients).toList()) {
      require(names.add(subject.name()), "subject twice: " + subject.name());
      require(!subject.roles().isEmpty(), subject.name() + " has no role");
      require(codes.contains(subject.org()), subject.name() + ": unknown org " + subject.org());
    }
  }

  public static DemoDirectory load() {
    try (InputStream in = DemoDirectory.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is not on the classpath");
      }
      return new ObjectMapper()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .readValue(in, DemoDirectory.class);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + RESOURCE, e);
    }
  }

  /** The account or self-acting client called {@code name}. */
  public Optional<Subject> subject(String name) {
    return subjects().filter(s -> s.name().equals(name)).findFirst();
  }

  public Optional<Organisation> organisation(String code) {
    return organisations.stream().filter(o -> o.code().equals(code)).findFirst();
  }

  private Stream<Subject> subjects() {
    return subjects(accounts, clients);
  }

  private static Stream<Subject> subjects(List<Account> accounts, List<Client> clients) {
    return Stream.concat(
        accounts.stream().map(a -> new Subject(a.username(), a.roles(), a.org())),
        clients.stream().map(c -> new Subject(c.clientId(), c.roles(), c.org())));
  }

  private static void require(boolean condition, String problem) {
    if (!condition) {
      throw new IllegalStateException(RESOURCE + ": " + problem);
    }
  }
}
