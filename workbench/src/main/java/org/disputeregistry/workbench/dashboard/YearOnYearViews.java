package org.disputeregistry.workbench.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The API's {@code yearOnYear} ({@code compare=previousYear}) as the page shows it beside each
 * figure: the change against the same period a year earlier (percentage points for a rate, the
 * difference and its percent for a count), the previous value, and the record since the first year
 * on file. The API computed every number; this only words them.
 */
@Component
class YearOnYearViews {

  /**
   * A figure's comparison: its wording, whether it went up (or down, or neither) for the style, and
   * the record's wording (创历年新高) or null.
   */
  record Change(String text, String direction, String record) {}

  private final MessageSource messages;

  YearOnYearViews(MessageSource messages) {
    this.messages = messages;
  }

  /** Each figure's change by its name (a duration's by the name of its mean). */
  Map<String, Change> of(JsonNode yearOnYear) {
    Map<String, Change> changes = new HashMap<>();
    for (JsonNode figures : yearOnYear.path("figures")) {
      for (Map.Entry<String, JsonNode> figure : figures.properties()) {
        String name = figure.getKey();
        changes.put(
            name.endsWith(".mean") ? name.substring(0, name.length() - 5) : name,
            change(figure.getValue()));
      }
    }
    return changes;
  }

  private Change change(JsonNode compared) {
    JsonNode change = compared.path("change");
    boolean rate = compared.path("kind").asText().equals("RATE");
    String previous = rate ? percent(compared.path("previous")) : text(compared.path("previous"));
    String text;
    if (!change.isNumber() && !change.isTextual()) {
      text = message("dashboard.yoy.none", previous);
    } else if (rate) {
      text = message("dashboard.yoy.points", signed(change, 2), previous);
    } else if (compared.path("percentChange").isNumber()) {
      text =
          message(
              "dashboard.yoy.percent",
              signed(change, -1),
              signed(compared.path("percentChange"), -1),
              previous);
    } else {
      text = message("dashboard.yoy.change", signed(change, -1), previous);
    }
    String record =
        compared.path("record").isTextual()
            ? message("dashboard.yoy.record." + compared.path("record").asText())
            : null;
    return new Change(text, direction(change), record);
  }

  private static String direction(JsonNode change) {
    if (!change.isNumber() && !change.isTextual()) {
      return "same";
    }
    int sign = new BigDecimal(change.asText()).signum();
    return sign > 0 ? "up" : sign < 0 ? "down" : "same";
  }

  /**
   * The API's number with its sign ({@code +3.21}, {@code -12}, {@code 0}), with {@code scale}
   * decimals when that is not negative (JSON readers drop a rate's trailing zeros).
   */
  private static String signed(JsonNode number, int scale) {
    BigDecimal value = new BigDecimal(number.asText());
    if (scale >= 0) {
      value = value.setScale(scale, RoundingMode.HALF_UP);
    }
    return (value.signum() > 0 ? "+" : "") + value.toPlainString();
  }

  private static String percent(JsonNode value) {
    return value.isNumber() ? FigureViews.percent(value) : "—";
  }

  private static String text(JsonNode value) {
    return value.isNumber() || value.isTextual() ? value.asText() : "—";
  }

  private String message(String key, Object... arguments) {
    return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
  }
}
