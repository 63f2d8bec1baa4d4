package org.disputeregistry.command.servicecontact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.disputeregistry.command.lifecycle.CaseFixtures.CASE;
import static org.disputeregistry.command.lifecycle.CaseFixtures.OTHER_CASE;
import static org.disputeregistry.command.lifecycle.CaseFixtures.step;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.disputeregistry.command.lifecycle.CaseFixtures;
import org.disputeregistry.command.lifecycle.Receipt;
import org.disputeregistry.command.lifecycle.Recorded;
import org.disputeregistry.command.rules.ErrorCode;
import org.disputeregistry.command.rules.Violates;
import org.disputeregistry.events.CaseType;
import org.disputeregistry.events.servicecontact.ServiceContact;
import org.disputeregistry.events.servicecontact.ServiceContactDayOpenedEvent;
import org.disputeregistry.events.servicecontact.ServiceContactKind;
import org.disputeregistry.events.servicecontact.ServiceContactsLoggedEvent;
import org.disputeregistry.events.servicecontact.ServiceContactsVoidedEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ServiceContactDayTest {

  static final LocalDate JUNE_1 = LocalDate.of(2023, 6, 1);
  static final OpenServiceDayCommand OPEN =
      new OpenServiceDayCommand(CASE, "MATIAN_SERVICE_HALL", "MATIAN", "JIANGSHI", JUNE_1);
  static final ServiceContactDayOpenedEvent OPENED = OPEN.toEvent();
  static final List<ServiceContact> CONTACTS =
      List.of(
          new ServiceContact(ServiceContactKind.CONSULTATION, 2, "HUMAN_RESOURCES"),
          new ServiceContact(ServiceContactKind.LEGAL_SERVICE, 5, null));
  static final ServiceContactsLoggedEvent LOGGED =
      new ServiceContactsLoggedEvent(CASE, step(1), JUNE_1, CONTACTS, 7);

  private AggregateTestFixture<ServiceContactDay> fixture;
  private CaseFixtures.InMemoryCaseNumbers siteDays;

  @BeforeEach
  void setUp() {
    siteDays = new CaseFixtures.InMemoryCaseNumbers();
    fixture = CaseFixtures.fixture(ServiceContactDay.class, siteDays);
  }

  @Test
  void givenNoLogWhenOpenedThenLogIsOpen() {
    fixture
        .givenNoPriorActivity()
        .when(OPEN)
        .expectEvents(OPENED)
        .expectResultMessagePayload(new Recorded(Receipt.RECORDED, CASE, null, "OPEN", 0));
  }

  @Nested
  class OneLogPerSiteAndDay {

    @Test
    void givenSiteDayHeldByAnotherLogWhenOpenedThenCaseNumberTakenOnSite() {
      siteDays.claim(CaseType.SERVICE_CONTACT, 2023, OPEN.siteDay(), OTHER_CASE);
      fixture
          .givenNoPriorActivity()
          .when(OPEN)
          .expectException(Violates.rule(ErrorCode.CASE_NUMBER_TAKEN))
          .expectNoEvents();
    }

    @Test
    void givenNoLogWhenOpenedForTomorrowThenDateInFuture() {
      fixture
          .givenNoPriorActivity()
          .when(
              new OpenServiceDayCommand(
                  CASE, "MATIAN_SERVICE_HALL", "MATIAN", "JIANGSHI", LocalDate.of(2023, 7, 1)))
          .expectException(Violates.rule(ErrorCode.DATE_IN_FUTURE))
          .expectNoEvents();
    }
  }

  @Nested
  class PersonTimesAreTheSumOfPersons {

    @Test
    void givenOpenLogWhenContactsLoggedThenBatchCarriesEveryContactAndTheirSum() {
      fixture
          .given(OPENED)
          .when(new LogContactsCommand(CASE, step(1), CONTACTS))
          .expectEvents(LOGGED);
    }

    @Test
    void givenOpenLogWhenContactOfUnknownCategoryThenUnknownReference() {
      fixture
          .given(OPENED)
          .when(
              new LogContactsCommand(
                  CASE,
                  step(1),
                  List.of(new ServiceContact(ServiceContactKind.OTHER, 1, "ASTROLOGY"))))
          .expectException(Violates.rule(ErrorCode.UNKNOWN_REFERENCE))
          .expectNoEvents();
    }

    @Test
    void givenBatchWhenSameBatchSentAgainThenAlreadyRecorded() {
      fixture
          .given(OPENED, LOGGED)
          .when(new LogContactsCommand(CASE, step(1), CONTACTS))
          .expectResultMessagePayload(
              new Recorded(Receipt.ALREADY_RECORDED, CASE, step(1), "OPEN", 1))
          .expectNoEvents();
    }
  }

  @Test
  void givenMoreThanTwoBillionPersonsInADayWhenViewedThenPersonTimesAreExact() {
    ServiceContactDayViewFold day = new ServiceContactDayViewFold();
    day.on(OPENED);
    List<ServiceContact> fullBatch =
        Collections.nCopies(
            1000, new ServiceContact(ServiceContactKind.CONSULTATION, 10_000, null));
    int batches = 215; // 215 x 1,000 x 10,000 = 2,150,000,000 > 2^31 - 1
    for (int i = 1; i <= batches; i++) {
      day.on(new ServiceContactsLoggedEvent(CASE, step(i), JUNE_1, fullBatch, 10_000_000));
    }

    ServiceContactDayView view = day.view(batches);

    assertThat(view.persons()).isEqualTo(2_150_000_000L);
    assertThat(view.personsByKind().get(ServiceContactKind.CONSULTATION).longValue())
        .isEqualTo(2_150_000_000L);
    assertThat(view.contacts()).isEqualTo(215_000L);
  }

  @Nested
  class VoidingABatch {

    @Test
    void givenBatchWhenVoidedThenItsPersonsAreTakenBack() {
      fixture
          .given(OPENED, LOGGED)
          .when(new VoidContactsCommand(CASE, step(2), step(1), "重复录入"))
          .expectEvents(new ServiceContactsVoidedEvent(CASE, step(2), JUNE_1, step(1), 7, "重复录入"));
    }

    @Test
    void givenVoidedBatchWhenVoidedAgainThenUnknownStep() {
      fixture
          .given(
              OPENED,
              LOGGED,
              new ServiceContactsVoidedEvent(CASE, step(2), JUNE_1, step(1), 7, "重复录入"))
          .when(new VoidContactsCommand(CASE, step(3), step(1), "again"))
          .expectException(Violates.rule(ErrorCode.UNKNOWN_STEP))
          .expectNoEvents();
    }
  }
}
