/**
 * The statutory periods and the rules that changed between versions of a law, each naming its
 * source (law, article): {@link org.disputeregistry.statutory.law.ReconsiderationLaw} (the
 * Administrative Reconsideration Law as amended 2017 with its implementing regulation of 2007, and
 * as revised 2023, in force from 2024-01-01) and {@link
 * org.disputeregistry.statutory.law.PetitionRegulation} (信访条例 2005, 信访工作条例 2022). A case follows
 * the version in force on its receipt date. A {@link
 * org.disputeregistry.statutory.law.StatutoryPeriod} knows whether it counts working or calendar
 * days and computes its last day on the statutory calendar. No Spring: the command side and the
 * demo year use the same definitions (see the calendar package for why this is a module of its
 * own).
 */
package org.disputeregistry.statutory.law;
