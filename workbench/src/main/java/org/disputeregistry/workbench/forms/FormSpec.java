package org.disputeregistry.workbench.forms;

import java.util.List;
import java.util.Map;

/**
 * The form of one operation of the API: its path (as the document names it, {@code
 * /api/reconsiderations/{caseId}/acceptance}), its title ({@code zh}/{@code en}, empty if the
 * document has none) and its request body's fields in the schema's order.
 */
public record FormSpec(String path, Map<String, String> title, List<FieldSpec> fields) {}
