/**
 * Milliseconds in a day of 24 hours: for periods such as a retention time or a grace period. A day of
 * the calendar in a time zone can have 23 or 25 hours; dates count with calendar dates instead.
 */
export const DAY_MS = 24 * 60 * 60 * 1000;
