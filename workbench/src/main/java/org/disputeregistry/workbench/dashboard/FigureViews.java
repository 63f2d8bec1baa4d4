package org.disputeregistry.workbench.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The statistics API's figures as the page shows them, whatever figures a case type has: each rate
 * a tile (its percent, numerator / denominator and definition in the user's language, as the API
 * gave them), each count a value with the link to its cases, each count per code a list, and
 * durations, amounts and person-times as values without a link. A value the API suppressed (named
 * in its {@code suppressed}) is shown as suppressed, never as 0.
 */
@Component
class FigureViews {

  /**
   * One value: what is shown, the link to its cases (or null), whether it was suppressed, and the
   * API's number when it is a count (for the charts).
   */
  record Value(String text, String link, boolean suppressed, Long count) {
    Value(String text, String link, boolean suppressed) {
      this(text, link, suppressed, null);
    }

    static Value hidden() {
      return new Value(null, null, true);
    }

    static Value count(JsonNode count, String link) {
      return new Value(number(count), link, false, count.longValue());
    }
  }

  /** A rate: its name and definition, percent, and its parts, each a link to its cases. */
  record Tile(
      String name,
      String label,
      String definition,
      String percent,
      Value numerator,
      Value denominator) {}

  /** A figure other than a rate: a value, or a value per code (with their labels). */
  record Line(String name, String label, Value value, List<Coded> codes) {}

  record Coded(String code, String label, Value value) {}

  record Shown(List<Tile> tiles, List<Line> lines) {}

  private final MessageSource messages;

  FigureViews(MessageSource messages) {
    this.messages = messages;
  }

  Shown of(StatisticsType type, JsonNode figures, Map<String, String> parameters) {
    Set<String> suppressed = suppressed(figures);
    List<Tile> tiles = new ArrayList<>();
    List<Line> lines = new ArrayList<>();
    for (Map.Entry<String, JsonNode> entry : figures.properties()) {
      String name = entry.getKey();
      JsonNode value = entry.getValue();
      if (name.equals("suppressed")) {
        continue;
      }
      if (value.isObject() && value.has("numerator")) {
        tiles.add(tile(type, name, value, suppressed.contains(name), parameters));
      } else if (value.isArray()) {
        lines.add(
            new Line(name, label(name), null, coded(type, name, value, suppressed, parameters)));
      } else {
        lines.add(
            new Line(name, label(name), value(type, name, value, suppressed, parameters), null));
      }
    }
    return new Shown(List.copyOf(tiles), List.copyOf(lines));
  }

  /** The names the answer lists under {@code suppressed}. */
  static Set<String> suppressed(JsonNode node) {
    Set<String> names = new HashSet<>();
    node.path("suppressed").forEach(n -> names.add(n.asText()));
    return names;
  }

  /** A count (or another figure's value) with its link when it counts cases. */
  Value value(
      StatisticsType type,
      String name,
      JsonNode value,
      Set<String> suppressed,
      Map<String, String> parameters) {
    if (value == null || value.isNull() || value.isMissingNode()) {
      return suppressed.contains(name) ? Value.hidden() : new Value(null, null, false);
    }
    if (value.isIntegralNumber()) {
      String link = Drill.countsCases(name) ? Drill.link(type, name, parameters) : null;
      return Value.count(value, link);
    }
    if (value.isNumber()) {
      return new Value(value.decimalValue().toPlainString(), null, false);
    }
    if (value.isObject() && value.has("mean")) {
      return new Value(
          message("figure.days", text(value.path("mean")), text(value.path("median"))),
          null,
          false);
    }
    return new Value(value.isTextual() ? value.asText() : value.toString(), null, false);
  }

  private List<Coded> coded(
      StatisticsType type,
      String name,
      JsonNode list,
      Set<String> suppressed,
      Map<String, String> parameters) {
    List<Coded> codes = new ArrayList<>();
    for (JsonNode element : list) {
      if (element.has("currency")) {
        // An amount per currency: the exact sum as the API wrote it, and of how many cases.
        String currency = element.path("currency").asText();
        Value sum =
            suppressed.contains(name + "." + currency) || element.path("sum").isNull()
                ? Value.hidden()
                : new Value(
                    message(
                        "figure.amount",
                        element.path("sum").asText(),
                        currency,
                        text(element.path("cases"))),
                    null,
                    false);
        codes.add(new Coded(currency, currency, sum));
      } else {
        String code = element.path("code").asText();
        String cell = name + "." + code;
        Value count =
            suppressed.contains(cell) || element.path("count").isNull()
                ? Value.hidden()
                : Value.count(element.path("count"), Drill.link(type, cell, parameters));
        codes.add(
            new Coded(
                code,
                pick(element.path("zh").asText(code), element.path("en").asText(code)),
                count));
      }
    }
    return List.copyOf(codes);
  }

  private Tile tile(
      StatisticsType type,
      String name,
      JsonNode rate,
      boolean suppressed,
      Map<String, String> parameters) {
    String label = pick(rate.path("nameZh").asText(name), rate.path("name").asText(name));
    String definition =
        pick(rate.path("definitionZh").asText(""), rate.path("definition").asText(""));
    JsonNode percent = rate.path("percent");
    return new Tile(
        name,
        label,
        definition,
        percent.isNull() || percent.isMissingNode() ? null : percent(percent),
        part(type, name + ".numerator", rate.path("numerator"), suppressed, parameters),
        part(type, name + ".denominator", rate.path("denominator"), suppressed, parameters));
  }

  private Value part(
      StatisticsType type,
      String figure,
      JsonNode count,
      boolean suppressed,
      Map<String, String> parameters) {
    if (count.isNull() || count.isMissingNode()) {
      return suppressed ? Value.hidden() : new Value(null, null, false);
    }
    return Value.count(count, Drill.link(type, figure, parameters));
  }

  /** A figure's name in the user's language ({@code figure.<name>}), else its JSON name. */
  String label(String name) {
    return messages.getMessage("figure." + name, null, name, LocaleContextHolder.getLocale());
  }

  /**
   * A rate's percent as the API rounded it (to 0.01), with its two decimals: JSON readers drop
   * trailing zeros (75.00 arrives as 75).
   */
  static String percent(JsonNode percent) {
    return percent.decimalValue().setScale(2, RoundingMode.HALF_UP).toPlainString();
  }

  static String number(JsonNode count) {
    return NumberFormat.getIntegerInstance(Locale.ROOT).format(count.longValue());
  }

  private static String text(JsonNode value) {
    return value.isNull() || value.isMissingNode() ? "—" : value.asText();
  }

  private String message(String key, Object... arguments) {
    return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
  }

  static String pick(String zh, String en) {
    return LocaleContextHolder.getLocale().getLanguage().equals(Locale.CHINESE.getLanguage())
        ? zh
        : en;
  }
}
