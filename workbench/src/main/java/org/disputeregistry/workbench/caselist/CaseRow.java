package org.disputeregistry.workbench.caselist;

/**
 * One case of the list as shown: codes with their labels, dates as the API gives them ({@code
 * yyyy-MM-dd}, empty when none).
 *
 * @param page the workbench's case page of the case
 * @param nextDueOn the due date of the time limit running now
 */
public record CaseRow(
    String caseType,
    String typeLabel,
    String caseId,
    String caseNumber,
    String page,
    String state,
    String stateLabel,
    String street,
    String community,
    String category,
    String organisation,
    String handler,
    String receivedOn,
    String closedOn,
    String outcome,
    String nextDueOn) {}
