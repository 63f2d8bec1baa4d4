/**
 * What every web sub-package of the command side shares: the {@code Caller} of a request (the
 * access token's subject and organisation, {@code If-Match}), the shape of every answer (status,
 * Location, ETag), problem details for the domain's refusals, the OpenAPI description and the web
 * types of request bodies ({@code MoneyRequest}, {@code Text}). Nothing outside the web packages
 * imports it.
 */
package org.disputeregistry.command.web;
