/** The home page: the user's work, for now the list of what their roles let them do. */
package org.disputeregistry.workbench.home;
