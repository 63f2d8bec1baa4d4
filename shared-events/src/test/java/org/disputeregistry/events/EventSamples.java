package org.disputeregistry.events;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.disputeregistry.events.mediation.*;
import org.disputeregistry.events.petition.*;
import org.disputeregistry.events.reconsideration.*;
import org.disputeregistry.events.servicecontact.*;

/** One fixed example of every event of the catalogue, for the approval tests. */
final class EventSamples {

  static final CaseId CASE_ID = CaseId.of("6f1c2d3e-0000-4000-8000-000000000001");
  static final UUID STEP_ID = UUID.fromString("5e7e0000-0000-4000-8000-000000000001");
  static final UUID STEP_ID_2 = UUID.fromString("5e7e0000-0000-4000-8000-000000000002");
  static final LocalDate DAY = LocalDate.of(2023, 3, 1);
  static final LocalDate LATER = LocalDate.of(2023, 4, 30);

  static List<CaseEvent> all() {
    return List.of(
        new ReconsiderationApplicationReceivedEvent(
            CASE_ID,
            "光明复〔2023〕1号",
            LocalDate.of(2023, 3, 1),
            ApplicationChannel.ONLINE,
            "GUANGMING",
            "BIYAN",
            "LAND_AND_PLANNING",
            "District Urban Management Bureau",
            List.of(ApplicantKind.PERSON, ApplicantKind.ENTERPRISE),
            AdministrativeActKind.PENALTY,
            LocalDate.of(2023, 3, 6)),
        new CommercialMediationApplicationReceivedEvent(
            CASE_ID,
            "光明商调〔2023〕8号",
            DAY,
            "SCIENCE_CITY",
            MediationSource.COURT_ENTRUSTED,
            List.of(PartyOrigin.DOMESTIC, PartyOrigin.HONG_KONG_MACAO_TAIWAN),
            CommercialDisputeType.INTELLECTUAL_PROPERTY,
            new Money(new BigDecimal("1250000.00"), "CNY"),
            "FENGHUANG",
            "TANGJIA"),
        new PetitionRegisteredEvent(
            CASE_ID,
            "光明信〔2023〕512号",
            DAY,
            PetitionChannel.HOTLINE,
            7,
            true,
            false,
            "MATIAN",
            "JIANGSHI",
            "HOUSING_AND_CONSTRUCTION",
            LocalDate.of(2023, 3, 16)),
        new ServiceContactDayOpenedEvent(CASE_ID, "MATIAN_SERVICE_HALL", "MATIAN", "JIANGSHI", DAY),
        new ReconsiderationCorrectionRequestedEvent(
            CASE_ID, STEP_ID, DAY, "a copy of the penalty decision", LATER),
        new ReconsiderationCorrectionPeriodExtendedEvent(
            CASE_ID, STEP_ID, DAY, 5, LATER, "director.zhao", "申请人住院，无法按期提交材料"),
        new ReconsiderationCorrectionReceivedEvent(CASE_ID, STEP_ID, DAY, LATER),
        new ReconsiderationDeemedAbandonedEvent(CASE_ID, STEP_ID, DAY),
        new ReconsiderationAcceptedEvent(
            CASE_ID, STEP_ID, DAY, Procedure.ORDINARY, false, LATER, DAY.plusDays(9)),
        new ReconsiderationCopySentToRespondentEvent(CASE_ID, STEP_ID, DAY, DAY.plusDays(14)),
        new ReconsiderationNotAcceptedEvent(
            CASE_ID, STEP_ID, DAY, "the matter is outside the office's remit"),
        new ReconsiderationRedirectedEvent(CASE_ID, STEP_ID, DAY, "深圳市市场监督管理局"),
        new ReconsiderationReviewActivityRecordedEvent(
            CASE_ID, STEP_ID, ReviewActivity.HEARING_HELD, DAY),
        new ReconsiderationSuspendedEvent(
            CASE_ID, STEP_ID, DAY, "the matter is outside the office's remit"),
        new ReconsiderationResumedEvent(CASE_ID, STEP_ID, DAY, LATER),
        new ReconsiderationTimeLimitExtendedEvent(
            CASE_ID, STEP_ID, DAY, 30, LATER, "director.zhao", "需要鉴定，案情复杂"),
        new ReconsiderationProcedureConvertedEvent(
            CASE_ID,
            STEP_ID,
            DAY,
            Procedure.ORDINARY,
            "the matter is outside the office's remit",
            LATER),
        new ReconsiderationMediationAgreementEffectiveEvent(CASE_ID, STEP_ID, DAY),
        new ReconsiderationWithdrawnEvent(CASE_ID, STEP_ID, DAY, WithdrawalReason.SETTLEMENT),
        new ReconsiderationTerminatedEvent(
            CASE_ID, STEP_ID, DAY, "the applicant died and no heir continued"),
        new ReconsiderationDecidedEvent(CASE_ID, STEP_ID, DAY, DecisionOutcome.REVOKED),
        new ReconsiderationApplicationDismissedEvent(
            CASE_ID, STEP_ID, DAY, "the matter is outside the office's remit"),
        new ReconsiderationStepAmendedEvent(
            CASE_ID,
            STEP_ID_2,
            LATER,
            STEP_ID,
            AmendedStep.of(
                new ReconsiderationDecidedEvent(CASE_ID, STEP_ID, DAY, DecisionOutcome.UPHELD)),
            "the outcome was mistyped",
            "director.zhao"),
        new ReconsiderationStepRetractedEvent(
            CASE_ID, STEP_ID_2, LATER, STEP_ID, "recorded on the wrong case", "director.zhao"),
        new CommercialMediationAcceptedEvent(CASE_ID, STEP_ID, DAY),
        new CommercialMediationNotAcceptedEvent(
            CASE_ID, STEP_ID, DAY, "the matter is outside the office's remit"),
        new CommercialMediationMediatorAppointedEvent(CASE_ID, STEP_ID, DAY, "M-0042"),
        new CommercialMediationMediatorRecusedEvent(
            CASE_ID, STEP_ID, DAY, "M-0042", "the matter is outside the office's remit"),
        new CommercialMediationSessionHeldEvent(
            CASE_ID, STEP_ID, DAY, SessionMode.ONLINE, "M-0042"),
        new CommercialMediationAgreementSignedEvent(
            CASE_ID,
            STEP_ID,
            DAY,
            new Money(new BigDecimal("880000.50"), "CNY"),
            "M-0042",
            DAY.plusDays(30)),
        new CommercialMediationEndedWithoutAgreementEvent(
            CASE_ID, STEP_ID, DAY, "the matter is outside the office's remit", "M-0042"),
        new CommercialMediationWithdrawnEvent(
            CASE_ID, STEP_ID, DAY, "the matter is outside the office's remit"),
        new CommercialMediationJudicialConfirmationAppliedEvent(
            CASE_ID, STEP_ID, DAY, "深圳市光明区人民法院"),
        new CommercialMediationJudicialConfirmationRuledEvent(
            CASE_ID, STEP_ID, DAY, ConfirmationRuling.VALID),
        new CommercialMediationAgreementPerformedEvent(
            CASE_ID,
            STEP_ID,
            DAY,
            Performance.FULLY,
            new Money(new BigDecimal("880000.50"), "CNY")),
        new CommercialMediationStepAmendedEvent(
            CASE_ID,
            STEP_ID_2,
            LATER,
            STEP_ID,
            AmendedStep.of(new CommercialMediationAcceptedEvent(CASE_ID, STEP_ID, LATER)),
            "the date was mistyped",
            "mediator.zhao"),
        new CommercialMediationStepRetractedEvent(
            CASE_ID, STEP_ID_2, LATER, STEP_ID, "recorded on the wrong case", "mediator.zhao"),
        new PetitionAcceptedEvent(CASE_ID, STEP_ID, DAY, LATER),
        new PetitionNotAcceptedEvent(
            CASE_ID, STEP_ID, DAY, "the matter is outside the office's remit"),
        new PetitionRedirectedEvent(CASE_ID, STEP_ID, DAY, LegalChannel.ARBITRATION),
        new PetitionAssignedEvent(CASE_ID, STEP_ID, DAY, "光明区住房和建设局", LATER),
        new PetitionReplyExtendedEvent(
            CASE_ID, STEP_ID, DAY, 30, LATER, "director.zhao", "涉及多个部门，需要协调"),
        new PetitionRepliedEvent(CASE_ID, STEP_ID, DAY, LATER),
        new PetitionResolvedEvent(CASE_ID, STEP_ID, DAY),
        new PetitionNotResolvedEvent(
            CASE_ID, STEP_ID, DAY, "the matter is outside the office's remit"),
        new PetitionSatisfactionRatedEvent(CASE_ID, STEP_ID, DAY, Satisfaction.BASICALLY_SATISFIED),
        new PetitionReviewRequestedEvent(CASE_ID, STEP_ID, DAY, LATER),
        new PetitionReviewDecidedEvent(CASE_ID, STEP_ID, DAY, ReviewOutcome.UPHELD, LATER),
        new PetitionReReviewRequestedEvent(CASE_ID, STEP_ID, DAY, LATER),
        new PetitionReReviewDecidedEvent(CASE_ID, STEP_ID, DAY, ReviewOutcome.UPHELD),
        new PetitionStepAmendedEvent(
            CASE_ID,
            STEP_ID_2,
            LATER,
            STEP_ID,
            AmendedStep.of(new PetitionResolvedEvent(CASE_ID, STEP_ID, LATER)),
            "the date was mistyped",
            "petition.zhou"),
        new PetitionStepRetractedEvent(
            CASE_ID, STEP_ID_2, LATER, STEP_ID, "recorded on the wrong case", "petition.zhou"),
        new ServiceContactsLoggedEvent(
            CASE_ID,
            STEP_ID,
            DAY,
            List.of(
                new ServiceContact(ServiceContactKind.CONSULTATION, 2, "HUMAN_RESOURCES"),
                new ServiceContact(ServiceContactKind.LEGAL_SERVICE, 5, null)),
            7),
        new ServiceContactsVoidedEvent(
            CASE_ID, STEP_ID, DAY, STEP_ID_2, 7, "the matter is outside the office's remit"));
  }

  static final UUID EVENT_ID = UUID.fromString("0b7e0000-0000-4000-8000-0000000000aa");

  private EventSamples() {}
}
