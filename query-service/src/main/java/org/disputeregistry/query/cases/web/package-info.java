/**
 * The case list's API: the caller's scope comes from its access token (analysts every case, anyone
 * else its organisation's), never from the request.
 */
package org.disputeregistry.query.cases.web;
