/** The administration API that starts a rebuild and reports its progress. */
package org.disputeregistry.query.rebuild.web;
