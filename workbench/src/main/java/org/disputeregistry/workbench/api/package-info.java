/**
 * The services' APIs as the pages call them: a {@code RestClient} per service that sends the
 * signed-in user's access token (refreshed when it expires), and the problem details the APIs
 * answer turned into messages next to the form fields they name ({@link
 * org.disputeregistry.workbench.api.FieldProblems}).
 */
package org.disputeregistry.workbench.api;
