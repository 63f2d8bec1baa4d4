/**
 * Petitions and public demands (信访 / 群众诉求): the {@code PetitionCase} aggregate, its commands and
 * rules, and the petition's view folded from its events ({@code PetitionViewFold}). Review and
 * re-review must be asked for within 30 days of the answer they contest: the case keeps the next
 * statutory due date ({@code NextDueDate}) for that rule, and the view shows the same date.
 */
package org.disputeregistry.command.petition;
