/**
 * The statutory calendar: which days are working days in China, year by year, as the State
 * Council's General Office announces them (国务院办公厅关于部分节假日安排的通知: the holidays of each festival and
 * the weekend days worked in exchange, 调休). Each year is a resource file ({@code
 * statutory-calendar/<year>.json}) checked when read; a date of a year without a file is refused
 * ({@link org.disputeregistry.statutory.calendar.NoCalendarData}), never guessed. This lives in a
 * module of its own, {@code statutory-rules}, rather than in {@code shared-events}: the calendar
 * and the periods of the law are rules of the writing side (the command side computes every due
 * date and carries it in its events, so readers of the topic never need them), and the demo year
 * uses the same rules without Spring; keeping them out of the event contract keeps that contract
 * what consumers in other languages read and nothing more.
 */
package org.disputeregistry.statutory.calendar;
