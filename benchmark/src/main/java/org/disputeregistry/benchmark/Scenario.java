package org.disputeregistry.benchmark;

/**
 * One phase of the suite: measures its figures beside their same-run baseline and adds them, with a
 * note on how they were measured, to the bench's results.
 */
interface Scenario {

  void run(Bench bench) throws Exception;
}
