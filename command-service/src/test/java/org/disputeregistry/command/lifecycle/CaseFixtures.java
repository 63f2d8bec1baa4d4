package org.disputeregistry.command.lifecycle;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.disputeregistry.command.casenumber.CaseNumberRegistry;
import org.disputeregistry.command.reference.ReferenceCodes;
import org.disputeregistry.command.rules.ErrorCode;
import org.disputeregistry.command.rules.RuleViolation;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.CaseType;
import org.disputeregistry.events.Ownership;
import org.disputeregistry.events.ReferenceData;

/**
 * What every aggregate test needs: a fixed today, the reference data, case numbers in memory, a
 * caller's organisation.
 */
public final class CaseFixtures {

  public static final Clock TODAY_IS_2023_06_30 =
      Clock.fixed(Instant.parse("2023-06-30T04:00:00Z"), ZoneId.of("Asia/Shanghai"));

  /** Under the 2023 revision of the reconsideration law, in force from 2024. */
  public static final Clock TODAY_IS_2024_06_28 =
      Clock.fixed(Instant.parse("2024-06-28T04:00:00Z"), ZoneId.of("Asia/Shanghai"));

  /** In the last month of the last year with a statutory calendar. */
  public static final Clock TODAY_IS_2026_12_05 =
      Clock.fixed(Instant.parse("2026-12-05T04:00:00Z"), ZoneId.of("Asia/Shanghai"));

  public static final CaseId CASE = CaseId.of("00000000-0000-4000-8000-000000000001");
  public static final CaseId OTHER_CASE = CaseId.of("00000000-0000-4000-8000-000000000002");

  /** The officer who approves an extension or a correction: not the one who records it. */
  public static final String APPROVER = "director.zhao";

  private CaseFixtures() {}

  public static <T> AggregateTestFixture<T> fixture(
      Class<T> aggregate, CaseNumberRegistry numbers) {
    return fixture(aggregate, numbers, TODAY_IS_2023_06_30);
  }

  /** The same with another today, for cases under a law or calendar of another year. */
  public static <T> AggregateTestFixture<T> fixture(
      Class<T> aggregate, CaseNumberRegistry numbers, Clock today) {
    AggregateTestFixture<T> fixture = new AggregateTestFixture<>(aggregate);
    fixture.registerInjectableResource(today);
    fixture.registerInjectableResource(new ReferenceCodes(ReferenceData.defaults()));
    fixture.registerInjectableResource(numbers);
    // Commands act for the district (which may write every case) unless a test says otherwise.
    fixture.registerCommandDispatchInterceptor(
        messages ->
            (index, message) ->
                message.getMetaData().containsKey(Actor.ORGANISATION_KEY)
                    ? message
                    : message.andMetaData(Map.of(Actor.ORGANISATION_KEY, Ownership.DISTRICT)));
    return fixture;
  }

  /** A step id that reads well in a test: step(3). */
  public static UUID step(int n) {
    return UUID.fromString("5e7e0000-0000-4000-8000-%012d".formatted(n));
  }

  /** The metadata of a command sent by someone acting for {@code organisation}. */
  public static Map<String, Object> actingFor(String organisation) {
    return Map.of(Actor.ORGANISATION_KEY, organisation);
  }

  /** The metadata of a step command sent by {@code actor} as this amendment. */
  public static Map<String, Object> amending(Amendment amendment, String actor) {
    Map<String, Object> metaData = new HashMap<>(amendment.metaData());
    metaData.put(Actor.METADATA_KEY, actor);
    return metaData;
  }

  /** The metadata of a command sent by {@code actor}. */
  public static Map<String, Object> by(String actor) {
    return Map.of(Actor.METADATA_KEY, actor);
  }

  public static Map<String, Object> ifMatch(long version) {
    return Map.of(StepLog.EXPECTED_VERSION, version);
  }

  /** Claims in a map; the real registry is a table written in the event's transaction. */
  public static final class InMemoryCaseNumbers implements CaseNumberRegistry {
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
