package org.disputeregistry.baseline;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.disputeregistry.events.reconsideration.AdministrativeActKind;
import org.disputeregistry.events.reconsideration.ApplicantKind;
import org.disputeregistry.events.reconsideration.ApplicationChannel;

/**
 * The body of command-service's {@code POST /api/reconsiderations}: the same fields, types and
 * constraints (its patterns are command-service's {@code Text.CASE_NUMBER} and web-support's {@code
 * ValidText.PATTERN}, repeated because the baseline must not depend on the service it measures).
 */
record ReceiveApplicationRequest(
    @NotNull UUID caseId,
    @NotBlank @Size(max = 64) @Pattern(regexp = CASE_NUMBER) String caseNumber,
    @NotNull LocalDate receivedOn,
    @NotNull ApplicationChannel channel,
    @NotBlank @Size(max = 32) String street,
    @NotBlank @Size(max = 32) String community,
    @NotBlank @Size(max = 64) String category,
    @NotBlank @Size(max = 200) @Pattern(regexp = PRINTABLE) String respondentAgency,
    @Size(min = 1, max = 1000) List<@NotNull ApplicantKind> applicants,
    AdministrativeActKind actKind) {

  static final String CASE_NUMBER = "^[\\p{L}\\p{N}〔〕()（）\\[\\]【】/_.·\\- ]+$";
  static final String PRINTABLE = "^[^\\p{Cc}\\p{Cs}]*$";
}
