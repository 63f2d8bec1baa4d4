/**
 * Keeping the launcher's parts running and stopping them in order: a part that dies is restarted
 * after an exponential back-off ({@code Supervisor}, {@code RestartPolicy}); parts of one kind
 * start, are supervised and stop together ({@code SupervisedGroup}); the groups stop in reverse
 * order of start, exactly once ({@code ShutdownSequence}). The one non-obvious rule: once the
 * system is stopping nothing is restarted, because Ctrl-C reaches every process at once and a part
 * that exits on it is not a crash.
 */
package org.disputeregistry.infra.supervision;
