/** The petition statistics API, with its {@code asOf} parameter. */
package org.disputeregistry.query.petition.web;
