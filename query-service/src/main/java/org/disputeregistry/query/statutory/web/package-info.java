/** The statutory tables of a year as one Excel workbook, for analysts and administrators. */
package org.disputeregistry.query.statutory.web;
