package org.disputeregistry.query.directory.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.disputeregistry.query.directory.UnmappedNames;
import org.disputeregistry.web.security.Allowed;
import org.disputeregistry.web.security.Role;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Reference data")
class UnmappedNamesController {

  private final UnmappedNames names;

  UnmappedNamesController(UnmappedNames names) {
    this.names = names;
  }

  @Operation(
      summary = "Respondent agencies and petition departments the directories do not know",
      description =
          "Each text as typed with the number of cases that name it (the UNMAPPED rows of the"
              + " breakdowns), most frequent first, at most 1,000 per list; no case and no"
              + " personal data. Add a text as an alias in the reference data and restart: its"
              + " cases move to the agency or department it names.")
  @GetMapping("/api/reference-data/unmapped")
  @Allowed({Role.ANALYST, Role.ADMIN})
  UnmappedNames.Unmapped unmapped() {
    return names.list();
  }
}
