/**
 * Administrative reconsideration (行政复议): the {@code ReconsiderationCase} aggregate, its commands
 * and rules, and the case's view. The case keeps only what its rules need; what a client reads
 * ({@code ReconsiderationView}) is folded from the case's events by {@code
 * ReconsiderationViewFold}, and both move through states by the one table of {@code
 * ReconsiderationState#after}. The decision's time limit (suspension stops it, one extension,
 * conversion) is {@code DecisionClock}.
 */
package org.disputeregistry.command.reconsideration;
