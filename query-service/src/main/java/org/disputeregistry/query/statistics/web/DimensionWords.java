package org.disputeregistry.query.statistics.web;

import org.disputeregistry.query.statistics.Dimension;

/** A dimension in words, for the headers and titles of a spreadsheet. */
record DimensionWords(String zh, String en) {

  static DimensionWords of(Dimension dimension) {
    return switch (dimension.parameter()) {
      case "street" -> new DimensionWords("街道", "street");
      case "community" -> new DimensionWords("社区", "community");
      case "category" -> new DimensionWords("管理类别", "category");
      case "respondentAgency" -> new DimensionWords("被申请人", "respondent agency");
      case "channel" -> new DimensionWords("渠道", "channel");
      case "procedure" -> new DimensionWords("审理程序", "procedure");
      case "centre" -> new DimensionWords("调解中心", "centre");
      case "mediator" -> new DimensionWords("调解员", "mediator");
      case "disputeType" -> new DimensionWords("纠纷类型", "dispute type");
      case "source" -> new DimensionWords("案件来源", "source");
      case "actKind" -> new DimensionWords("行为类别", "kind of act");
      case "applicantKind" -> new DimensionWords("申请人类别", "applicant kind");
      case "respondent" -> new DimensionWords("被申请人", "respondent");
      case "respondentLevel" -> new DimensionWords("被申请人级别", "respondent level");
      case "department" -> new DimensionWords("承办部门", "department");
      case "partyOrigin" -> new DimensionWords("当事人来源地", "parties' origin");
      default -> new DimensionWords(dimension.parameter(), dimension.parameter());
    };
  }
}
