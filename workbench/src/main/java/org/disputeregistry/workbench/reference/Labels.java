package org.disputeregistry.workbench.reference;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.disputeregistry.events.ReferenceData;
import org.disputeregistry.events.ReferenceData.Label;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Labels in the user's language of codes: reference data (streets, communities, categories,
 * centres), organisations ({@code org} claims) and enum values; an unknown code is shown as it is.
 * Templates call it as {@code @labels}.
 */
@Component("labels")
public class Labels {

  private final ReferenceData reference;
  private final MessageSource messages;

  Labels(ReferenceData reference, MessageSource messages) {
    this.reference = reference;
    this.messages = messages;
  }

  public String street(String code) {
    return reference.street(code).map(s -> pick(s.zh(), s.en())).orElse(code);
  }

  public String community(String street, String code) {
    return reference.street(street).flatMap(s -> s.community(code)).map(this::label).orElse(code);
  }

  public String category(String code) {
    return reference.category(code).map(this::label).orElse(code);
  }

  /**
   * An organisation as the access token's {@code org} names it: the reconsideration office, a
   * centre ({@code CENTRE:<code>}), a street's petition office ({@code STREET:<code>}), ...
   */
  public String organisation(String org) {
    if (org == null || org.isBlank()) {
      return message("org.NONE", null);
    }
    int colon = org.indexOf(':');
    if (colon > 0) {
      String kind = org.substring(0, colon);
      String code = org.substring(colon + 1);
      Optional<String> name =
          switch (kind) {
            case "CENTRE" -> reference.mediationCentre(code).map(this::label);
            case "STREET" -> reference.street(code).map(s -> pick(s.zh(), s.en()));
            default -> Optional.empty();
          };
      return name.map(n -> message("org." + kind, new Object[] {n})).orElse(org);
    }
    return message("org." + org, null, org);
  }

  /**
   * A code of a case view's field beyond the contract's enumerations (a case type's {@code state},
   * the reconsideration's {@code ending}), as the contract's labels name it.
   */
  public Optional<String> viewValue(String collection, String field, String code) {
    return org.disputeregistry.events.Labels.defaults()
        .view(collection, field, code)
        .map(label -> pick(label.zh(), label.en()));
  }

  /** A value of an enum of the API ({@code ONLINE} of the channel, {@code RECEIVED}, ...). */
  public String value(String type, String code) {
    return message(type + "." + code, null, code);
  }

  /** The choices of a form's select: code and label of each value. */
  public List<Choice> choices(String type, List<String> codes) {
    return codes.stream().map(code -> new Choice(code, value(type, code))).toList();
  }

  public List<Choice> streets() {
    return reference.streets().stream()
        .map(s -> new Choice(s.code(), pick(s.zh(), s.en())))
        .toList();
  }

  public List<Choice> communities(String street) {
    return reference.street(street).map(s -> s.communities()).orElse(List.of()).stream()
        .map(c -> new Choice(c.code(), label(c)))
        .toList();
  }

  public List<Choice> categories() {
    return reference.categories().stream().map(c -> new Choice(c.code(), label(c))).toList();
  }

  /**
   * The organisations that own cases, as the case list names them: the reconsideration office, each
   * mediation centre, each street's petition office.
   */
  public List<Choice> organisations() {
    List<String> codes = new ArrayList<>();
    codes.add("RECONSIDERATION_OFFICE");
    reference.mediationCentres().forEach(c -> codes.add("CENTRE:" + c.code()));
    reference.streets().forEach(s -> codes.add("STREET:" + s.code()));
    return codes.stream().map(code -> new Choice(code, organisation(code))).toList();
  }

  /** One option of a select. */
  public record Choice(String code, String label) {}

  private String label(Label label) {
    return pick(label.zh(), label.en());
  }

  private static String pick(String zh, String en) {
    return isChinese() ? zh : en;
  }

  private static boolean isChinese() {
    return LocaleContextHolder.getLocale().getLanguage().equals(Locale.CHINESE.getLanguage());
  }

  private String message(String key, Object[] arguments) {
    return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
  }

  private String message(String key, Object[] arguments, String fallback) {
    return messages.getMessage(key, arguments, fallback, LocaleContextHolder.getLocale());
  }
}
