package org.disputeregistry.workbench.forms;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One field of a request body as its schema describes it: what input it gets and what JSON type its
 * value is sent as. A group (an object) has {@code members}; repeated rows (an array) have their
 * {@code item}.
 *
 * @param choices the codes of a coded field with their labels ({@code zh}, {@code en} and, for a
 *     community, its {@code street}), in the document's order
 */
public record FieldSpec(
    String name,
    Kind kind,
    boolean required,
    Integer maxLength,
    BigDecimal minimum,
    BigDecimal maximum,
    String description,
    Map<String, Map<String, String>> choices,
    List<FieldSpec> members,
    FieldSpec item,
    int minItems) {

  /** The inputs the engine renders. */
  public enum Kind {
    /** {@code caseId}, {@code stepId}: chosen once when the form is first shown, hidden. */
    GENERATED_ID,
    TEXT,
    LONG_TEXT,
    DATE,
    INTEGER,
    NUMBER,
    BOOLEAN,
    CHOICE,
    GROUP,
    ROWS
  }
}
