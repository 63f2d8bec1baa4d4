package org.disputeregistry.workbench.caselist;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.disputeregistry.workbench.reference.Labels;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The rows of an answer of {@code GET /api/cases}, made readable. */
@Component
public class CaseRows {

  /**
   * The list's case types ({@code caseType}) and the case pages' collections ({@code
   * /cases/<collection>/<id>}).
   */
  public static final Map<String, String> COLLECTIONS =
      Map.of(
          "reconsideration", "reconsiderations",
          "commercial-mediation", "commercial-mediations",
          "petition", "petitions");

  private final Labels labels;
  private final MessageSource messages;

  CaseRows(Labels labels, MessageSource messages) {
    this.labels = labels;
    this.messages = messages;
  }

  public List<CaseRow> of(JsonNode list) {
    List<CaseRow> rows = new ArrayList<>();
    for (JsonNode row : list.path("rows")) {
      String type = text(row, "caseType");
      String caseId = text(row, "caseId");
      String street = text(row, "street");
      String category = text(row, "category");
      rows.add(
          new CaseRow(
              type,
              typeLabel(type),
              caseId,
              text(row, "caseNumber"),
              casePage(type, caseId),
              text(row, "state"),
              labels.value("state", text(row, "state")),
              street.isEmpty() ? "" : labels.street(street),
              text(row, "community").isEmpty()
                  ? ""
                  : labels.community(street, text(row, "community")),
              category.isEmpty() ? "" : categoryLabel(category),
              text(row, "organisation").isEmpty()
                  ? ""
                  : labels.organisation(text(row, "organisation")),
              text(row, "handler"),
              text(row, "receivedOn"),
              text(row, "closedOn"),
              text(row, "outcome").isEmpty() ? "" : labels.value("value", text(row, "outcome")),
              text(row, "nextDueOn")));
    }
    return List.copyOf(rows);
  }

  /** The case type's name in the user's language. */
  public String typeLabel(String caseType) {
    return messages.getMessage(
        "caseType." + caseType, null, caseType, LocaleContextHolder.getLocale());
  }

  /** The workbench's page of a case of the list. */
  public static String casePage(String caseType, String caseId) {
    String collection = COLLECTIONS.get(caseType);
    return collection == null ? "" : "/cases/" + collection + "/" + caseId;
  }

  /** A reconsideration's or petition's category, or a mediation's dispute type. */
  private String categoryLabel(String code) {
    String label = labels.category(code);
    return label.equals(code) ? labels.value("value", code) : label;
  }

  private static String text(JsonNode row, String column) {
    JsonNode value = row.path(column);
    return value.isNull() || value.isMissingNode() ? "" : value.asText();
  }
}
