package org.disputeregistry.statutory.law;

import java.time.LocalDate;

/**
 * The window to apply for judicial confirmation (司法确认) of a mediation agreement: the parties apply
 * together within 30 days of the agreement taking effect (民事诉讼法 Art. 205 as amended in 2023, in
 * force from 2024-01-01; Art. 201 as amended in 2021, from 2022-01-01; Art. 194 before). The
 * article is that of the numbering in force when the agreement took effect.
 */
public final class JudicialConfirmationWindow {

  private JudicialConfirmationWindow() {}

  /** The window of an agreement that took effect on this day. */
  public static StatutoryPeriod window(LocalDate effectiveOn) {
    String article =
        effectiveOn.isBefore(LocalDate.of(2022, 1, 1))
            ? "民事诉讼法 (2017) Art. 194"
            : effectiveOn.isBefore(LocalDate.of(2024, 1, 1))
                ? "民事诉讼法 (2021) Art. 201"
                : "民事诉讼法 (2023) Art. 205";
    return StatutoryPeriod.calendarDays(30, article);
  }
}
