package org.disputeregistry.query.publication;

import java.util.List;
import java.util.UUID;

/**
 * A case recorded or corrected since a publication, and how it changes the published figures. No
 * personal data: the case's type, id and number.
 *
 * @param caseNumber null for a day of service contacts, which has none
 */
public record CaseChanges(
    String caseType, UUID caseId, String caseNumber, List<FigureChange> changes) {}
