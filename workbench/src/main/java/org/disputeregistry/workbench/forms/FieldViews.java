package org.disputeregistry.workbench.forms;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.function.Function;
import org.disputeregistry.workbench.forms.FieldSpec.Kind;
import org.disputeregistry.workbench.forms.FormView.FieldView;
import org.disputeregistry.workbench.forms.FormView.Option;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A field's view in the user's language: its label ({@code field.<name>} of the messages), its help
 * ({@code help.<name>}, else the schema's description where the page is English), its choices'
 * labels from {@code x-labels}, the user's value and the messages of its name (a group's members
 * have their own: {@code amended.outcome}); a community's choices are those of the street chosen
 * beside it, and the street's select refreshes them (htmx).
 */
@Component
class FieldViews {

  private static final String STREET = "street";
  private static final String COMMUNITY = "community";

  private final MessageSource messages;

  FieldViews(MessageSource messages) {
    this.messages = messages;
  }

  FieldView view(
      FieldSpec field,
      String name,
      List<FieldSpec> siblings,
      FormValues values,
      Function<String, List<String>> errors) {
    String id = id(name);
    List<FieldView> members = List.of();
    String fills = null;
    if (field.kind() == Kind.GROUP) {
      members =
          field.members().stream()
              .map(m -> view(m, name + "." + m.name(), field.members(), values, errors))
              .toList();
    } else if (field.kind() == Kind.ROWS) {
      members = rows(field, name, values);
    } else if (STREET.equals(field.name()) && hasCommunity(siblings)) {
      fills = id(name.substring(0, name.length() - STREET.length()) + COMMUNITY);
    }
    String value = values.value(name);
    return new FieldView(
        name,
        id,
        label(field.name()),
        field.kind().name(),
        field.required(),
        field.maxLength(),
        plain(field.minimum()),
        plain(field.maximum()),
        help(field),
        field.kind() == Kind.BOOLEAN ? String.valueOf("true".equals(value)) : value,
        options(field, name, value, values),
        members,
        errors.apply(name),
        fills);
  }

  /**
   * The rows sent, at least as many as the list needs ({@code minItems}, and one), and one more
   * where the user asked for it.
   */
  private List<FieldView> rows(FieldSpec field, String name, FormValues values) {
    SortedSet<Integer> sent = values.rows(name);
    List<Integer> indices = new ArrayList<>(sent);
    int next = sent.isEmpty() ? 0 : sent.last() + 1;
    while (indices.size() < Math.max(1, field.minItems())) {
      indices.add(next++);
    }
    if (name.equals(values.value(FormValues.ADD_ROW))) {
      indices.add(next);
    }
    List<FieldView> rows = new ArrayList<>();
    for (int index : indices) {
      String row = name + "[" + index + "]";
      FieldView view = view(field.item(), row, List.of(), values, none -> List.of());
      rows.add(view);
    }
    return rows;
  }

  private List<Option> options(FieldSpec field, String name, String value, FormValues values) {
    if (field.kind() != Kind.CHOICE) {
      return List.of();
    }
    String street = null;
    if (COMMUNITY.equals(field.name())) {
      street = values.value(name.substring(0, name.length() - COMMUNITY.length()) + STREET);
    }
    String language = LocaleContextHolder.getLocale().getLanguage();
    List<Option> options = new ArrayList<>();
    for (Map.Entry<String, Map<String, String>> choice : field.choices().entrySet()) {
      Map<String, String> label = choice.getValue();
      if (street != null && !street.equals(label.get(STREET))) {
        continue;
      }
      String shown = label.getOrDefault(language, label.getOrDefault("zh", choice.getKey()));
      options.add(new Option(choice.getKey(), shown, choice.getKey().equals(value)));
    }
    return options;
  }

  private static boolean hasCommunity(List<FieldSpec> siblings) {
    return siblings.stream().anyMatch(s -> COMMUNITY.equals(s.name()) && s.kind() == Kind.CHOICE);
  }

  private String label(String name) {
    return message("field." + name, name);
  }

  private String help(FieldSpec field) {
    boolean english = "en".equals(LocaleContextHolder.getLocale().getLanguage());
    return message("help." + field.name(), english ? field.description() : "");
  }

  private String message(String key, String fallback) {
    return messages.getMessage(key, null, fallback, LocaleContextHolder.getLocale());
  }

  /** {@code applicants[0]} and {@code amountInDispute.amount} as ids: {@code applicants-0}. */
  static String id(String name) {
    return name.replace("[", "-").replace("]", "").replace('.', '-');
  }

  private static String plain(BigDecimal number) {
    return number == null ? null : number.toPlainString();
  }
}
