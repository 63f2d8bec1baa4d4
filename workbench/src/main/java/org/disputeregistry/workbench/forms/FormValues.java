package org.disputeregistry.workbench.forms;

import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * What the user typed, by the names the engine gives the inputs: a field by its name ({@code
 * receivedOn}), a group's member by a dot ({@code amountInDispute.amount}), a row by its index
 * ({@code applicants[0]}, {@code contacts[1].persons}). Kept as typed, to be shown again.
 */
public final class FormValues {

  /** The button that asks for one more row of a repeated field (its name as value). */
  static final String ADD_ROW = "_add";

  /** More rows than an API list takes (1,000) are not read. */
  private static final int MAX_INDEX = 1000;

  private final MultiValueMap<String, String> values;

  private FormValues(MultiValueMap<String, String> values) {
    this.values = values;
  }

  public static FormValues of(Map<String, List<String>> parameters) {
    return new FormValues(new LinkedMultiValueMap<>(parameters));
  }

  public static FormValues empty() {
    return new FormValues(new LinkedMultiValueMap<>());
  }

  /** The value of an input, empty if it was not sent. */
  public String value(String name) {
    String value = values.getFirst(name);
    return value == null ? "" : value;
  }

  boolean sent(String name) {
    return values.containsKey(name);
  }

  /** Whether the user asked for one more row rather than sending the form. */
  public boolean addsRow() {
    return !value(ADD_ROW).isEmpty();
  }

  /** The indices of the rows of a repeated field that were sent, in order. */
  SortedSet<Integer> rows(String name) {
    String prefix = name + "[";
    SortedSet<Integer> rows = new TreeSet<>();
    for (String key : values.keySet()) {
      if (key.startsWith(prefix)) {
        int end = key.indexOf(']', prefix.length());
        try {
          int index = Integer.parseInt(key.substring(prefix.length(), end < 0 ? 0 : end));
          if (index >= 0 && index < MAX_INDEX) {
            rows.add(index);
          }
        } catch (NumberFormatException | IndexOutOfBoundsException notARow) {
          // not one of the engine's names: ignored, as any other unknown input
        }
      }
    }
    return rows;
  }

  /** With one input set (a generated id chosen now). */
  FormValues with(String name, String value) {
    MultiValueMap<String, String> copy = new LinkedMultiValueMap<>(values);
    copy.set(name, value);
    return new FormValues(copy);
  }
}
