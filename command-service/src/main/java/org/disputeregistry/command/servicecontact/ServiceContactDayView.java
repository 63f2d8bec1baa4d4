package org.disputeregistry.command.servicecontact;

import java.time.LocalDate;
import java.util.Map;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.servicecontact.ServiceContactKind;

/**
 * A site's service-contact log for a day, as the command side knows it.
 *
 * @param version the sequence number of its last event; send it back as {@code If-Match}
 * @param batches batches logged and not voided
 * @param contacts contacts in those batches
 * @param persons person-times served (服务人次): the sum of their persons
 */
public record ServiceContactDayView(
    CaseId caseId,
    String state,
    long version,
    String site,
    String street,
    String community,
    LocalDate servedOn,
    int batches,
    long contacts,
    long persons,
    Map<ServiceContactKind, Long> personsByKind) {}
