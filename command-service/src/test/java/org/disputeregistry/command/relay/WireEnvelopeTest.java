package org.disputeregistry.command.relay;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.disputeregistry.events.CaseEvent;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.EventEnvelope;
import org.disputeregistry.events.Money;
import org.disputeregistry.events.RegistryJson;
import org.disputeregistry.events.mediation.CommercialDisputeType;
import org.disputeregistry.events.mediation.CommercialMediationAgreementPerformedEvent;
import org.disputeregistry.events.mediation.CommercialMediationApplicationReceivedEvent;
import org.disputeregistry.events.mediation.MediationSource;
import org.disputeregistry.events.mediation.PartyOrigin;
import org.disputeregistry.events.mediation.Performance;
import org.disputeregistry.events.petition.PetitionChannel;
import org.disputeregistry.events.petition.PetitionRegisteredEvent;
import org.disputeregistry.events.reconsideration.AdministrativeActKind;
import org.disputeregistry.events.reconsideration.ApplicantKind;
import org.disputeregistry.events.reconsideration.ApplicationChannel;
import org.disputeregistry.events.reconsideration.ReconsiderationApplicationReceivedEvent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class WireEnvelopeTest {

  private static final CaseId CASE = CaseId.of("6f1c2d3e-0000-4000-8000-000000000001");
  private static final LocalDate DAY = LocalDate.of(2023, 3, 1);

  static List<CaseEvent> events() {
    return List.of(
        new ReconsiderationApplicationReceivedEvent(
            CASE,
            "光明复〔2023〕1号",
            DAY,
            ApplicationChannel.ONLINE,
            "GUANGMING",
            "BIYAN",
            "LAND_AND_PLANNING",
            "District Urban Management Bureau",
            List.of(ApplicantKind.PERSON, ApplicantKind.ENTERPRISE),
            null,
            DAY.plusDays(5)),
        new ReconsiderationApplicationReceivedEvent(
            CASE,
            "光明复〔2023〕2号",
            DAY,
            ApplicationChannel.MAIL,
            "GUANGMING",
            "BIYAN",
            "LAND_AND_PLANNING",
            "District Urban Management Bureau",
            List.of(ApplicantKind.PERSON),
            AdministrativeActKind.PENALTY,
            DAY.plusDays(5)),
        new CommercialMediationApplicationReceivedEvent(
            CASE,
            "光明商调〔2023〕8号",
            DAY,
            "SCIENCE_CITY",
            MediationSource.COURT_ENTRUSTED,
            List.of(PartyOrigin.DOMESTIC, PartyOrigin.HONG_KONG_MACAO_TAIWAN),
            CommercialDisputeType.INTELLECTUAL_PROPERTY,
            new Money(new BigDecimal("1250000.00"), "CNY"),
            null,
            null),
        new CommercialMediationAgreementPerformedEvent(
            CASE,
            UUID.fromString("5e7e0000-0000-4000-8000-000000000001"),
            DAY,
            Performance.FULLY,
            new Money(new BigDecimal("880000.50"), "CNY")),
        new PetitionRegisteredEvent(
            CASE,
            "光明信〔2023〕512号",
            DAY,
            PetitionChannel.HOTLINE,
            7,
            true,
            false,
            "MATIAN",
            "JIANGSHI",
            "HOUSING_AND_CONSTRUCTION",
            DAY.plusDays(15)));
  }

  @ParameterizedTest
  @MethodSource("events")
  void theRelaysJsonIsTheEnvelopesJsonByteForByte(CaseEvent event) throws Exception {
    UUID eventId = UUID.fromString("0b7e0000-0000-4000-8000-0000000000aa");
    Instant recordedAt = Instant.parse("2023-03-01T09:30:00.123456789Z");

    byte[] relayed =
        RegistryJson.mapper()
            .writeValueAsBytes(WireEnvelope.wrap(eventId, 4, event, recordedAt, "officer:li"));

    assertThat(new String(relayed, java.nio.charset.StandardCharsets.UTF_8))
        .isEqualTo(
            RegistryJson.mapper()
                .writeValueAsString(
                    EventEnvelope.wrap(eventId, 4, event, recordedAt, "officer:li")));
  }
}
