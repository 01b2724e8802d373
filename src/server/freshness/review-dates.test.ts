import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addMonths, calendarDateIn, daysBetween, reviewStatus } from './review-dates.ts';

describe('review dates', () => {
  it('adds calendar months, ending on the last day of a shorter month', () => {
    assert.equal(addMonths('2026-03-15', 12), '2027-03-15');
    assert.equal(addMonths('2026-01-31', 1), '2026-02-28');
    assert.equal(addMonths('2027-12-31', 2), '2028-02-29', 'a leap year');
    assert.equal(addMonths('2024-02-29', 12), '2025-02-28');
    assert.equal(addMonths('2026-08-31', 1), '2026-09-30');
    assert.equal(addMonths('2026-11-30', 3), '2027-02-28', 'across the turn of the year');
    assert.equal(addMonths('2026-05-31', 36), '2029-05-31');
  });

  it('counts days between dates, across month ends and the change to summer time', () => {
    assert.equal(daysBetween('2026-02-27', '2026-03-02'), 3);
    assert.equal(daysBetween('2026-03-28', '2026-03-30'), 2);
    assert.equal(daysBetween('2026-12-31', '2026-12-01'), -30);
  });

  it('takes the date of a moment in the region’s time zone', () => {
    const lateEvening = new Date('2026-12-31T23:30:00Z');
    assert.equal(calendarDateIn(lateEvening, 'Europe/Berlin'), '2027-01-01');
    assert.equal(calendarDateIn(lateEvening, 'UTC'), '2026-12-31');
    assert.equal(calendarDateIn(new Date('2026-07-01T03:00:00Z'), 'America/New_York'), '2026-06-30');
  });

  it('is due soon from four weeks before the review-by date, and overdue the day after it', () => {
    const status = (today: string) =>
      reviewStatus({ lastCheckedOn: '2026-01-31', intervalMonths: 1, today }).status;
    assert.deepEqual(reviewStatus({ lastCheckedOn: '2026-01-31', intervalMonths: 1, today: '2026-02-28' }), {
      reviewBy: '2026-02-28',
      daysLeft: 0,
      status: 'due-soon',
    });
    assert.equal(status('2026-01-31'), 'due-soon', 'exactly four weeks ahead');
    assert.equal(status('2026-01-30'), 'current');
    assert.equal(status('2026-03-01'), 'overdue');
    assert.equal(
      reviewStatus({ lastCheckedOn: '2025-11-25', intervalMonths: 12, today: '2026-12-01' }).daysLeft,
      -6,
    );
  });
});
