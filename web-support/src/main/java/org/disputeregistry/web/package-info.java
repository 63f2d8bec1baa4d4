/**
 * What both services' HTTP edges share: every request is bounded while it is read (body bytes, JSON
 * reader limits, collection sizes), and every bad request is answered as an RFC 9457 problem naming
 * the field at fault and a stable code. The one non-obvious rule: a code is never a string literal,
 * it is a constant of {@link org.disputeregistry.web.ProblemCode} (or of a service's own domain
 * enum), and a failure is mapped to its code in one place, {@link
 * org.disputeregistry.web.RequestErrors}, which the command side's back-fill uses too, so the same
 * bad body gets the same code over HTTP and in a back-fill report.
 */
package org.disputeregistry.web;
