package org.disputeregistry.query.mediation;

import java.util.List;
import org.disputeregistry.query.statistics.Days;
import org.disputeregistry.query.statistics.Rate;

/**
 * The commercial mediation figures of DESIGN.md 4.4 for a period, each counted by the business date
 * of the step it names. A mediation is concluded (调解终结) when an accepted case ends by agreement,
 * without agreement or by withdrawal; a withdrawal before acceptance concludes no mediation. What
 * happened after an agreement (judicial confirmation, performance) is counted over the agreements
 * signed in the period, as far as it is known now.
 *
 * @param amountInDispute per currency (CNY first), over the applications received in the period
 * @param amountAgreed per currency (CNY first), over the agreements signed in the period
 * @param daysToConclude from acceptance to conclusion, over the mediations concluded in the period
 */
public record CommercialMediationFigures(
    long received,
    long accepted,
    long notAccepted,
    long concluded,
    long succeeded,
    long endedWithoutAgreement,
    long withdrawn,
    long withdrawnBeforeAcceptance,
    Rate successRate,
    long judicialConfirmationApplied,
    long confirmedValid,
    long confirmedInvalid,
    Rate judicialConfirmationRate,
    long performedFully,
    long performedPartly,
    List<Amount> amountInDispute,
    List<Amount> amountAgreed,
    Days daysToConclude) {}
