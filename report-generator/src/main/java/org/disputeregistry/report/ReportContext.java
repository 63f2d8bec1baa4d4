package org.disputeregistry.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disputeregistry.report.AnnualTotals.Rate;

/**
 * What the templates print, already formatted for one language. Every number comes from the totals;
 * the templates only place them in sentences and tables.
 */
final class ReportContext {

  private final AnnualTotals totals;
  private final Language lang;

  private ReportContext(AnnualTotals totals, Language lang) {
    this.totals = totals;
    this.lang = lang;
  }

  static Map<String, Object> of(AnnualTotals totals, Language lang, Map<String, String> charts) {
    return new ReportContext(totals, lang).build(charts);
  }

  private Map<String, Object> build(Map<String, String> charts) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("year", totals.year());
    root.put("district", lang.label(totals.district().zh(), totals.district().en()));
    root.put("asOf", lang.date(totals.asOf()));
    root.put("figures", figures(totals.sourceOrLive()));
    root.put("charts", charts);
    root.put("rc", reconsideration(totals.reconsideration()));
    root.put("cm", commercialMediation(totals.commercialMediation()));
    root.put("pt", petitions(totals.petitions()));
    List<Map<String, Object>> definitions = new ArrayList<>();
    rates().forEach(rate -> definitions.add(rate(rate)));
    root.put("definitions", definitions);
    root.put("yoy", YearOnYearContext.of(totals, lang));
    return root;
  }

  /** Which figures the report is made of: published (which version) or live. */
  private String figures(AnnualTotals.Source source) {
    if (source.kind() == AnnualTotals.Source.Kind.PUBLISHED) {
      return lang.label(
          "本节采用已公布的"
              + totals.year()
              + "年统计数据第"
              + source.version()
              + "版;公布后补录或更正的案件不计入本版,列于公布以来的变动清单。",
          "These are the published figures of "
              + totals.year()
              + ", version "
              + source.version()
              + "; cases back-filled or corrected after publication are not in them and are listed"
              + " as changes since publication.");
    }
    if (source.latestVersion() == null) {
      return lang.label(
          "本节采用实时数据:" + totals.year() + "年统计数据尚未公布,数字随补录或更正而变化。",
          "These are live figures: those of "
              + totals.year()
              + " have not been published, and they change with every back-fill or correction.");
    }
    return lang.label(
        "本节采用实时数据(已公布的最新版本为第" + source.latestVersion() + "版),数字随补录或更正而变化。",
        "These are live figures (the latest published version is "
            + source.latestVersion()
            + "); they change with every back-fill or correction.");
  }

  private Map<String, Object> reconsideration(AnnualTotals.Reconsideration r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("received", lang.count(r.received()));
    m.put("accepted", lang.count(r.accepted()));
    m.put("notAccepted", lang.count(r.notAccepted()));
    m.put("redirected", lang.count(r.redirected()));
    m.put("carriedOver", lang.count(r.carriedOver()));
    m.put("closed", lang.count(r.closed()));
    m.put("openAtYearEnd", lang.count(r.openAtEnd()));
    m.put("mediated", lang.count(r.mediated()));
    m.put("mediationRate", lang.percent(r.mediationRate()));
    m.put(
        "rates",
        List.of(
            rate(r.mediationRate()),
            rate(r.correctionRate()),
            rate(r.comprehensiveCorrectionRate()),
            rate(r.onTimeRate())));
    m.put("meanDays", lang.days(r.daysToClose().mean()));
    m.put("medianDays", lang.days(r.daysToClose().median()));
    m.put(
        "outcomes",
        r.closedByOutcome().stream()
            .map(o -> row("label", lang.label(o.zh(), o.en()), "count", lang.count(o.count())))
            .toList());
    m.put(
        "streets",
        r.byStreet().stream()
            .map(
                s ->
                    row(
                        "label", lang.label(s.zh(), s.en()),
                        "received", lang.count(s.received()),
                        "closed", lang.count(s.closed()),
                        "mediated", lang.count(s.mediated())))
            .toList());
    m.put(
        "months",
        r.byMonth().stream()
            .map(
                s ->
                    row(
                        "label", lang.month(s.month()),
                        "received", lang.count(s.received()),
                        "closed", lang.count(s.closed()),
                        "mediated", lang.count(s.mediated())))
            .toList());
    return m;
  }

  private Map<String, Object> commercialMediation(AnnualTotals.CommercialMediation c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("centreCount", c.centres().size());
    m.put("received", lang.count(c.received()));
    m.put("accepted", lang.count(c.accepted()));
    m.put("concluded", lang.count(c.concluded()));
    m.put("succeeded", lang.count(c.succeeded()));
    m.put("successRate", lang.percent(c.successRate()));
    m.put("amountInDispute", lang.money(c.amountInDispute()));
    m.put("amountAgreed", lang.money(c.amountAgreed()));
    m.put("rates", List.of(rate(c.successRate()), rate(c.judicialConfirmationRate())));
    m.put("meanDays", lang.days(c.daysToConclude().mean()));
    m.put("medianDays", lang.days(c.daysToConclude().median()));
    m.put(
        "centres",
        c.centres().stream()
            .map(
                centre ->
                    row(
                        "label", lang.label(centre.zh(), centre.en()),
                        "received", lang.count(centre.received()),
                        "concluded", lang.count(centre.concluded()),
                        "succeeded", lang.count(centre.succeeded()),
                        "successRate", lang.percent(centre.successRate()),
                        "amountAgreed", lang.money(centre.amountAgreed())))
            .toList());
    return m;
  }

  private Map<String, Object> petitions(AnnualTotals.Petitions p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("registered", lang.count(p.registered()));
    m.put("accepted", lang.count(p.accepted()));
    m.put("resolved", lang.count(p.resolved()));
    m.put("resolutionRate", lang.percent(p.resolutionRate()));
    m.put("personTimes", lang.count(p.personTimesServed()));
    m.put("personTimesHeadline", lang.headlineCount(p.personTimesServed()));
    m.put("acceptedHeadline", lang.headlineCount(p.accepted()));
    m.put(
        "rates",
        List.of(
            rate(p.resolutionRate()),
            rate(p.onTimeAcceptanceRate()),
            rate(p.onTimeReplyRate()),
            rate(p.satisfactionRate()),
            rate(p.reviewRate()),
            rate(p.reReviewRate())));
    m.put(
        "streets",
        p.byStreet().stream()
            .map(
                s ->
                    row(
                        "label", lang.label(s.zh(), s.en()),
                        "accepted", lang.count(s.accepted()),
                        "resolved", lang.count(s.resolved()),
                        "personTimes", lang.count(s.personTimesServed())))
            .toList());
    m.put(
        "months",
        p.byMonth().stream()
            .map(
                s ->
                    row(
                        "label", lang.month(s.month()),
                        "accepted", lang.count(s.accepted()),
                        "resolved", lang.count(s.resolved()),
                        "personTimes", lang.count(s.personTimesServed())))
            .toList());
    return m;
  }

  private List<Rate> rates() {
    AnnualTotals.Reconsideration r = totals.reconsideration();
    AnnualTotals.CommercialMediation c = totals.commercialMediation();
    AnnualTotals.Petitions p = totals.petitions();
    return List.of(
        r.mediationRate(),
        r.correctionRate(),
        r.comprehensiveCorrectionRate(),
        r.onTimeRate(),
        c.successRate(),
        c.judicialConfirmationRate(),
        p.resolutionRate(),
        p.onTimeAcceptanceRate(),
        p.onTimeReplyRate(),
        p.satisfactionRate(),
        p.reviewRate(),
        p.reReviewRate());
  }

  private Map<String, Object> rate(Rate rate) {
    return row(
        "name", lang.label(rate.nameZh(), rate.name()),
        "definition", lang.label(rate.definitionZh(), rate.definition()),
        "numerator", lang.count(rate.numerator()),
        "denominator", lang.count(rate.denominator()),
        "percent", lang.percent(rate));
  }

  private static Map<String, Object> row(Object... keyValues) {
    Map<String, Object> row = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      row.put((String) keyValues[i], keyValues[i + 1]);
    }
    return row;
  }
}
