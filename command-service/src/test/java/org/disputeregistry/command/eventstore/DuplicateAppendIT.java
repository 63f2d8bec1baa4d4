package org.disputeregistry.command.eventstore;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.disputeregistry.command.ApiTestBase;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.petition.PetitionAcceptedEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

/**
 * What another instance sees when it appends a case's next event after this one did: a concurrency
 * conflict (the API's 409), not an event store failure. Within one instance the aggregate lock
 * keeps two writers apart, so only a second writer on the table itself shows it.
 */
class DuplicateAppendIT extends ApiTestBase {

  @Autowired EventStorageEngine events;

  @Test
  void appendingAnEventSequenceNumberThatIsTakenIsAConcurrencyConflict() {
    UUID id = UUID.randomUUID();
    assertStatus(
        post(
            "/api/petitions",
            """
            {"caseId":"%s","caseNumber":"%s","registeredOn":"2023-01-05","channel":"HOTLINE",\
            "persons":1,"group":false,"repeat":false,"street":"MATIAN","community":"JIANGSHI",\
            "category":"HUMAN_RESOURCES"}"""
                .formatted(id, number("光明信〔2023〕dup"))),
        HttpStatus.CREATED);
    assertStatus(
        post(
            "/api/petitions/" + id + "/acceptance",
            "{\"stepId\":\"%s\",\"acceptedOn\":\"2023-01-06\"}".formatted(UUID.randomUUID())),
        HttpStatus.CREATED);

    assertThatThrownBy(() -> events.appendEvents(List.of(accepted(id, 0))))
        .isInstanceOf(AggregateStreamCreationException.class);
    assertThatThrownBy(() -> events.appendEvents(List.of(accepted(id, 1))))
        .isInstanceOf(ConcurrencyException.class);
  }

  private static GenericDomainEventMessage<PetitionAcceptedEvent> accepted(UUID id, long sequence) {
    LocalDate on = LocalDate.of(2023, 1, 6);
    return new GenericDomainEventMessage<>(
        "PetitionCase",
        id.toString(),
        sequence,
        new PetitionAcceptedEvent(new CaseId(id), UUID.randomUUID(), on, on.plusDays(60)));
  }
}
