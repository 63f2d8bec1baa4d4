package org.disputeregistry.query.statutory.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.disputeregistry.events.CaseType;
import org.disputeregistry.events.reconsideration.AdministrativeActKind;
import org.disputeregistry.events.reconsideration.ApplicantKind;
import org.disputeregistry.events.reconsideration.RespondentLevel;
import org.disputeregistry.query.counts.Figure;
import org.disputeregistry.query.counts.Figures;
import org.disputeregistry.query.mediation.CommercialMediationFigures;
import org.disputeregistry.query.mediation.CommercialMediationStatistics;
import org.disputeregistry.query.petition.PetitionFigures;
import org.disputeregistry.query.petition.PetitionStatistics;
import org.disputeregistry.query.reconsideration.ReconsiderationFigures;
import org.disputeregistry.query.reconsideration.ReconsiderationStatistics;
import org.disputeregistry.query.statistics.Dimension;
import org.disputeregistry.query.statistics.Labels;
import org.disputeregistry.query.statistics.Period;
import org.disputeregistry.query.statistics.Query;
import org.disputeregistry.query.statistics.Table;
import org.disputeregistry.query.statistics.Table.Kind;
import org.disputeregistry.query.statistics.web.BreakdownTable;
import org.disputeregistry.query.statutory.ResultColumn;
import org.springframework.stereotype.Component;

/**
 * The statutory tables of a year, each a {@link Table} named as its sheet: reconsideration by
 * respondent level, kind of act, area of administration, applicant kind and respondent, each with
 * 审结 by result and a 合计 row; petitions by department; commercial mediation by source and by the
 * parties' origin. Exact figures, read from the same statistics the API serves.
 */
@Component
class StatutoryTables {

  /** A sheet of the workbook: its name (at most 31 characters) and its table. */
  record Sheet(String name, Table table) {}

  /** The counts of each reconsideration row, before 审结 by result and after it. */
  private static final List<Figure<?>> BEFORE_RESULTS =
      List.of(
          ReconsiderationFigures.RECEIVED,
          ReconsiderationFigures.ACCEPTED,
          ReconsiderationFigures.NOT_ACCEPTED,
          ReconsiderationFigures.REDIRECTED,
          ReconsiderationFigures.CARRIED_OVER,
          ReconsiderationFigures.CLOSED);

  static final String TOTAL = "TOTAL";

  private final ReconsiderationStatistics reconsiderations;
  private final PetitionStatistics petitions;
  private final CommercialMediationStatistics mediations;
  private final Labels labels;

  StatutoryTables(
      ReconsiderationStatistics reconsiderations,
      PetitionStatistics petitions,
      CommercialMediationStatistics mediations,
      Labels labels) {
    this.reconsiderations = reconsiderations;
    this.petitions = petitions;
    this.mediations = mediations;
    this.labels = labels;
  }

  List<Sheet> of(int year) {
    Query whole = new Query(Period.ofYear(year), Map.of(), null);
    Figures total = reconsiderations.figures(whole);
    return List.of(
        cover(year),
        reconsideration(
            "表1 按被申请人级别",
            whole,
            total,
            Dimension.RESPONDENT_LEVEL,
            codes(RespondentLevel.values())),
        reconsideration(
            "表2 按行为类别", whole, total, Dimension.ACT_KIND, codes(AdministrativeActKind.values())),
        reconsideration("表3 按行政管理类别", whole, total, Dimension.CATEGORY, List.of()),
        reconsideration(
            "表4 按申请人类别", whole, total, Dimension.APPLICANT_KIND, codes(ApplicantKind.values())),
        reconsideration("表5 按被申请人", whole, total, Dimension.RESPONDENT, List.of()),
        new Sheet(
            "表6 信访事项按承办部门",
            BreakdownTable.of(
                CaseType.PETITION,
                by(whole, Dimension.DEPARTMENT),
                petitions.breakdown(by(whole, Dimension.DEPARTMENT), null),
                PetitionFigures.BREAKDOWN,
                key -> labels.of(Dimension.DEPARTMENT, key),
                null)),
        mediation("表7 商事调解按案件来源", whole, Dimension.SOURCE),
        mediation("表8 商事调解按当事人来源地", whole, Dimension.PARTY_ORIGIN));
  }

  /**
   * What the workbook is, whose, and how the results are grouped: a filed workbook explains itself.
   */
  private Sheet cover(int year) {
    Table.Builder table =
        Table.withColumns("item", "value")
            .titled(
                labels.district().zh() + year + "年度行政复议、信访、商事调解统计表",
                labels.district().en() + ": statutory tables " + year)
            .header("item", "项目", "item", Kind.TEXT)
            .header("value", "内容", "value", Kind.TEXT)
            .row("填报单位 / District", labels.district().zh())
            .row("统计年度 / Year", year + "年（" + year + "-01-01 至 " + year + "-12-31）")
            .row(
                "表式依据 / Layout",
                "行政复议案件统计报表（行政复议、行政应诉案件统计制度）：申请、受理、审结，按被申请人、行为类别、"
                    + "管理类别、申请人类别；审结按结果。表6至表8为本区自定表式")
            .row("口径 / Counting", "按各环节的业务日期计入当年；数字为精确数，不作小数字隐藏");
    for (ResultColumn r : ResultColumn.values()) {
      table.row(
          "审结：" + r.zh(),
          r.endings().stream()
              .map(e -> e.zh() + "（" + e.name() + "）")
              .sorted()
              .toList()
              .toString());
    }
    return new Sheet("说明", table.build());
  }

  private Sheet mediation(String name, Query whole, Dimension dimension) {
    Query query = by(whole, dimension);
    return new Sheet(
        name,
        BreakdownTable.of(
            CaseType.COMMERCIAL_MEDIATION,
            query,
            mediations.breakdown(query),
            CommercialMediationFigures.BREAKDOWN,
            key -> labels.of(dimension, key),
            null));
  }

  /**
   * A reconsideration table: a row per value ({@code fixed} ones always, in their order, then any
   * other that has cases), then 合计, the year's figures (not the sum of the rows: a case with
   * applicants of two kinds is a row of each).
   */
  private Sheet reconsideration(
      String name, Query whole, Figures total, Dimension dimension, List<String> fixed) {
    Map<String, Figures> found = reconsiderations.breakdown(by(whole, dimension));
    Map<String, Figures> rows = new LinkedHashMap<>();
    fixed.forEach(key -> rows.put(key, found.getOrDefault(key, ReconsiderationFigures.ALL.none())));
    found.forEach(rows::putIfAbsent);
    rows.put(TOTAL, total);
    List<String> columns = new ArrayList<>(List.of(dimension.parameter(), "zh"));
    BEFORE_RESULTS.forEach(f -> columns.add(f.name()));
    Arrays.stream(ResultColumn.values()).forEach(r -> columns.add(r.name()));
    columns.add(ReconsiderationFigures.OPEN_AT_END.name());
    Table.Builder table =
        Table.withColumns(columns.toArray(String[]::new))
            .titled(
                whole.period().from().getYear()
                    + "年行政复议案件统计表（"
                    + name.substring(name.indexOf(' ') + 1)
                    + "）",
                "Administrative reconsideration "
                    + whole.period().from().getYear()
                    + ", by "
                    + dimension.parameter())
            .note("统计期间", "Period", whole.period().from() + " 至 / to " + whole.period().to())
            .note(
                "说明",
                "Note",
                dimension.multiValued()
                    ? "一案有多类申请人的，在每一类各计一次，各行之和可大于合计"
                        + " / a case counts once under each kind of its applicants: the rows may add up to more than the total"
                    : "合计为全年数字 / the total is the year's figures")
            .header(dimension.parameter(), "代码", dimension.parameter(), Kind.TEXT)
            .header("zh", "项目", "item", Kind.TEXT);
    BEFORE_RESULTS.forEach(f -> table.header(f.name(), f.zh(), f.name(), Kind.COUNT));
    for (ResultColumn r : ResultColumn.values()) {
      table.header(r.name(), "审结：" + r.zh(), "closed: " + r.en(), Kind.COUNT);
    }
    table.header(
        ReconsiderationFigures.OPEN_AT_END.name(),
        ReconsiderationFigures.OPEN_AT_END.zh(),
        ReconsiderationFigures.OPEN_AT_END.name(),
        Kind.COUNT);
    rows.forEach(
        (key, f) -> {
          List<Object> row = new ArrayList<>();
          row.add(key.equals(TOTAL) ? "" : key);
          row.add(key.equals(TOTAL) ? "合计" : labels.of(dimension, key).zh());
          BEFORE_RESULTS.forEach(c -> row.add(f.get(c)));
          Stream.of(ResultColumn.values())
              .forEach(r -> row.add(r.of(f.get(ReconsiderationFigures.CLOSED_BY_OUTCOME))));
          row.add(f.get(ReconsiderationFigures.OPEN_AT_END));
          table.row(row.toArray());
        });
    return new Sheet(name, table.build());
  }

  private static List<String> codes(Enum<?>[] constants) {
    return Arrays.stream(constants).map(Enum::name).toList();
  }

  private static Query by(Query query, Dimension dimension) {
    return new Query(query.period(), query.filters(), dimension);
  }
}
