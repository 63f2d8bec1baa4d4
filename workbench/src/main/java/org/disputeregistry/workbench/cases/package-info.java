/**
 * Cases: the lookup by id; the case page, with the command side's current state of the case (its
 * fields, state and running due dates), its timeline and the steps its state allows, each step's
 * form loaded into the page (htmx) and sent with the page's version as {@code If-Match}; the
 * correction (amendment or retraction) of the latest step in effect, the corrections said as such
 * on the timeline beside the steps they corrected; and a new case of each type. Every form is the
 * form engine's ({@code forms}), made from the API's description.
 */
package org.disputeregistry.workbench.cases;
