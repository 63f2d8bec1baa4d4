/**
 * The form engine: one form for any request body of the command API, built from the API's own
 * OpenAPI document (types, formats, required fields, lengths and bounds, the choices of coded
 * fields with their labels in {@code x-labels}), rendered by one template fragment ({@code
 * forms/form.html}), and the JSON body sent from what the user typed, typed as the schema says.
 * What is valid stays the API's decision: its problem details come back next to the fields.
 */
package org.disputeregistry.workbench.forms;
