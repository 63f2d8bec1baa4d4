/**
 * The administrator's pages, for the ADMIN role as the APIs allow: loading a back-fill file into
 * the command side (uploaded with its progress shown, streamed on to {@code POST /api/backfills},
 * its report as a table), the query side's dead letters (listed, replayed one by one or all), the
 * rebuild of its read models (started, its progress polled until it is done) and published figures
 * (a year published as its next version, the cases changed since listed with how they change it).
 */
package org.disputeregistry.workbench.admin;
