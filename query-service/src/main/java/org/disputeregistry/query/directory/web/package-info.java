/** The list of texts the directories do not know, for the admin who adds their aliases. */
package org.disputeregistry.query.directory.web;
