/**
 * A case by its id: the lookup form and the case page, which shows the command side's current state
 * of the case (its fields, state and running due dates).
 */
package org.disputeregistry.workbench.cases;
