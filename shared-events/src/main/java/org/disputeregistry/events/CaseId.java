package org.disputeregistry.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** The client-chosen identity of a case; a retried request carries the same one. */
public record CaseId(UUID value) {

  public CaseId {
    Objects.requireNonNull(value, "caseId");
  }

  @JsonCreator
  public static CaseId of(String value) {
    return new CaseId(UUID.fromString(value));
  }

  @JsonValue
  @Override
  public String toString() {
    return value.toString();
  }
}
