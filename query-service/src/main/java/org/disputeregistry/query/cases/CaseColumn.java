package org.disputeregistry.query.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

/** A column of the case list: its name in JSON and CSV, and the read model's column behind it. */
enum CaseColumn {
  CASE_TYPE("caseType", "case_type"),
  CASE_ID("caseId", "case_id"),
  CASE_NUMBER("caseNumber", "case_number"),
  STATE("state", "state"),
  STREET("street", "street"),
  COMMUNITY("community", "community"),
  CATEGORY("category", "category"),
  ORGANISATION("organisation", "organisation"),
  HANDLER("handler", "handler"),
  RECEIVED_ON("receivedOn", "received_on"),
  ACCEPTED_ON("acceptedOn", "accepted_on"),
  CLOSED_ON("closedOn", "closed_on"),
  OUTCOME("outcome", "outcome"),
  NEXT_DUE_ON("nextDueOn", "next_due_on"),
  LAST_BUSINESS_DATE("lastBusinessDate", "last_business_date"),
  VERSION("version", "version");

  final String json;

  /** A column of the project's own schema, never input: safe to put in SQL. */
  final String column;

  CaseColumn(String json, String column) {
    this.json = json;
    this.column = column;
  }

  static Optional<CaseColumn> named(String json) {
    return Arrays.stream(values()).filter(c -> c.json.equals(json)).findFirst();
  }

  static String[] names() {
    return Arrays.stream(values()).map(c -> c.json).toArray(String[]::new);
  }

  /** The value of this column in the current row, as the list shows it. */
  Object read(ResultSet row) throws SQLException {
    return switch (this) {
      case CASE_TYPE -> CaseKind.ofColumn(row.getString(column)).map(k -> k.parameter).orElse(null);
      case RECEIVED_ON, ACCEPTED_ON, CLOSED_ON, NEXT_DUE_ON, LAST_BUSINESS_DATE ->
          row.getObject(column, LocalDate.class);
      case VERSION -> row.getLong(column);
      default -> row.getString(column);
    };
  }
}
