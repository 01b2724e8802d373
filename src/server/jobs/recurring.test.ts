import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { DatabaseHandle } from '../../db/connect.ts';
import { testDatabases } from '../test-support/databases.ts';
import { periodKey, queueRecurringJobs } from './recurring.ts';
import { listJobs } from './repo.ts';

describe('periods of recurring jobs', () => {
  it('names the day in UTC', () => {
    assert.equal(periodKey('daily', new Date('2026-11-25T23:59:59Z')), '2026-11-25');
  });

  it('names the ISO week, which belongs to the year of its Thursday', () => {
    assert.equal(periodKey('weekly', new Date('2026-11-25T12:00:00Z')), '2026-W48');
    assert.equal(periodKey('weekly', new Date('2026-11-23T00:00:00Z')), '2026-W48', 'Monday');
    assert.equal(periodKey('weekly', new Date('2026-11-29T23:00:00Z')), '2026-W48', 'Sunday');
    assert.equal(periodKey('weekly', new Date('2027-01-01T12:00:00Z')), '2026-W53');
    assert.equal(periodKey('weekly', new Date('2024-12-30T12:00:00Z')), '2025-W01');
  });
});

for (const database of testDatabases()) {
  describe(`queuing recurring jobs on ${database.name}`, () => {
    let handle: DatabaseHandle;
    before(async () => {
      handle = await database.open();
    });
    after(() => handle.close());

    it('queues each job once per period, however often it is asked', async () => {
      const jobs = [
        { kind: 'test.daily', period: 'daily' as const },
        { kind: 'test.weekly', period: 'weekly' as const },
      ];
      assert.equal(await queueRecurringJobs(handle.db, jobs, new Date('2026-11-25T08:00:00Z')), 2);
      assert.equal(await queueRecurringJobs(handle.db, jobs, new Date('2026-11-25T20:00:00Z')), 0);
      assert.equal(await queueRecurringJobs(handle.db, jobs, new Date('2026-11-26T08:00:00Z')), 1);
      const daily = await listJobs(handle.db, 'test.daily');
      assert.deepEqual(
        daily.map((job) => job.payload),
        [{ period: '2026-11-26' }, { period: '2026-11-25' }],
      );
      assert.equal((await listJobs(handle.db, 'test.weekly')).length, 1);
    });
  });
}
