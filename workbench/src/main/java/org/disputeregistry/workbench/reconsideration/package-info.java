/**
 * The reconsideration office's pages: a new case (its application received). What is valid is the
 * command API's decision; its problem details are shown next to the fields they name.
 */
package org.disputeregistry.workbench.reconsideration;
