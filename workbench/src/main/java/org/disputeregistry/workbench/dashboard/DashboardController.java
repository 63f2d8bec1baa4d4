package org.disputeregistry.workbench.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.disputeregistry.workbench.api.ApiProblem;
import org.disputeregistry.workbench.api.Apis;
import org.disputeregistry.workbench.api.FieldProblems;
import org.disputeregistry.workbench.dashboard.BreakdownViews.Column;
import org.disputeregistry.workbench.dashboard.BreakdownViews.Table;
import org.disputeregistry.workbench.dashboard.FigureViews.Value;
import org.disputeregistry.workbench.dashboard.Months.Month;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The dashboard of a case type for a year or a period, and a breakdown's CSV. The figures, each
 * breakdown and each month of the trend are one call of the statistics API each, as the user.
 */
@Controller
class DashboardController {

  /** The district's time zone: the current year, when no case of the type is on file yet. */
  private static final ZoneId DISTRICT = ZoneId.of("Asia/Shanghai");

  /** A breakdown's table, or the API's message when it refused that one (too many rows, ...). */
  record Section(String by, Table table, String problem) {}

  /** The trend: a row per month, a column per charted count. */
  record Trend(List<Column> columns, List<String> months, List<List<Value>> rows, String chart) {}

  private final Apis apis;
  private final FigureViews figures;
  private final BreakdownViews breakdowns;
  private final YearOnYearViews yearOnYear;
  private final OpenCaseViews openCases;
  private final ObjectMapper json;

  DashboardController(
      Apis apis,
      FigureViews figures,
      BreakdownViews breakdowns,
      YearOnYearViews yearOnYear,
      OpenCaseViews openCases,
      ObjectMapper json) {
    this.apis = apis;
    this.figures = figures;
    this.breakdowns = breakdowns;
    this.yearOnYear = yearOnYear;
    this.openCases = openCases;
    this.json = json;
  }

  @GetMapping("/dashboard")
  String dashboard(@ModelAttribute("query") DashboardForm form, BindingResult errors, Model model) {
    model.addAttribute("types", StatisticsType.values());
    model.addAttribute("maxMonths", Months.MAX);
    Optional<StatisticsType> found = StatisticsType.of(form.getCaseType());
    if (found.isEmpty()) {
      errors.rejectValue("caseType", "dashboard.caseType.invalid");
      return "dashboard/dashboard";
    }
    StatisticsType type = found.get();
    if (!form.isPeriod() && form.getYear().isEmpty()) {
      form.setYear(String.valueOf(latestYear(type)));
    }
    Map<String, String> parameters = form.parameters();
    JsonNode answer;
    JsonNode compared;
    try {
      // The comparison with a year earlier is asked for here only: links and breakdowns leave it.
      MultiValueMap<String, String> asked = query(parameters);
      asked.add("compare", "previousYear");
      compared = apis.query().get(type.statisticsPath(), asked);
      answer = compared.path("figures");
    } catch (ApiProblem problem) {
      FieldProblems.bind(problem, errors);
      return "dashboard/dashboard";
    }
    model.addAttribute("type", type);
    model.addAttribute("shown", figures.of(type, answer, parameters));
    model.addAttribute("yoy", yearOnYear.of(compared.path("yearOnYear")));
    model.addAttribute("previousFrom", compared.path("yearOnYear").path("previousFrom").asText());
    model.addAttribute("previousTo", compared.path("yearOnYear").path("previousTo").asText());
    ageing(type, form).ifPresent(a -> model.addAttribute("ageing", a));
    List<Section> sections = new ArrayList<>();
    for (String by : type.dimensions()) {
      sections.add(section(type, by, answer, parameters));
    }
    model.addAttribute("sections", sections);
    sections.stream()
        .filter(s -> s.by().equals("street") && s.table() != null)
        .findFirst()
        .ifPresent(s -> model.addAttribute("streetChart", streetChart(type, s.table())));
    Months.of(form).ifPresent(months -> model.addAttribute("trend", trend(type, form, months)));
    return "dashboard/dashboard";
  }

  /**
   * The year of the type's most recently received case, so that the dashboard opens on the figures
   * on file (in January, last year's report is still being written from them).
   */
  private int latestYear(StatisticsType type) {
    Map<String, String> newest =
        Map.of("caseType", type.caseType(), "sort", "receivedOn,desc", "size", "1");
    JsonNode rows = apis.query().get("/api/cases", query(newest)).path("rows");
    return rows.isEmpty()
        ? LocalDate.now(DISTRICT).getYear()
        : LocalDate.parse(rows.get(0).path("receivedOn").asText()).getYear();
  }

  /**
   * The type's cases open at the end of the period (today, while it lasts), by year of receipt and
   * age; none when the period's end is no date (the form's error says so) or the API refused.
   */
  private Optional<OpenCaseViews.Ageing> ageing(StatisticsType type, DashboardForm form) {
    LocalDate today = LocalDate.now(DISTRICT);
    LocalDate end;
    try {
      end =
          form.isPeriod()
              ? LocalDate.parse(form.getTo())
              : LocalDate.of(Integer.parseInt(form.getYear()), 12, 31);
    } catch (RuntimeException notADate) {
      return Optional.empty();
    }
    LocalDate asOf = end.isAfter(today) ? today : end;
    Map<String, String> asked = Map.of("asOf", asOf.toString(), "caseType", type.caseType());
    try {
      return Optional.of(
          openCases.of(apis.query().get("/api/statistics/open-cases", query(asked))));
    } catch (ApiProblem refused) {
      return Optional.empty();
    }
  }

  private Section section(
      StatisticsType type, String by, JsonNode answer, Map<String, String> parameters) {
    Map<String, String> asked = new LinkedHashMap<>(parameters);
    asked.put("by", by);
    try {
      JsonNode table = apis.query().get(type.statisticsPath() + "/breakdown", query(asked));
      return new Section(by, breakdowns.of(type, by, table, answer, parameters), null);
    } catch (ApiProblem problem) {
      return new Section(by, null, problem.detail().isEmpty() ? problem.code() : problem.detail());
    }
  }

  private String streetChart(StatisticsType type, Table table) {
    List<Integer> charted = new ArrayList<>();
    List<Column> series = new ArrayList<>();
    for (int i = 0; i < table.columns().size(); i++) {
      if (type.charted().contains(table.columns().get(i).name())) {
        charted.add(i);
        series.add(table.columns().get(i));
      }
    }
    List<String> streets = new ArrayList<>();
    List<List<Value>> rows = new ArrayList<>();
    for (BreakdownViews.Row row : table.rows()) {
      streets.add(row.label());
      rows.add(charted.stream().map(i -> row.cells().get(i)).toList());
    }
    return Charts.of(json, "bar", streets, series, rows);
  }

  /** Each month's charted counts, asked of the API as a period of its own. */
  private Trend trend(StatisticsType type, DashboardForm form, List<Month> months) {
    List<Column> columns =
        type.charted().stream().map(name -> new Column(name, figures.label(name))).toList();
    List<String> labels = new ArrayList<>();
    List<List<Value>> rows = new ArrayList<>();
    for (Month month : months) {
      Map<String, String> parameters = new LinkedHashMap<>();
      parameters.put("from", month.from().toString());
      parameters.put("to", month.to().toString());
      if (!form.getStreet().isEmpty()) {
        parameters.put("street", form.getStreet());
      }
      JsonNode answer = apis.query().get(type.statisticsPath(), query(parameters)).path("figures");
      List<Value> row = new ArrayList<>();
      for (String name : type.charted()) {
        row.add(
            figures.value(
                type, name, answer.path(name), FigureViews.suppressed(answer), parameters));
      }
      labels.add(month.month().toString());
      rows.add(row);
    }
    return new Trend(columns, labels, rows, Charts.of(json, "line", labels, columns, rows));
  }

  static MultiValueMap<String, String> query(Map<String, String> parameters) {
    MultiValueMap<String, String> query = new LinkedMultiValueMap<>();
    parameters.forEach(query::add);
    return query;
  }
}
