/**
 * The directories of reference data that free text is mapped to: a reconsideration's respondent
 * agency (typed by an officer, in many spellings) to its canonical code and level, a petition's
 * department to its canonical code. A text that matches no canonical name or alias maps to {@code
 * UNMAPPED}, an explicit row of every breakdown, and is listed with its case count so an admin can
 * add the alias; the read models are re-mapped from the stored texts on the next start.
 */
package org.disputeregistry.query.directory;
