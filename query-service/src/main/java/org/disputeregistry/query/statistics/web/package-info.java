/**
 * What the statistics endpoints share at the edge: parsing a request, a breakdown as a JSON or CSV
 * table, the answer of a deprecated path, and the problem details of a bad request.
 */
package org.disputeregistry.query.statistics.web;
