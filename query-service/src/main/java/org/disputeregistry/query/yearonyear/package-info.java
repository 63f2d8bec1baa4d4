/**
 * Year on year (同比) and records (历年最高): every figure of the statistics API and of the yearly totals
 * beside the same period a year earlier ({@code Period.earlier}, the one definition of "a year
 * earlier"), its change (absolute, percent where it means something, percentage points for rates),
 * and whether it beats every earlier year on file. The comparison reads the figures as the API
 * serves them (their JSON), so it stays right for any figure added later and for any form an amount
 * takes; and the ageing of the cases open at a day, by year of receipt.
 */
package org.disputeregistry.query.yearonyear;
