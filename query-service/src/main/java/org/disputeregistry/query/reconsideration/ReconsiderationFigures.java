package org.disputeregistry.query.reconsideration;

import java.util.List;
import org.disputeregistry.query.statistics.Days;
import org.disputeregistry.query.statistics.Labelled;
import org.disputeregistry.query.statistics.Rate;

/**
 * The reconsideration figures of DESIGN.md 4.4 for a period: counts by the business date of the
 * step they count, rates with their parts, and days from acceptance to closing.
 */
public record ReconsiderationFigures(
    long received,
    long accepted,
    long notAccepted,
    long redirected,
    long carriedOver,
    long closed,
    long openAtEnd,
    long mediated,
    List<Labelled> closedByOutcome,
    Rate mediationRate,
    Rate correctionRate,
    Rate decidedCorrectionRate,
    Rate comprehensiveCorrectionRate,
    Rate onTimeRate,
    Days daysToClose) {}
