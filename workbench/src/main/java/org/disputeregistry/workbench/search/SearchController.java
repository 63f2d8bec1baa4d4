package org.disputeregistry.workbench.search;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.disputeregistry.workbench.api.Api;
import org.disputeregistry.workbench.api.ApiProblem;
import org.disputeregistry.workbench.api.Apis;
import org.disputeregistry.workbench.api.FieldProblems;
import org.disputeregistry.workbench.caselist.CaseRows;
import org.disputeregistry.workbench.caselist.ListQuery;
import org.disputeregistry.workbench.reference.Labels;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The case search. The URL's parameters are the API's: what the user may see, and whether a filter
 * is good, is the API's decision; a refused filter is shown next to its field. With {@code figure}
 * the page lists the cases behind a statistic's figure, and says which and how many.
 */
@Controller
class SearchController {

  static final String PATH = "/search";

  static final List<String> CASE_TYPES =
      List.of("reconsideration", "commercial-mediation", "petition");

  /** The states of the three case types, as the command side names them. */
  static final List<String> STATES =
      Stream.of(
              "RECEIVED",
              "AWAITING_CORRECTION",
              "UNDER_REVIEW",
              "SUSPENDED",
              "CLOSED",
              "NOT_ACCEPTED",
              "REDIRECTED",
              "ABANDONED",
              "ACCEPTED",
              "AGREED",
              "NO_AGREEMENT",
              "WITHDRAWN",
              "REGISTERED",
              "REPLIED",
              "REVIEWED",
              "UNDER_RE_REVIEW",
              "CONCLUDED")
          .distinct()
          .toList();

  static final List<String> SIZES = List.of("25", "50", "100", "200");
  static final String DEFAULT_SIZE = "50";

  private final Apis apis;
  private final CaseRows rows;
  private final Labels labels;
  private final MessageSource messages;

  SearchController(Apis apis, CaseRows rows, Labels labels, MessageSource messages) {
    this.apis = apis;
    this.rows = rows;
    this.labels = labels;
    this.messages = messages;
  }

  @GetMapping(PATH)
  String search(
      @ModelAttribute("search") SearchForm form,
      BindingResult errors,
      @RequestParam Map<String, String> request,
      Model model) {
    ListQuery query = ListQuery.of(request);
    if (query.get("size").isEmpty()) {
      query = query.with("size", DEFAULT_SIZE);
      form.setSize(DEFAULT_SIZE);
    }
    choices(form, model);
    // The parameters the form has no field for (a drill-down's, the order) go with it as they are.
    model.addAttribute(
        "hidden",
        query.parameters().entrySet().stream()
            .filter(p -> !SearchForm.FIELDS.contains(p.getKey()) && !p.getKey().equals("page"))
            .toList());
    model.addAttribute("headers", SortLinks.of(query, PATH));
    model.addAttribute(
        "export", query.with("page", null).with("size", null).link(PATH + "/export"));
    model.addAttribute(
        "exportXlsx", query.with("page", null).with("size", null).link(PATH + "/export.xlsx"));
    model.addAttribute("xlsxRows", SearchExport.XLSX_ROWS);
    try {
      Api.Listed page = apis.query().list(query.template("/api/cases"), query.values());
      ListQuery counted = query.with("page", null).with("size", null).with("sort", null);
      JsonNode count = apis.query().get(counted.template("/api/cases/count"), counted.values());
      int number = pageNumber(query);
      model.addAttribute("rows", rows.of(page.body()));
      model.addAttribute("count", count.path("cases").asLong());
      model.addAttribute("pageNumber", number + 1);
      model.addAttribute(
          "previous",
          number > 0 ? query.with("page", String.valueOf(number - 1)).link(PATH) : null);
      model.addAttribute(
          "next", page.more() ? query.with("page", String.valueOf(number + 1)).link(PATH) : null);
      model.addAttribute("figure", figure(query));
    } catch (ApiProblem problem) {
      if (problem.status() != 400) {
        throw problem;
      }
      FieldProblems.bind(problem, errors);
    }
    return "search/search";
  }

  private void choices(SearchForm form, Model model) {
    model.addAttribute(
        "caseTypes",
        CASE_TYPES.stream().map(t -> new Labels.Choice(t, rows.typeLabel(t))).toList());
    model.addAttribute("states", labels.choices("state", STATES));
    model.addAttribute("streets", labels.streets());
    model.addAttribute("communities", labels.communities(form.getStreet()));
    model.addAttribute("categories", labels.categories());
    model.addAttribute("organisations", labels.organisations());
    model.addAttribute("sizes", SIZES);
  }

  /** The page the API was asked for; a bad one is the API's to name, the first is shown then. */
  private static int pageNumber(ListQuery query) {
    try {
      return Math.max(0, Integer.parseInt(query.get("page")));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /**
   * What a drill-down lists, in words: the figure's name and its period ({@code year}, or {@code
   * from}–{@code to}); null when the search is none.
   */
  private String figure(ListQuery query) {
    String figure = query.get("figure");
    if (figure.isEmpty()) {
      return null;
    }
    String period =
        !query.get("year").isEmpty()
            ? query.get("year")
            : query.get("from") + "–" + query.get("to");
    String name = figureName(figure);
    String type = query.get("caseType").isEmpty() ? "" : rows.typeLabel(query.get("caseType"));
    return messages.getMessage(
        "search.figure", new Object[] {type, name, period}, LocaleContextHolder.getLocale());
  }

  /**
   * A figure's name: {@code mediationRate} is 调解率, {@code mediationRate.numerator} 调解率的分子, a
   * breakdown's count by code ({@code outcomes.UPHELD}) the count's name and the code.
   */
  private String figureName(String figure) {
    Locale locale = LocaleContextHolder.getLocale();
    int dot = figure.indexOf('.');
    if (dot < 0) {
      return messages.getMessage("figure." + figure, null, figure, locale);
    }
    String whole = messages.getMessage("figure." + figure.substring(0, dot), null, figure, locale);
    String part = figure.substring(dot + 1);
    return messages.getMessage(
        "search.figure.part." + part, new Object[] {whole}, whole + " · " + part, locale);
  }
}
