package org.disputeregistry.command.reconsideration;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.disputeregistry.command.casenumber.CaseNumberRegistry;
import org.disputeregistry.command.reference.ReferenceCodes;
import org.disputeregistry.command.rules.ErrorCode;
import org.disputeregistry.command.rules.RuleViolation;
import org.disputeregistry.command.rules.Violates;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.CaseType;
import org.disputeregistry.events.ReferenceData;
import org.disputeregistry.events.reconsideration.ApplicationChannel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ReconsiderationCaseTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final Clock TODAY_IS_2023_06_30 =
      Clock.fixed(Instant.parse("2023-06-30T04:00:00Z"), SHANGHAI);
  private static final CaseId CASE = CaseId.of("00000000-0000-4000-8000-000000000001");
  private static final CaseId OTHER_CASE = CaseId.of("00000000-0000-4000-8000-000000000002");

  private AggregateTestFixture<ReconsiderationCase> fixture;
  private InMemoryCaseNumbers caseNumbers;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(ReconsiderationCase.class);
    caseNumbers = new InMemoryCaseNumbers();
    fixture.registerInjectableResource(TODAY_IS_2023_06_30);
    fixture.registerInjectableResource(new ReferenceCodes(ReferenceData.defaults()));
    fixture.registerInjectableResource(caseNumbers);
  }

  static ReceiveApplicationCommand application(CaseId id, String number, LocalDate receivedOn) {
    return new ReceiveApplicationCommand(
        id,
        number,
        receivedOn,
        ApplicationChannel.ON_SITE,
        "GONGMING",
        "SHANGCUN",
        "URBAN_MANAGEMENT",
        "光明区城市管理和综合执法局");
  }

  static ReceiveApplicationCommand application() {
    return application(CASE, "光明复〔2023〕1号", LocalDate.of(2023, 3, 1));
  }

  @Test
  void givenNoCaseWhenApplicationReceivedThenCaseIsOpened() {
    fixture
        .givenNoPriorActivity()
        .when(application())
        .expectSuccessfulHandlerExecution()
        .expectResultMessagePayload(Receipt.RECORDED)
        .expectEvents(application().toEvent());
  }

  @Nested
  class IdempotentRetry {

    @Test
    void givenCaseWhenSameApplicationAgainThenNothingIsAppended() {
      fixture
          .given(application().toEvent())
          .when(application())
          .expectResultMessagePayload(Receipt.ALREADY_RECORDED)
          .expectNoEvents();
    }

    @Test
    void givenCaseWhenDifferentApplicationUnderSameIdThenCaseIdTaken() {
      fixture
          .given(application().toEvent())
          .when(application(CASE, "光明复〔2023〕2号", LocalDate.of(2023, 3, 1)))
          .expectException(Violates.rule(ErrorCode.CASE_ID_TAKEN))
          .expectNoEvents();
    }
  }

  @Nested
  class PlausibleDates {

    @Test
    void givenNoCaseWhenReceivedTomorrowThenDateInFuture() {
      fixture
          .givenNoPriorActivity()
          .when(application(CASE, "光明复〔2023〕1号", LocalDate.of(2023, 7, 1)))
          .expectException(Violates.rule(ErrorCode.DATE_IN_FUTURE))
          .expectNoEvents();
    }

    @Test
    void givenNoCaseWhenReceivedTodayThenCaseIsOpened() {
      fixture
          .givenNoPriorActivity()
          .when(application(CASE, "光明复〔2023〕1号", LocalDate.of(2023, 6, 30)))
          .expectSuccessfulHandlerExecution();
    }

    @Test
    void givenNoCaseWhenReceivedBefore1990ThenDateTooEarly() {
      fixture
          .givenNoPriorActivity()
          .when(application(CASE, "光明复〔1989〕1号", LocalDate.of(1989, 12, 31)))
          .expectException(Violates.rule(ErrorCode.DATE_TOO_EARLY))
          .expectNoEvents();
    }
  }

  @Nested
  class ReferenceCodesAreKnown {

    @Test
    void givenNoCaseWhenCommunityOfAnotherStreetThenUnknownReference() {
      ReceiveApplicationCommand wrongCommunity =
          new ReceiveApplicationCommand(
              CASE,
              "光明复〔2023〕1号",
              LocalDate.of(2023, 3, 1),
              ApplicationChannel.MAIL,
              "GONGMING",
              "BIYAN",
              "URBAN_MANAGEMENT",
              "agency");
      fixture
          .givenNoPriorActivity()
          .when(wrongCommunity)
          .expectException(Violates.rule(ErrorCode.UNKNOWN_REFERENCE))
          .expectNoEvents();
    }
  }

  @Nested
  class UniqueCaseNumbers {

    @Test
    void givenNumberHeldByAnotherCaseWhenApplicationReceivedThenCaseNumberTaken() {
      caseNumbers.claim(CaseType.RECONSIDERATION, 2023, "光明复〔2023〕1号", OTHER_CASE);
      fixture
          .givenNoPriorActivity()
          .when(application())
          .expectException(Violates.rule(ErrorCode.CASE_NUMBER_TAKEN))
          .expectNoEvents();
    }

    @Test
    void givenNumberUsedInAnotherYearWhenApplicationReceivedThenCaseIsOpened() {
      caseNumbers.claim(CaseType.RECONSIDERATION, 2022, "光明复〔2023〕1号", OTHER_CASE);
      fixture.givenNoPriorActivity().when(application()).expectSuccessfulHandlerExecution();
    }
  }

  /** Claims in a map; the real registry is a table written in the event's transaction. */
  static final class InMemoryCaseNumbers implements CaseNumberRegistry {
    private final Map<String, CaseId> claims = new HashMap<>();

    @Override
    public void claim(CaseType type, int year, String caseNumber, CaseId caseId) {
      CaseId holder = claims.putIfAbsent(type + "/" + year + "/" + caseNumber, caseId);
      if (holder != null && !holder.equals(caseId)) {
        throw new RuleViolation(ErrorCode.CASE_NUMBER_TAKEN, "caseNumber", "taken");
      }
    }
  }
}
