/**
 * The HTTP edge of service contacts: {@code /api/service-contacts}, a day's log opened once per
 * site and day, then batches logged or voided as steps.
 */
package org.disputeregistry.command.servicecontact.web;
