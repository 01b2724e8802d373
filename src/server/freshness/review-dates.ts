// When a published text is due for review: pure date arithmetic on calendar dates in the region's time
// zone, so that "review by 31 March" means the same to the official as to the overview and the digest.

import { DAY_MS } from '../../shared/time.ts';

/** A calendar date, `YYYY-MM-DD`. */
export type CalendarDate = string;

/** How far ahead the overview and the weekly digest look: texts due within four weeks are "due soon". */
export const DUE_SOON_DAYS = 28;

export type FreshnessStatus = 'overdue' | 'due-soon' | 'current';

/** Formatters per time zone: making one costs far more than using it, and a region has hundreds of dates. */
const formatters = new Map<string, Intl.DateTimeFormat>();

/** The calendar date of a moment in a time zone (a region's), e.g. 23:30 UTC is already tomorrow in Berlin. */
export function calendarDateIn(at: Date, timeZone: string): CalendarDate {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  const parts = formatter.formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((entry) => entry.type === type)?.value);
  return format(part('year'), part('month'), part('day'));
}

/**
 * The date `months` calendar months after `date`. A day the target month does not have becomes its last
 * day: 31 January + 1 month is 28 (or 29) February, 29 February + 12 months is 28 February.
 */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const { year, month, day } = parse(date);
  const target = month - 1 + months;
  const targetYear = year + Math.floor(target / 12);
  const targetMonth = (((target % 12) + 12) % 12) + 1;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth, 0)).getUTCDate();
  return format(targetYear, targetMonth, Math.min(day, lastDay));
}

/** The days from one date to another: positive when `to` is later. */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return Math.round((toUtc(to) - toUtc(from)) / DAY_MS);
}

/**
 * When a text is to be reviewed again (its last check plus the region's interval) and how that stands
 * today: overdue the day after the review-by date, due soon from four weeks before it.
 */
export function reviewStatus(options: {
  lastCheckedOn: CalendarDate;
  intervalMonths: number;
  today: CalendarDate;
}): { reviewBy: CalendarDate; daysLeft: number; status: FreshnessStatus } {
  const reviewBy = addMonths(options.lastCheckedOn, options.intervalMonths);
  const daysLeft = daysBetween(options.today, reviewBy);
  const status = daysLeft < 0 ? 'overdue' : daysLeft <= DUE_SOON_DAYS ? 'due-soon' : 'current';
  return { reviewBy, daysLeft, status };
}

function parse(date: CalendarDate): { year: number; month: number; day: number } {
  const [year, month, day] = date.split('-').map(Number);
  return { year: year ?? NaN, month: month ?? NaN, day: day ?? NaN };
}

function toUtc(date: CalendarDate): number {
  const { year, month, day } = parse(date);
  return Date.UTC(year, month - 1, day);
}

function format(year: number, month: number, day: number): CalendarDate {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
}
