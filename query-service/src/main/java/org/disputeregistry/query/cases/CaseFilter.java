package org.disputeregistry.query.cases;

import java.util.regex.Pattern;
import org.disputeregistry.web.ValidText;

/** The list's filters on a column's value: the request parameter, the column and what it holds. */
enum CaseFilter {
  NUMBER("number", "s.case_number = :%s", Form.TEXT),
  /** Case numbers that begin with the value; {@code %} and {@code _} are plain characters. */
  NUMBER_PREFIX("numberPrefix", "s.case_number LIKE :%s ESCAPE '\\'", Form.TEXT),
  STATE("state", "s.state = :%s", Form.CODE),
  STREET("street", "s.street = :%s", Form.CODE),
  COMMUNITY("community", "s.community = :%s", Form.CODE),
  CATEGORY("category", "s.category = :%s", Form.CODE),
  ORGANISATION("organisation", "s.organisation = :%s", Form.ORGANISATION),
  HANDLER("handler", "s.handler = :%s", Form.TEXT);

  static final int MAX_VALUE_LENGTH = 200;

  /** What a value may look like; anything else is a 400 naming the parameter. */
  enum Form {
    CODE("a code (capital letters, digits and _)", Pattern.compile("[A-Z0-9_]+")),
    ORGANISATION(
        "an organisation as the token's org names it (capital letters, digits, _ and :)",
        Pattern.compile("[A-Z0-9_:]+")),
    TEXT("text without control characters or half characters", null);

    final String words;
    private final Pattern pattern;

    Form(String words, Pattern pattern) {
      this.words = words;
      this.pattern = pattern;
    }

    boolean holds(String value) {
      return pattern == null ? ValidText.isValid(value) : pattern.matcher(value).matches();
    }
  }

  final String parameter;
  private final String condition;
  final Form form;

  CaseFilter(String parameter, String condition, Form form) {
    this.parameter = parameter;
    this.condition = condition;
    this.form = form;
  }

  /** The SQL condition with the value bound as {@code :f_<parameter>}. */
  String condition() {
    return condition.formatted(bound());
  }

  /** The name the value is bound as: never one a drill-down's statistics query binds. */
  String bound() {
    return "f_" + parameter;
  }

  /** The value as bound: a prefix with LIKE's wildcards escaped. */
  Object value(String value) {
    return this == NUMBER_PREFIX
        ? value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        : value;
  }
}
