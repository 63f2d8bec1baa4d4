/**
 * The events of a service-contact log: one per site (hall or station) and day, with contacts logged
 * in batches and a mistaken batch voided by a later event. Person-times served is the sum of the
 * persons of the batches not voided; a day's log instead of one aggregate per contact keeps a
 * million contacts a year to a few thousand aggregates.
 */
package org.disputeregistry.events.servicecontact;
