/**
 * Administrative reconsideration (行政复议): the projection into {@code reconsideration_case} and the
 * figures. A case is closed (审结) on the date of its ending step, which only an accepted case has;
 * its {@link org.disputeregistry.query.reconsideration.Ending} decides which closed-case figures
 * count it.
 */
package org.disputeregistry.query.reconsideration;
