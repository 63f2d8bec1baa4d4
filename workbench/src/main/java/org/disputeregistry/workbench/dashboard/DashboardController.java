package org.disputeregistry.workbench.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
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
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The dashboard of a case type for a year or a period, and a breakdown's CSV. The figures, each
 * breakdown and each month of the trend are one call of the statistics API each, as the user.
 */
@Controller
class DashboardController {

  /** The district's time zone: the current year, when no case of the type is on file yet. */
  private static final ZoneId DISTRICT = ZoneId.of("Asia/Shanghai");

  private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

  /** A breakdown's table, or the API's message when it refused that one (too many rows, ...). */
  record Section(String by, Table table, String problem) {}

  /** The trend: a row per month, a column per charted count. */
  record Trend(List<Column> columns, List<String> months, List<List<Value>> rows, String chart) {}

  private final Apis apis;
  private final FigureViews figures;
  private final BreakdownViews breakdowns;
  private final ObjectMapper json;

  DashboardController(
      Apis apis, FigureViews figures, BreakdownViews breakdowns, ObjectMapper json) {
    this.apis = apis;
    this.figures = figures;
    this.breakdowns = breakdowns;
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
    try {
      answer = apis.query().get(type.statisticsPath(), query(parameters)).path("figures");
    } catch (ApiProblem problem) {
      FieldProblems.bind(problem, errors);
      return "dashboard/dashboard";
    }
    model.addAttribute("type", type);
    model.addAttribute("shown", figures.of(type, answer, parameters));
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

  @GetMapping("/dashboard/breakdown.csv")
  ResponseEntity<byte[]> csv(@ModelAttribute DashboardForm form, @RequestParam String by) {
    StatisticsType type =
        StatisticsType.of(form.getCaseType())
            .filter(t -> t.dimensions().contains(by))
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    Map<String, String> parameters = form.parameters();
    parameters.put("by", by);
    byte[] csv = apis.query().bytes(type.statisticsPath() + "/breakdown", query(parameters), CSV);
    String period = form.isPeriod() ? form.getFrom() + "_" + form.getTo() : form.getYear();
    return ResponseEntity.ok()
        .contentType(CSV)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(type.caseType() + "-" + period + "-by-" + by + ".csv")
                .build()
                .toString())
        .body(csv);
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

  private static MultiValueMap<String, String> query(Map<String, String> parameters) {
    MultiValueMap<String, String> query = new LinkedMultiValueMap<>();
    parameters.forEach(query::add);
    return query;
  }
}
