/**
 * What every case type shares about recording steps: sending a command with its caller ({@code
 * CaseCommands}, the actor in the event metadata), answering a retried step from the case's {@code
 * StepLog} instead of recording it twice, refusing a stale {@code If-Match}, the answer of every
 * write ({@code Recorded}), reading a case's view and its timeline from its events ({@code
 * CaseHistory}, {@code Timeline}) and listing the steps a case may take from the same table its
 * aggregate enforces ({@code CaseStep}). It knows nothing of HTTP: the API and the back-fill both
 * go through it.
 */
package org.disputeregistry.command.lifecycle;
