package org.disputeregistry.command.mediation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.disputeregistry.command.lifecycle.CaseFixtures.CASE;
import static org.disputeregistry.command.lifecycle.CaseFixtures.step;
import static org.disputeregistry.command.mediation.CommercialMediationCaseTest.ACCEPTED;
import static org.disputeregistry.command.mediation.CommercialMediationCaseTest.AGREED;
import static org.disputeregistry.command.mediation.CommercialMediationCaseTest.APPOINTED;
import static org.disputeregistry.command.mediation.CommercialMediationCaseTest.JUNE_9;
import static org.disputeregistry.command.mediation.CommercialMediationCaseTest.MAY_10;
import static org.disputeregistry.command.mediation.CommercialMediationCaseTest.RECEIVED;
import static org.disputeregistry.command.mediation.CommercialMediationCaseTest.SIGNED;

import java.time.LocalDate;
import org.disputeregistry.command.lifecycle.CaseFixtures;
import org.disputeregistry.command.lifecycle.RunningDeadline;
import org.disputeregistry.events.mediation.CommercialMediationAgreementSignedEvent;
import org.disputeregistry.events.mediation.CommercialMediationJudicialConfirmationAppliedEvent;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The window for judicial confirmation of a mediation agreement, computed, carried and listed. */
class CommercialMediationDeadlinesTest {

  @Test
  @DisplayName("民事诉讼法 (2023) Art. 205: signed 2024-04-03, 30 days end in Labour Day: 05-06")
  void anAgreementOpensTheWindowForJudicialConfirmation() {
    LocalDate april3 = LocalDate.of(2024, 4, 3);
    CaseFixtures.fixture(
            CommercialMediationCase.class,
            new CaseFixtures.InMemoryCaseNumbers(),
            CaseFixtures.TODAY_IS_2024_06_28)
        .given(RECEIVED, ACCEPTED, APPOINTED)
        .when(new SignAgreementCommand(CASE, step(3), april3, AGREED))
        .expectEvents(
            new CommercialMediationAgreementSignedEvent(
                CASE, step(3), april3, AGREED, "M-0042", LocalDate.of(2024, 5, 6)));
  }

  @Test
  @DisplayName("民事诉讼法 (2021) Art. 201: the view lists the window until confirmation is applied for")
  void theViewListsTheWindowUntilTheApplication() {
    assertThat(view(RECEIVED, ACCEPTED, APPOINTED, SIGNED).deadlines())
        .containsExactly(
            new RunningDeadline(
                "JUDICIAL_CONFIRMATION", "confirmationDueOn", JUNE_9, "民事诉讼法 (2021) Art. 201"));
    assertThat(
            view(
                    RECEIVED,
                    ACCEPTED,
                    APPOINTED,
                    SIGNED,
                    new CommercialMediationJudicialConfirmationAppliedEvent(
                        CASE, step(4), MAY_10, "光明区人民法院"))
                .deadlines())
        .isEmpty();
  }

  private static CommercialMediationView view(Object... events) {
    CommercialMediationViewFold fold = new CommercialMediationViewFold();
    for (Object event : events) {
      fold.on(event);
    }
    return fold.view(events.length - 1);
  }
}
