package org.disputeregistry.command.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.disputeregistry.events.CaseType;
import org.disputeregistry.events.EventCatalog;
import org.disputeregistry.events.EventType;
import org.disputeregistry.events.Ownership;
import org.disputeregistry.events.RegistryJson;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The owning organisation of a stored case, read from the event that opened it. Remembered (a
 * case's opening event never changes, so neither does its owner), up to a bound.
 */
@Component
class CaseOwners {

  /** A case's type and owner. */
  record Owner(CaseType caseType, String organisation) {}

  private static final int REMEMBERED = 10_000;

  private final JdbcTemplate jdbc;
  private final Map<String, Owner> remembered =
      new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Owner> eldest) {
          return size() > REMEMBERED;
        }
      };

  CaseOwners(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The owner of the case with this id, or empty if no case has it. */
  Optional<Owner> of(String caseId) {
    synchronized (remembered) {
      Owner owner = remembered.get(caseId);
      if (owner != null) {
        return Optional.of(owner);
      }
    }
    Optional<Owner> stored =
        jdbc
            .query(
                "SELECT payloadtype, payload FROM domainevententry"
                    + " WHERE aggregateidentifier = ? AND sequencenumber = 0",
                (row, n) -> owner(row.getString(1), row.getBytes(2)),
                caseId)
            .stream()
            .findFirst()
            .flatMap(o -> o);
    stored.ifPresent(
        owner -> {
          synchronized (remembered) {
            remembered.put(caseId, owner);
          }
        });
    return stored;
  }

  private static Optional<Owner> owner(String payloadType, byte[] payload) {
    Optional<EventType> type = typeOf(payloadType);
    if (type.isEmpty()) {
      return Optional.empty();
    }
    try {
      CaseType caseType = type.get().caseType();
      return Optional.of(
          new Owner(
              caseType, Ownership.ofOpening(caseType, RegistryJson.mapper().readTree(payload))));
    } catch (IOException e) {
      throw new UncheckedIOException("Unreadable opening event of a stored case", e);
    }
  }

  private static Optional<EventType> typeOf(String payloadType) {
    try {
      return EventCatalog.byJavaType(Class.forName(payloadType));
    } catch (ClassNotFoundException e) {
      return Optional.empty();
    }
  }
}
