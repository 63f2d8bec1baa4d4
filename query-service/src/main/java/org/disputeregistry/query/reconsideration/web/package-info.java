/**
 * The reconsideration statistics API, at the plural path, with the singular one of earlier releases
 * answered and marked deprecated for one release.
 */
package org.disputeregistry.query.reconsideration.web;
