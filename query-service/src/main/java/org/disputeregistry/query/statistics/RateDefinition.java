package org.disputeregistry.query.statistics;

/** Every rate the registry publishes, with its definition (DESIGN.md 4.4) in both languages. */
public enum RateDefinition {
  MEDIATION_RATE(
      "mediation rate",
      "调解率",
      "(closed in the period by an effective mediation agreement + closed in the period by"
          + " withdrawal after settlement) / closed in the period",
      "(期内以调解书生效结案数 + 期内以和解撤回结案数) / 期内审结数"),
  CORRECTION_RATE(
      "correction rate",
      "纠错率",
      "closed in the period with a decision varying, revoking, confirming illegal, ordering"
          + " performance or confirming invalid / closed in the period",
      "期内以变更、撤销、确认违法、责令履行或确认无效决定结案数 / 期内审结数"),
  DECIDED_CORRECTION_RATE(
      "correction rate of decided cases",
      "决定纠错率",
      "corrective decisions in the period / decisions in the period",
      "期内纠错决定数 / 期内作出决定数"),
  COMPREHENSIVE_CORRECTION_RATE(
      "comprehensive correction rate",
      "综合纠错率",
      "(corrective decisions + withdrawals after the respondent corrected its act) / closed in"
          + " the period",
      "(纠错决定数 + 被申请人纠正后撤回数) / 期内审结数"),
  ON_TIME_RATE(
      "on-time rate",
      "按期办结率",
      "closed in the period by the decision due date (60 or 30 days, plus an approved extension,"
          + " suspension excluded) / closed in the period",
      "期内在法定期限内(60日或30日,加经批准的延长,扣除中止期间)审结数 / 期内审结数"),
  SUCCESS_RATE(
      "success rate",
      "调解成功率",
      "agreements signed in the period / mediations concluded in the period",
      "期内达成调解协议数 / 期内调解终结数"),
  JUDICIAL_CONFIRMATION_RATE(
      "judicial confirmation rate",
      "司法确认率",
      "agreements of the period ruled valid by a court / agreements signed in the period",
      "期内达成且经法院司法确认有效的协议数 / 期内达成的调解协议数"),
  RESOLUTION_RATE(
      "resolution rate",
      "化解率",
      "petitions accepted in the period and resolved by the as-of date / petitions accepted in"
          + " the period",
      "期内受理且截至统计日已化解的信访事项数 / 期内受理的信访事项数"),
  ON_TIME_ACCEPTANCE_RATE(
      "on-time acceptance rate",
      "按期受理率",
      "accepted within 15 days of registration / accepted in the period",
      "登记后15日内受理数 / 期内受理数"),
  ON_TIME_REPLY_RATE(
      "on-time reply rate",
      "按期答复率",
      "replied by the due date (60 days from acceptance, plus an approved extension) / replied,"
          + " among petitions accepted in the period",
      "在答复期限内(受理后60日,加经批准的延长)答复数 / 已答复数(期内受理的事项)"),
  SATISFACTION_RATE(
      "satisfaction rate",
      "满意率",
      "rated satisfied or basically satisfied / rated, among petitions accepted in the period",
      "评价满意和基本满意数 / 参与评价数(期内受理的事项)"),
  REVIEW_RATE(
      "review rate",
      "复查率",
      "reviews requested / petitions replied, among petitions accepted in the period",
      "申请复查数 / 已答复数(期内受理的事项)"),
  RE_REVIEW_RATE(
      "re-review rate",
      "复核率",
      "re-reviews requested / reviews decided, among petitions accepted in the period",
      "申请复核数 / 复查已决定数(期内受理的事项)");

  final String name;
  final String nameZh;
  final String definition;
  final String definitionZh;

  RateDefinition(String name, String nameZh, String definition, String definitionZh) {
    this.name = name;
    this.nameZh = nameZh;
    this.definition = definition;
    this.definitionZh = definitionZh;
  }
}
