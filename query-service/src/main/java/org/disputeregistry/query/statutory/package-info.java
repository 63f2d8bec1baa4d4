/**
 * The statutory tables of a year as the offices file them (laid out in {@code web}): administrative
 * reconsideration laid out after the reconsideration statistics report of the national statistical
 * system for reconsideration and responding to suits (申请、受理、审结 by respondent level, kind of act,
 * area of administration, applicant kind and respondent; 审结 by result), and the district's own
 * tables of petitions by department and commercial mediation by source and by the parties' origin.
 * Every figure is read from the statistics of its case type, exact (no small-count suppression), so
 * each cell is the API's figure for the same question. The layout and its source:
 * docs/statistics.md.
 */
package org.disputeregistry.query.statutory;
