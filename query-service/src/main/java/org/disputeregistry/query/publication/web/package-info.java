/** The HTTP API of published figures: publish, versions, a version's totals, changes since. */
package org.disputeregistry.query.publication.web;
