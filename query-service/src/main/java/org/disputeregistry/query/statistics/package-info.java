/**
 * What every statistics question is made of: the period, filters and breakdown dimension of a
 * request, and the values figures are told in (rates, days, amounts, labelled counts, tables).
 * Requests are parsed strictly: an unknown parameter or a value no row can hold is a 400 naming it.
 */
package org.disputeregistry.query.statistics;
