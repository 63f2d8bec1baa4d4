/**
 * Service contacts (服务人次): one row per site and day summing the persons of its batches as they
 * arrive, so that person-times served is a sum over days, never over contacts.
 */
package org.disputeregistry.query.servicecontact;
