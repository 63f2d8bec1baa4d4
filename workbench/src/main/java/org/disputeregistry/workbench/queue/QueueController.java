package org.disputeregistry.workbench.queue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.disputeregistry.web.security.Role;
import org.disputeregistry.workbench.api.Api;
import org.disputeregistry.workbench.api.Apis;
import org.disputeregistry.workbench.caselist.CaseRows;
import org.disputeregistry.workbench.caselist.ListQuery;
import org.disputeregistry.workbench.signin.RegistryUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The queue: {@code GET /api/cases?open=true&sort=nextDueOn,asc}, whose earliest due dates are the
 * overdue ones (cases with no limit running come last), and three counts of {@code GET
 * /api/cases/count} by due date. "Today" is the district's day.
 */
@Controller
class QueueController {

  static final String PATH = "/queue";

  /** The district's time zone: its business days. */
  static final ZoneId DISTRICT = ZoneId.of("Asia/Shanghai");

  /** Days from today that count as this week's: today and the six after it. */
  static final int WEEK = 7;

  private static final String SIZE = "50";

  private final Apis apis;
  private final CaseRows rows;
  private final Clock clock;

  QueueController(Apis apis, CaseRows rows) {
    this.apis = apis;
    this.rows = rows;
    this.clock = Clock.system(DISTRICT);
  }

  @GetMapping(PATH)
  String queue(
      @AuthenticationPrincipal RegistryUser user,
      @RequestParam(defaultValue = "0") String page,
      Model model) {
    if (!user.has(Role.RECONSIDERATION_OFFICER)
        && !user.has(Role.MEDIATOR)
        && !user.has(Role.PETITION_OFFICER)) {
      return "redirect:/search";
    }
    LocalDate today = LocalDate.now(clock);
    ListQuery open = ListQuery.of(Map.of("open", "true"));
    Api api = apis.query();
    Map<String, Long> counts = new LinkedHashMap<>();
    counts.put("overdue", count(api, open.with("dueTo", today.minusDays(1).toString())));
    counts.put(
        "week",
        count(
            api,
            open.with("dueFrom", today.toString())
                .with("dueTo", today.plusDays(WEEK - 1).toString())));
    counts.put("later", count(api, open.with("dueFrom", today.plusDays(WEEK).toString())));
    counts.put("open", count(api, open));
    ListQuery list = open.with("sort", "nextDueOn,asc").with("size", SIZE).with("page", page);
    Api.Listed answer = api.list(list.template("/api/cases"), list.values());
    int number = pageNumber(page);
    model.addAttribute("counts", counts);
    model.addAttribute("rows", rows.of(answer.body()));
    model.addAttribute("today", today.toString());
    model.addAttribute("weekEnd", today.plusDays(WEEK - 1).toString());
    model.addAttribute("pageNumber", number + 1);
    model.addAttribute("previous", number > 0 ? PATH + "?page=" + (number - 1) : null);
    model.addAttribute("next", answer.more() ? PATH + "?page=" + (number + 1) : null);
    return "queue/queue";
  }

  /** A page that is no number is the API's to refuse (a problem page naming it). */
  private static int pageNumber(String page) {
    try {
      return Math.max(0, Integer.parseInt(page));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static long count(Api api, ListQuery query) {
    return api.get(query.template("/api/cases/count"), query.values()).path("cases").asLong();
  }
}
