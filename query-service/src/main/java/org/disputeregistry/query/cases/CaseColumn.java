package org.disputeregistry.query.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import org.disputeregistry.query.statistics.Table;

/** A column of the case list: its name in JSON and CSV, and the read model's column behind it. */
enum CaseColumn {
  CASE_TYPE("caseType", "case_type", "案件类型"),
  CASE_ID("caseId", "case_id", "案件标识"),
  CASE_NUMBER("caseNumber", "case_number", "案号"),
  STATE("state", "state", "状态"),
  STREET("street", "street", "街道"),
  COMMUNITY("community", "community", "社区"),
  CATEGORY("category", "category", "类别"),
  ORGANISATION("organisation", "organisation", "所属机构"),
  HANDLER("handler", "handler", "承办人/部门"),
  RECEIVED_ON("receivedOn", "received_on", "收案日期"),
  ACCEPTED_ON("acceptedOn", "accepted_on", "受理日期"),
  CLOSED_ON("closedOn", "closed_on", "结案日期"),
  OUTCOME("outcome", "outcome", "结果"),
  NEXT_DUE_ON("nextDueOn", "next_due_on", "当前期限届满日"),
  LAST_BUSINESS_DATE("lastBusinessDate", "last_business_date", "最近业务日期"),
  VERSION("version", "version", "版本");

  final String json;

  /** Its header in Chinese, for a spreadsheet. */
  final String zh;

  /** A column of the project's own schema, never input: safe to put in SQL. */
  final String column;

  CaseColumn(String json, String column, String zh) {
    this.json = json;
    this.column = column;
    this.zh = zh;
  }

  static Optional<CaseColumn> named(String json) {
    return Arrays.stream(values()).filter(c -> c.json.equals(json)).findFirst();
  }

  static String[] names() {
    return Arrays.stream(values()).map(c -> c.json).toArray(String[]::new);
  }

  /** The list's table, its columns headed in Chinese and English for a spreadsheet. */
  static Table.Builder table() {
    Table.Builder table = Table.withColumns(names()).titled("案件清单", "Case list");
    for (CaseColumn c : values()) {
      table.header(c.json, c.zh, c.json, kind(c));
    }
    return table;
  }

  private static Table.Kind kind(CaseColumn c) {
    return switch (c) {
      case RECEIVED_ON, ACCEPTED_ON, CLOSED_ON, NEXT_DUE_ON, LAST_BUSINESS_DATE -> Table.Kind.DATE;
      case VERSION -> Table.Kind.COUNT;
      default -> Table.Kind.TEXT;
    };
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
