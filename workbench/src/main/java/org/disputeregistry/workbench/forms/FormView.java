package org.disputeregistry.workbench.forms;

import java.util.List;
import java.util.Map;

/**
 * A form as the template fragment {@code forms/form :: form(${form})} renders it: where it is sent,
 * its title, hidden inputs (generated ids and the caller's own, such as the case's version), its
 * fields with the user's values and their messages, and the messages that name no field.
 */
public record FormView(
    String id,
    String action,
    String title,
    Map<String, String> hidden,
    List<FieldView> fields,
    List<String> errors) {

  /** One input, a group of them ({@code GROUP}) or repeated rows ({@code ROWS}, each a member). */
  public record FieldView(
      String name,
      String id,
      String label,
      String kind,
      boolean required,
      Integer maxLength,
      String min,
      String max,
      String help,
      String value,
      List<Option> options,
      List<FieldView> members,
      List<String> errors,
      String fills) {

    /** The id of the element that shows the field's messages (aria-describedby). */
    public String errorId() {
      return id + "-error";
    }

    public boolean invalid() {
      return !errors.isEmpty();
    }
  }

  /** One choice of a select. */
  public record Option(String code, String label, boolean selected) {}
}
