/**
 * The operators' view of the statutory calendar: whether next year's State Council notice is held
 * before the steps whose periods end next year start being refused ({@code NO_CALENDAR_FOR_YEAR}),
 * as an Actuator health contributor ({@code statutoryCalendar}) and one warning in the log at
 * start. It never takes the service down: a missing year refuses some steps, not all.
 */
package org.disputeregistry.command.calendar;
