/**
 * Service contacts (服务人次) of the public demand service platform: one {@code ServiceContactDay} per
 * site and day, logged in batches of up to 1,000 contacts. The day keeps only each batch's persons,
 * which a void takes back; the view's counts by kind are folded from the events ({@code
 * ServiceContactDayViewFold}).
 */
package org.disputeregistry.command.servicecontact;
