package org.disputeregistry.command.casenumber;

import java.util.List;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.CaseType;

/**
 * Keeps case numbers unique per case type and year, across aggregates. A claim is part of the
 * transaction that appends the case's first event, so it is released if that append fails.
 */
public interface CaseNumberRegistry {

  /**
   * Claims {@code caseNumber} for {@code caseId}; claiming it again for the same case is a no-op.
   *
   * @throws org.disputeregistry.command.rules.RuleViolation with {@code CASE_NUMBER_TAKEN} if
   *     another case holds it
   */
  void claim(CaseType type, int year, String caseNumber, CaseId caseId);

  /**
   * Makes all {@code claims} at once, with the same outcome as claiming them one by one.
   *
   * @throws org.disputeregistry.command.rules.RuleViolation with {@code CASE_NUMBER_TAKEN} if
   *     another case holds one of them; the transaction must then roll back
   */
  default void claimAll(List<Claim> claims) {
    claims.forEach(c -> claim(c.type(), c.year(), c.caseNumber(), c.caseId()));
  }

  /** One case's claim on its number. */
  record Claim(CaseType type, int year, String caseNumber, CaseId caseId) {}
}
